// published-files.ts: the loader's files placed in the output, and written again only when changed.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PublishedState, writePublished } from '../../src/integrations/published-files.ts';
import type { Published } from '../../src/site/published.ts';

let dir: string;
let out: string;
let state: PublishedState;
let files: Published[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'published-files-'));
  out = join(dir, 'dist');
  state = { keys: join(dir, 'keys.json'), parts: join(dir, 'parts.json') };
  await mkdir(join(dir, 'cache'));
  await mkdir(out);
  await writeFile(join(dir, 'cache/a.json'), '{\n  "id": "a"\n}');
  await writeFile(join(dir, 'cache/b.json'), '{\n  "id": "b"\n}');
  await writeFile(join(dir, 'original.txt'), '报告原文');
  files = [
    { path: 'data/reports/a.json', type: '', key: 'da', from: join(dir, 'cache/a.json') },
    { path: 'reports/a/original.txt', type: '', key: 'da', from: join(dir, 'original.txt'), copy: true },
    {
      path: 'data/reports.jsonl',
      type: '',
      key: 'k1',
      records: [join(dir, 'cache/a.json'), join(dir, 'cache/b.json')],
      as: 'lines',
      parts: 'p',
    },
  ];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const text = (path: string) => readFile(join(out, path), 'utf8');

describe('writePublished', () => {
  it('links a file of the cache, copies an original and joins records, naming every path it produced', async () => {
    const produced = new Set<string>();
    expect(await writePublished(out, files, state, produced)).toBe(3);
    expect((await stat(join(out, 'data/reports/a.json'))).ino).toBe((await stat(join(dir, 'cache/a.json'))).ino);
    expect((await stat(join(out, 'reports/a/original.txt'))).ino).not.toBe((await stat(join(dir, 'original.txt'))).ino);
    expect(await text('reports/a/original.txt')).toBe('报告原文');
    expect(await text('data/reports.jsonl')).toBe('{"id":"a"}\n{"id":"b"}\n');
    expect([...produced].sort()).toEqual(files.map((f) => join(out, f.path)).sort());
  });

  it('writes again only what changed since the last build', async () => {
    await writePublished(out, files, state, new Set());
    expect(await writePublished(out, files, state, new Set())).toBe(0);
    await writeFile(join(dir, 'original.txt'), '改过的原文');
    const changed = files.map((f) => (f.path === 'reports/a/original.txt' ? { ...f, key: 'da2' } : f));
    expect(await writePublished(out, changed, state, new Set())).toBe(1);
    expect(await text('reports/a/original.txt')).toBe('改过的原文');
  });

  it('writes everything again into an output folder deleted since', async () => {
    await writePublished(out, files, state, new Set());
    await rm(out, { recursive: true });
    await mkdir(out);
    expect(await writePublished(out, files, state, new Set())).toBe(3);
    expect(await text('data/reports/a.json')).toBe('{\n  "id": "a"\n}');
  });
});
