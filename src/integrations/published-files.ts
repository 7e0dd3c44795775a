// Astro integration: writes the files the site publishes as the loader filed them (src/site/published.ts)
// into the output after the pages are generated, and serves them in `astro dev`. A file of the cache is
// named by its content's digest, so it is hard-linked (copied across file systems); an original is the
// user's file, which an editor may change in place, so it is copied. The joined files are written a
// record at a time, side by side, in one reading of the records. Each file is left as it is while its
// key (the digests it is made of, and for a joined file the code that joins it) is unchanged. The paths
// written go into `produced`, for keepUnchangedOutput, which removes what a build did not produce.
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, readFileSync, type WriteStream } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeDigest } from '../loaders/digest.ts';
import { inBatches, linkOrCopy } from './place-files.ts';
import {
  filedRecord,
  type Joined,
  joinedHead,
  joinedPart,
  joinedTail,
  joinedText,
  JOINING_CODE,
  type Published,
  publishedFiles,
  readManifest,
} from '../site/published.ts';

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
        const written = await writePublished(fileURLToPath(dir), all, fileURLToPath(new URL('published-keys.json', cacheDir)), produced);
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

const WRITE_BUFFER = 1 << 20;

/** Writes the files into `out` (adding each path to `produced`) but not one the last build wrote with the same key; gives how many it wrote. */
export async function writePublished(out: string, files: Published[], keysFile: string, produced: Set<string>): Promise<number> {
  const before: Record<string, string> = existsSync(keysFile) ? JSON.parse(await readFile(keysFile, 'utf8')) : {};
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
  await writeJoined(
    out,
    changed.filter((f) => 'records' in f),
    folder,
  );
  await writeFile(keysFile, JSON.stringify(keys));
  return changed.length;
}

/**
 * Writes joined files side by side in one reading of their records: a record is read once, however
 * many files it goes into (all reports, JSON Lines, its year). They list their records in one order
 * (the home table's), so the longest gives the order of the reading; a file that does not follow that
 * order is written on its own.
 */
async function writeJoined(out: string, files: Joined[], folder: (dest: string) => Promise<void>): Promise<void> {
  const [longest, ...rest] = [...files].sort((a, b) => b.records.length - a.records.length);
  if (!longest) return;
  const at = new Map(longest.records.map((path, i) => [path, i]));
  const follows = (f: Joined) => f.records.every((path, i) => at.has(path) && (i === 0 || at.get(path)! > at.get(f.records[i - 1]!)!));
  const open = async (file: Joined) => {
    const dest = join(out, file.path);
    await folder(dest);
    // A megabyte at a time: a record's part is a few kB, and each write is a trip to the thread pool.
    const stream = createWriteStream(dest, { highWaterMark: WRITE_BUFFER });
    // Seen by put() or finished(), not thrown from an event nobody listens to.
    stream.on('error', () => {});
    return { file, stream, next: 0 };
  };
  // Alone, such a file is the longest and its own order.
  for (const file of rest.filter((f) => !follows(f))) await writeJoined(out, [file], folder);
  const outputs = await Promise.all([longest, ...rest.filter(follows)].map(open));
  for (const o of outputs) await put(o.stream, joinedHead(o.file));
  for (const path of longest.records) {
    // Read synchronously: a few kB each, and nothing else runs on this thread while the files are written.
    const record = filedRecord(readFileSync(path, 'utf8'));
    for (const o of outputs) if (o.file.records[o.next] === path) await put(o.stream, joinedPart(o.file, o.next++, record));
  }
  for (const o of outputs) o.stream.end(joinedTail(o.file));
  await Promise.all(outputs.map((o) => finished(o.stream)));
}

/** Writes to a file stream, waiting while its buffer is full. */
async function put(stream: WriteStream, text: string): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (!stream.write(text)) await once(stream, 'drain');
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
