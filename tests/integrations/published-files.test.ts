// published-files.ts: the loader's files placed in the output, and written again only when changed.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePublished } from '../../src/integrations/published-files.ts';
import { type Joined, joinedText, type Published } from '../../src/site/published.ts';

let dir: string;
let out: string;
let keysFile: string;
let files: Published[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'published-files-'));
  out = join(dir, 'dist');
  keysFile = join(dir, 'keys.json');
  await mkdir(join(dir, 'cache'));
  await mkdir(out);
  await writeFile(join(dir, 'cache/a.json'), '{\n  "id": "a"\n}');
  await writeFile(join(dir, 'cache/b.json'), '{\n  "id": "b"\n}');
  await writeFile(join(dir, 'original.txt'), '报告原文');
  files = [
    { path: 'data/reports/a.json', type: '', key: 'da', from: join(dir, 'cache/a.json') },
    { path: 'reports/a/original.txt', type: '', key: 'da', from: join(dir, 'original.txt'), copy: true },
    { path: 'data/reports.jsonl', type: '', key: 'k1', records: [join(dir, 'cache/a.json'), join(dir, 'cache/b.json')], as: 'lines' },
  ];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const text = (path: string) => readFile(join(out, path), 'utf8');

describe('writePublished', () => {
  it('links a file of the cache, copies an original and joins records, naming every path it produced', async () => {
    const produced = new Set<string>();
    expect(await writePublished(out, files, keysFile, produced)).toBe(3);
    expect((await stat(join(out, 'data/reports/a.json'))).ino).toBe((await stat(join(dir, 'cache/a.json'))).ino);
    expect((await stat(join(out, 'reports/a/original.txt'))).ino).not.toBe((await stat(join(dir, 'original.txt'))).ino);
    expect(await text('reports/a/original.txt')).toBe('报告原文');
    expect(await text('data/reports.jsonl')).toBe('{"id":"a"}\n{"id":"b"}\n');
    expect([...produced].sort()).toEqual(files.map((f) => join(out, f.path)).sort());
  });

  it('writes again only what changed since the last build', async () => {
    await writePublished(out, files, keysFile, new Set());
    expect(await writePublished(out, files, keysFile, new Set())).toBe(0);
    await writeFile(join(dir, 'original.txt'), '改过的原文');
    const changed = files.map((f) => (f.path === 'reports/a/original.txt' ? { ...f, key: 'da2' } : f));
    expect(await writePublished(out, changed, keysFile, new Set())).toBe(1);
    expect(await text('reports/a/original.txt')).toBe('改过的原文');
  });

  it('writes joined files of one order in one reading, and one of another order on its own, each as joinedText gives it', async () => {
    const [a, b] = [join(dir, 'cache/a.json'), join(dir, 'cache/b.json')];
    const joined: Joined[] = [
      { path: 'data/reports.json', type: '', key: 'k', records: [a, b], as: 'array' },
      { path: 'data/reports.jsonl', type: '', key: 'k', records: [a, b], as: 'lines' },
      { path: 'data/years/2023.json', type: '', key: 'k', records: [b], as: 'array' },
      { path: 'data/years/none.json', type: '', key: 'k', records: [], as: 'array' },
      { path: 'data/reversed.json', type: '', key: 'k', records: [b, a], as: 'array' },
    ];
    expect(await writePublished(out, joined, keysFile, new Set())).toBe(joined.length);
    for (const file of joined) expect(await text(file.path)).toBe((await Array.fromAsync(joinedText(file))).join(''));
    expect(JSON.parse(await text('data/reversed.json'))).toEqual([{ id: 'b' }, { id: 'a' }]);
    expect(await text('data/years/none.json')).toBe('[]');
  });

  it('writes everything again into an output folder deleted since', async () => {
    await writePublished(out, files, keysFile, new Set());
    await rm(out, { recursive: true });
    await mkdir(out);
    expect(await writePublished(out, files, keysFile, new Set())).toBe(3);
    expect(await text('data/reports/a.json')).toBe('{\n  "id": "a"\n}');
  });
});
