// search-index-shards.ts: the search index's shards made with Pagefind from filed records, made again
// only when their reports changed, and placed in the output.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { placeShards, searchCode, storedKeys, updateShards } from '../../src/integrations/search-index-shards.ts';
import type { Report } from '../../src/lib/schema.ts';
import { type ManifestEntry, writeManifest } from '../../src/site/published.ts';
import { writeRecord } from '../../src/site/records.ts';
import { shippedReports } from '../site/shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);
const years = [...new Set(reports.map((r) => String(r.year)))].sort().reverse();
const code = await searchCode();

let dir: string;
let cacheDir: URL;
let shardsDir: string;
let out: string;

const entry = (r: Report, digest: string): ManifestEntry => ({
  id: r.id,
  digest,
  file: `/r/${r.id}.txt`,
  format: r.source.format,
  year: r.year,
});
const manifest = reports.map((r, i) => entry(r, `d${i}`));
const pageCount = async (shard: string) =>
  JSON.parse(await readFile(join(shard, 'pagefind-entry.json'), 'utf8')).languages['zh-cn'].page_count as number;
const inode = async (path: string) => (await stat(path)).ino;
const update = async (entries: ManifestEntry[]) => {
  await writeManifest(cacheDir, entries);
  return updateShards(cacheDir, shardsDir, code);
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'search-shards-'));
  cacheDir = pathToFileURL(`${dir}/cache/`);
  shardsDir = join(dir, 'cache/search-index');
  out = join(dir, 'dist/pagefind');
  await mkdir(join(dir, 'cache'));
  for (const [i, r] of reports.entries()) writeRecord(cacheDir, `d${i}`, r);
  return () => rm(dir, { recursive: true, force: true });
});
afterAll(() => pagefind.close());

describe('updateShards', () => {
  it('indexes each year into a shard of its own, with the key it was made from', async () => {
    const made = await update(manifest);
    expect(made).toMatchObject({ shards: years, indexed: years, reports: reports.length, unchanged: 0, removed: [] });
    for (const year of years) expect(await pageCount(join(shardsDir, year))).toBe(reports.filter((r) => String(r.year) === year).length);
    expect([...(await storedKeys(shardsDir)).keys()].sort()).toEqual([...years].sort());
  });

  it('leaves the shards whose reports did not change as they are, and indexes the changed year', async () => {
    await update(manifest);
    const [changedYear, keptYear] = years as [string, string];
    const kept = await inode(join(shardsDir, keptYear, 'pagefind-entry.json'));
    expect(await update(manifest)).toMatchObject({ indexed: [], reports: 0, unchanged: reports.length });
    // One more report in a year: a copy of one under another id, filed under its own digest.
    const base = reports.find((r) => String(r.year) === changedYear)!;
    const added = { ...base, id: `${base.id}-copy` };
    writeRecord(cacheDir, 'd-added', added);
    const made = await update([...manifest, entry(added, 'd-added')]);
    expect(made).toMatchObject({ indexed: [changedYear], reports: manifest.filter((e) => String(e.year) === changedYear).length + 1 });
    expect(await pageCount(join(shardsDir, changedYear))).toBe(made.reports);
    expect(await inode(join(shardsDir, keptYear, 'pagefind-entry.json'))).toBe(kept);
  });

  it("removes a year's shard when its last report goes", async () => {
    await update(manifest);
    const gone = years.at(-1)!;
    const made = await update(manifest.filter((e) => String(e.year) !== gone));
    expect(made).toMatchObject({ indexed: [], removed: [gone], shards: years.slice(0, -1) });
    expect(existsSync(join(shardsDir, gone))).toBe(false);
    expect(existsSync(join(shardsDir, `${gone}.key`))).toBe(false);
  });

  it('indexes again a shard whose key was not written, and removes files of another layout', async () => {
    await update(manifest);
    await rm(join(shardsDir, `${years[0]}.key`));
    await writeFile(join(shardsDir, 'pagefind.js'), '');
    expect((await update(manifest)).indexed).toEqual([years[0]]);
    expect(existsSync(join(shardsDir, 'pagefind.js'))).toBe(false);
  });
});

describe('placeShards', () => {
  it('links the shards into the output and lists them, newest first', async () => {
    await update(manifest);
    expect(await placeShards(shardsDir, out, years)).toEqual({ placed: years, removed: [] });
    expect(JSON.parse(await readFile(join(out, 'shards.json'), 'utf8'))).toEqual(years.map((y) => `/pagefind/${y}/`));
    for (const year of years) {
      const file = join(year, 'pagefind.js');
      expect(await inode(join(out, file))).toBe(await inode(join(shardsDir, file)));
      // Pagefind's own search interface is written, and not published: the search page has its own.
      expect(existsSync(join(shardsDir, year, 'pagefind-ui.js'))).toBe(true);
      expect(existsSync(join(out, year, 'pagefind-ui.js'))).toBe(false);
    }
  });

  it('replaces only the changed shards, removes what is no longer a shard, and places all in a new output', async () => {
    await update(manifest);
    await placeShards(shardsDir, out, years);
    const [changedYear, keptYear] = years as [string, string];
    const kept = await inode(join(out, keptYear));
    expect(await placeShards(shardsDir, out, years)).toEqual({ placed: [], removed: [] });
    const base = reports.find((r) => String(r.year) === changedYear)!;
    writeRecord(cacheDir, 'd-added', { ...base, id: `${base.id}-copy` });
    const gone = years.at(-1)!;
    const left = years.slice(0, -1);
    await update([...manifest.filter((e) => String(e.year) !== gone), entry({ ...base, id: `${base.id}-copy` }, 'd-added')]);
    // The index of the single-index layout, left in the output by an older build.
    await writeFile(join(out, 'pagefind.js'), '');
    const placed = await placeShards(shardsDir, out, left);
    expect(placed.placed).toEqual([changedYear]);
    expect(placed.removed.sort()).toEqual([gone, 'pagefind.js'].sort());
    expect(await inode(join(out, keptYear))).toBe(kept);
    expect(await pageCount(join(out, changedYear))).toBe(await pageCount(join(shardsDir, changedYear)));
    await rm(out, { recursive: true });
    expect((await placeShards(shardsDir, out, left)).placed).toEqual(left);
  });
});
