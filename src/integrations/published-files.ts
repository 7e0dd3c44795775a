// Astro integration: writes the files the site publishes as the loader filed them (src/site/published.ts)
// into the output after the pages are generated, and serves them in `astro dev`. A file of the cache is
// named by its content's digest, so it is hard-linked (copied across file systems); an original is the
// user's file, which an editor may change in place, so it is copied. The joined files are written a
// record at a time (joined-files.ts). Each file is left as it is while its key (the digests it is made
// of, and for a joined file the code that joins it) is unchanged. The paths written go into `produced`,
// for keepUnchangedOutput, which removes what a build did not produce.
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeDigest } from '../loaders/digest.ts';
import { writeJoinedFiles } from './joined-files.ts';
import { inBatches, linkOrCopy } from './place-files.ts';
import { type Joined, joinedText, JOINING_CODE, type Published, publishedFiles, readManifest } from '../site/published.ts';

export function publishedFilesIntegration(produced: Set<string>): AstroIntegration {
  let cacheDir: URL;
  let srcDir: URL;
  const files = async () => publishedFiles(cacheDir, await readManifest(cacheDir), await codeDigest(fileURLToPath(srcDir), JOINING_CODE));
  return {
    name: 'published-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
        srcDir = config.srcDir;
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const all = await files();
        const state = {
          keys: fileURLToPath(new URL('published-keys.json', cacheDir)),
          parts: fileURLToPath(new URL('published-parts.json', cacheDir)),
        };
        const written = await writePublished(fileURLToPath(dir), all, state, produced);
        logger.info(`${written} file(s) written, ${all.length - written} unchanged`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname).slice(1);
          files()
            .then((all) => {
              const file = all.find((f) => f.path === path);
              if (!file) return next();
              return serve(file, res);
            })
            .catch(next);
        });
      },
    },
  };
}

/** Where a build leaves what the next one needs: the key of each file written, and the parts of each joined file. */
export interface PublishedState {
  keys: string;
  parts: string;
}

/** Writes the files into `out` (adding each path to `produced`) but not one the last build wrote with the same key; gives how many it wrote. */
export async function writePublished(out: string, files: Published[], state: PublishedState, produced: Set<string>): Promise<number> {
  const before: Record<string, string> = existsSync(state.keys) ? JSON.parse(await readFile(state.keys, 'utf8')) : {};
  const keys: Record<string, string> = {};
  const made = new Set<string>();
  const folder = async (dest: string) => {
    const d = dirname(dest);
    if (!made.has(d)) await mkdir(d, { recursive: true });
    made.add(d);
  };
  const changed = files.filter((file) => {
    produced.add(join(out, file.path));
    keys[file.path] = file.key;
    // Still there (an output folder deleted since holds none of them), and made from the same.
    return before[file.path] !== file.key || !existsSync(join(out, file.path));
  });
  // One file each, many at a time: each is a few system calls that mostly wait.
  const single = changed.filter((f) => 'from' in f);
  await inBatches(single, (file) => place(file, join(out, file.path), folder));
  const joined = (f: Published): f is Joined => 'records' in f;
  await writeJoinedFiles(out, changed.filter(joined), files.filter(joined), state.parts, folder);
  await writeFile(state.keys, JSON.stringify(keys));
  return changed.length;
}

/** Links or copies the file at `dest`, in place of what is there. */
async function place(
  { from, copy }: { from: string; copy?: boolean },
  dest: string,
  folder: (dest: string) => Promise<void>,
): Promise<void> {
  await folder(dest);
  await rm(dest, { force: true });
  if (copy) await copyFile(from, dest);
  else await linkOrCopy(from, dest);
}

function serve(file: Published, res: ServerResponse): Promise<void> {
  res.setHeader('Content-Type', file.type);
  return pipeline('from' in file ? createReadStream(file.from) : Readable.from(joinedText(file)), res);
}
