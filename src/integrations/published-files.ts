// Astro integration: writes the files the site publishes as the loader filed them (src/site/published.ts)
// into the output after the pages are generated, and serves them in `astro dev`. A file of the cache is
// named by its content's digest, so it is hard-linked (copied across file systems); an original is the
// user's file, which an editor may change in place, so it is copied. A joined file is streamed a record
// at a time. Each is left as it is when it is unchanged. The paths written go into `produced`, for
// keepUnchangedOutput, which removes what a build did not produce.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { joinedText, type Published, publishedFiles, readManifest } from '../site/published.ts';

export function publishedFilesIntegration(produced: Set<string>): AstroIntegration {
  let cacheDir: URL;
  const files = async () => publishedFiles(cacheDir, await readManifest(cacheDir));
  return {
    name: 'published-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const all = await files();
        const written = await write(fileURLToPath(dir), all, fileURLToPath(new URL('published-keys.json', cacheDir)), produced);
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

const BATCH = 64;

/** Writes the files into `out` (adding each path to `produced`), skipping what is unchanged; gives how many it wrote. */
async function write(out: string, files: Published[], keysFile: string, produced: Set<string>): Promise<number> {
  const before: Record<string, string> = existsSync(keysFile) ? JSON.parse(await readFile(keysFile, 'utf8')) : {};
  const keys: Record<string, string> = {};
  const made = new Set<string>();
  const folder = async (dest: string) => {
    const d = dirname(dest);
    if (!made.has(d)) await mkdir(d, { recursive: true });
    made.add(d);
  };
  let written = 0;
  // Files of the cache and originals, many at a time: each is a few system calls that mostly wait.
  const single = files.filter((f) => 'from' in f);
  for (let i = 0; i < single.length; i += BATCH)
    await Promise.all(
      single.slice(i, i + BATCH).map(async (file) => {
        const dest = join(out, file.path);
        produced.add(dest);
        if (await place(file, dest, folder)) written++;
      }),
    );
  for (const file of files) {
    if ('from' in file) continue;
    const dest = join(out, file.path);
    produced.add(dest);
    keys[file.path] = file.key;
    if (before[file.path] === file.key && existsSync(dest)) continue;
    await folder(dest);
    await pipeline(Readable.from(joinedText(file)), createWriteStream(dest));
    written++;
  }
  await writeFile(keysFile, JSON.stringify(keys));
  return written;
}

/** Links or copies the file at `dest` unless it is there already; true when it wrote. */
async function place(
  { from, copy }: { from: string; copy?: boolean },
  dest: string,
  folder: (dest: string) => Promise<void>,
): Promise<boolean> {
  const [source, target] = await Promise.all([stat(from), stat(dest).catch(() => null)]);
  if (
    target &&
    (copy ? target.size === source.size && target.mtimeMs >= source.mtimeMs : target.ino === source.ino && target.dev === source.dev)
  )
    return false;
  await folder(dest);
  if (target) await rm(dest);
  if (copy) await copyFile(from, dest);
  else await link(from, dest).catch(() => copyFile(from, dest));
  return true;
}

function serve(file: Published, res: ServerResponse): Promise<void> {
  res.setHeader('Content-Type', file.type);
  return pipeline('from' in file ? createReadStream(file.from) : Readable.from(joinedText(file)), res);
}
