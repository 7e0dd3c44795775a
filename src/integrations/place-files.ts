// Files of the cache placed in the output: as hard links (one system call, no bytes copied, and the cache
// keeps its file for the next build), or as copies where a link cannot go (another file system, or one
// that refuses links). Many at a time, since each is a few system calls that mostly wait.
import { copyFile, link } from 'node:fs/promises';

/** Files placed at once: enough to keep the thread pool busy, few enough not to run out of file handles. */
const BATCH = 64;

export async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
    return copyFile(from, to);
  });
}

/** Runs `place` on every item, BATCH at a time. */
export async function inBatches<T>(items: readonly T[], place: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await Promise.all(items.slice(i, i + BATCH).map(place));
}
