// Digests that decide whether a stored record is still current: the report file's bytes plus a hash
// of all the code that makes a record or its page's view of the text (CODE in reports.ts), so changing an extractor re-parses
// every report. fileDigest(bytes, await codeDigest('src', ['lib', 'loaders'])) → "9f2c…" (sha-256)
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** One hash over the paths (relative to `root`) and contents of root/paths: files, and every file below directories. */
export async function codeDigest(root: string, paths: string[]): Promise<string> {
  const listed = await Promise.all(
    paths.map(async (path) => {
      const at = join(root, path);
      if (!(await stat(at)).isDirectory()) return [at];
      const entries = await readdir(at, { recursive: true, withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    }),
  );
  const files = listed.flat().sort();
  const lines = await Promise.all(files.map(async (path) => `${relative(root, path)} ${sha256(await readFile(path))}\n`));
  return sha256(lines.join(''));
}

export function fileDigest(bytes: Uint8Array, code: string): string {
  return sha256(`${code}\n${sha256(bytes)}`);
}
