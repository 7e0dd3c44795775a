// joined-files.ts: joined files written in one reading of their records, and written again by copying
// the parts of the records they still hold.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeJoinedFiles } from '../../src/integrations/joined-files.ts';
import { type Joined, joinedText } from '../../src/site/published.ts';

let dir: string;
let out: string;
const names = ['a', 'b', 'c', 'd', 'e'];
// A record file is named by its digest and never changes: one changed here shows whether it was read again.
const record = (name: string) => join(dir, `cache/${name}.json`);
const original = (name: string) => `{\n  "id": "${name}",\n  "名称": "${name}镇"\n}`;
const text = (path: string) => readFile(join(out, path), 'utf8');
const expected = async (file: Joined) => (await Array.fromAsync(joinedText(file))).join('');
/** Writes the files as a build does: all of them are published, these changed. */
const write = (files: Joined[]) =>
  writeJoinedFiles(out, files, files, join(dir, 'parts.json'), (dest) => mkdir(dirname(dest), { recursive: true }).then(() => {}));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'joined-files-'));
  out = join(dir, 'dist');
  await mkdir(join(dir, 'cache'));
  for (const name of names) await writeFile(record(name), original(name));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const joined = (as: 'array' | 'lines', list: string[], parts = 'p', path = `data/all.${as}`): Joined => ({
  path,
  type: '',
  key: list.join(),
  records: list.map(record),
  as,
  parts,
});

describe('writeJoinedFiles', () => {
  it('writes joined files of one order in one reading, and one of another order on its own, each as joinedText gives it', async () => {
    const files = [
      joined('array', ['a', 'b'], 'p', 'data/reports.json'),
      joined('lines', ['a', 'b'], 'p', 'data/reports.jsonl'),
      joined('array', ['b'], 'p', 'data/years/2023.json'),
      joined('array', [], 'p', 'data/years/none.json'),
      joined('array', ['b', 'a'], 'p', 'data/reversed.json'),
    ];
    await write(files);
    for (const file of files) expect(await text(file.path)).toBe(await expected(file));
    expect(JSON.parse(await text('data/reversed.json')).map((r: { id: string }) => r.id)).toEqual(['b', 'a']);
    expect(await text('data/years/none.json')).toBe('[]');
  });

  it.each(['array', 'lines'] as const)('copies the parts of the records a file still holds, in their new places (%s)', async (as) => {
    await write([joined(as, ['a', 'b', 'c', 'd'])]);
    for (const name of names) await writeFile(record(name), `{\n  "id": "${name}",\n  "名称": "改过"\n}`);
    const now = joined(as, ['e', 'a', 'c', 'd', 'b']);
    await write([now]);
    const written = await text(now.path);
    // Only the new record was read; the others kept their parts, each in its new place and with its separator.
    for (const name of ['a', 'b', 'c', 'd']) await writeFile(record(name), original(name));
    expect(written).toBe(await expected(now));
    // Written again from there, it is the same: the new lengths were kept.
    await write([now]);
    expect(await text(now.path)).toBe(written);
  });

  it('makes every part again when they are made another way, or the file is not the one written', async () => {
    await write([joined('array', ['a', 'b'])]);
    await writeFile(record('a'), '{\n  "id": "a2"\n}');
    const other = joined('array', ['a', 'b', 'c'], 'p2');
    await write([other]);
    expect(await text(other.path)).toBe(await expected(other));
    await writeFile(join(out, other.path), '[]');
    await writeFile(record('b'), '{\n  "id": "b2"\n}');
    const again = joined('array', ['a', 'b'], 'p2');
    await write([again]);
    expect(JSON.parse(await text(again.path))).toEqual([{ id: 'a2' }, { id: 'b2' }]);
  });
});
