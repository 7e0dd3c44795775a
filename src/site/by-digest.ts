// Files the loader writes once per report file, named by the digest of that file and the code that
// made them, under <cacheDir>/<kind>/<digest><ext>: what a page reads for one report, kept out of the
// content store that every page loads. byDigest(cacheDir, 'records').path(digest)
import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** A stored entry as getCollection gives it: the report id and the digest its files are named by. */
export interface Keyed {
  id: string;
  digest?: string | number;
}

/** Report id → digest of the stored entries. */
export const digestsOf = (entries: readonly Keyed[]): Map<string, string> => new Map(entries.map((e) => [e.id, String(e.digest)]));

export interface ByDigest {
  /** Where the file of this digest is. */
  path: (digest: string) => string;
  /**
   * Writes the file of this digest, making the folder only when it is missing (not a system call a file).
   * At once: its writers are the parser processes, one file at a time each, and a promise's trip through
   * the thread pool cost them more CPU than the system calls (~1.5 ms a report's three files).
   */
  write: (digest: string, data: string | Uint8Array) => void;
  /** The digests whose file is there: one listing of the folder, where a check a file took a system call each. */
  filed: () => Promise<Set<string>>;
  /** Removes the files of digests not kept (files that are gone or changed), so one stays per report. */
  prune: (keep: ReadonlySet<string>) => Promise<void>;
}

export function byDigest(cacheDir: URL, kind: string, ext = '.json'): ByDigest {
  const dir = fileURLToPath(new URL(`${kind}/`, cacheDir));
  const path = (digest: string) => `${dir}${digest}${ext}`;
  const names = async () => (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(ext));
  return {
    path,
    write: (digest, data) => {
      try {
        writeFileSync(path(digest), data);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        mkdirSync(dir, { recursive: true });
        writeFileSync(path(digest), data);
      }
    },
    filed: async () => new Set((await names()).map((n) => n.slice(0, -ext.length))),
    prune: async (keep) => {
      const stale = (await names()).filter((n) => !keep.has(n.slice(0, -ext.length)));
      await Promise.all(stale.map((n) => rm(`${dir}${n}`, { force: true })));
    },
  };
}
