// Files the loader writes once per report file, named by the digest of that file and the code that
// made them, under <cacheDir>/<kind>/<digest><ext>: what a page reads for one report, kept out of the
// content store that every page loads. byDigest(cacheDir, 'records').path(digest)
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
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
  /** Makes the folder, before writing. */
  ready: () => Promise<void>;
  has: (digest: string) => boolean;
  /** Removes the files of digests not kept (files that are gone or changed), so one stays per report. */
  prune: (keep: ReadonlySet<string>) => Promise<void>;
}

export function byDigest(cacheDir: URL, kind: string, ext = '.json'): ByDigest {
  const dir = fileURLToPath(new URL(`${kind}/`, cacheDir));
  const path = (digest: string) => `${dir}${digest}${ext}`;
  return {
    path,
    ready: () => mkdir(dir, { recursive: true }).then(() => undefined),
    has: (digest) => existsSync(path(digest)),
    prune: async (keep) => {
      const names = await readdir(dir).catch(() => [] as string[]);
      await Promise.all(names.filter((n) => !keep.has(n.slice(0, -ext.length))).map((n) => rm(`${dir}${n}`, { force: true })));
    },
  };
}
