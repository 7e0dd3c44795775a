import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinedText, type ManifestEntry, type Published, publishedFiles, readManifest, writeManifest } from '../../src/site/published.ts';
import { writeRecord } from '../../src/site/records.ts';
import { TIDY_TABLES } from '../../src/site/tidy.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);

let dir: string;
let cacheDir: URL;
// Filed under made-up digests, as the loader lists them.
const manifest: ManifestEntry[] = reports.map((r, i) => ({
  id: r.id,
  digest: `d${i}`,
  file: `/reports/${r.file}`,
  format: r.source.format,
  year: r.year,
}));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'published-'));
  cacheDir = pathToFileURL(`${dir}/`);
  for (const [i, r] of reports.entries()) writeRecord(cacheDir, `d${i}`, r);
  await writeManifest(cacheDir, manifest);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

type Joined = Extract<Published, { records: string[] }>;
const text = async (file: Joined) => (await Array.fromAsync(joinedText(file))).join('');
const byPath = (files: Published[]) => new Map(files.map((f) => [f.path, f]));

describe('publishedFiles', () => {
  it('reads back the manifest the loader wrote', async () => {
    expect(await readManifest(cacheDir)).toEqual(manifest);
  });

  it('publishes each report’s image and record from the cache, and copies its original', () => {
    const files = byPath(publishedFiles(cacheDir, manifest));
    const [first] = manifest;
    expect(files.get(`og/${first!.id}.png`)).toEqual({
      path: `og/${first!.id}.png`,
      type: 'image/png',
      from: join(dir, 'cards/d0.png'),
      key: 'd0',
    });
    expect(files.get(`data/reports/${first!.id}.json`)).toMatchObject({ from: join(dir, 'records/d0.json') });
    expect(files.get(`reports/${first!.id}/original.txt`)).toMatchObject({ from: first!.file, copy: true });
    expect([...files.keys()].filter((p) => p.startsWith('og/'))).toHaveLength(reports.length);
  });

  it('joins every record, in order, into one array and one line each; each year into its own file', () => {
    const files = byPath(publishedFiles(cacheDir, manifest));
    const all = manifest.map((e) => join(dir, `records/${e.digest}.json`));
    expect(files.get('data/reports.json')).toMatchObject({ records: all, as: 'array' });
    expect(files.get('data/reports.jsonl')).toMatchObject({ records: all, as: 'lines' });
    const years = [...new Set(reports.map((r) => r.year))];
    expect(years.length).toBeGreaterThan(1);
    for (const year of years)
      expect(files.get(`data/years/${year}.json`)).toMatchObject({
        records: manifest.filter((e) => e.year === year).map((e) => join(dir, `records/${e.digest}.json`)),
      });
  });

  it('keys a joined file by its records, so a changed record changes the key', () => {
    const key = (m: ManifestEntry[]) => (byPath(publishedFiles(cacheDir, m)).get('data/reports.json') as Joined).key;
    expect(key(manifest)).toBe(key(manifest.map((e) => ({ ...e }))));
    expect(key(manifest.map((e, i) => (i ? e : { ...e, digest: 'changed' })))).not.toBe(key(manifest));
    expect(key([...manifest].reverse())).not.toBe(key(manifest));
  });
});

describe('tidy tables', () => {
  it('are joined from every record, in order, as the table of them all', async () => {
    const files = byPath(publishedFiles(cacheDir, manifest));
    for (const table of TIDY_TABLES) {
      const file = files.get(`data/${table.file}`) as Joined;
      expect(file).toMatchObject({ as: 'csv', table: table.file, records: manifest.map((e) => join(dir, `records/${e.digest}.json`)) });
      const rows: Record<string, string>[] = parse(await text(file), { bom: true, columns: true });
      expect(rows.map((r) => r.report_id)).toEqual(table.rows(reports).map((row: { report: { id: string } }) => row.report.id));
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  it('are written again when the code that makes them changes', () => {
    const key = (code: string) => byPath(publishedFiles(cacheDir, manifest, code)).get('data/indicators.csv')!.key;
    expect(key('a')).not.toBe(key('b'));
    expect(key('a')).toBe(key('a'));
  });

  it('name how their parts are made apart from which records they hold, so a file written again can keep the parts it still holds', () => {
    const parts = (code: string, entries: ManifestEntry[]) =>
      publishedFiles(cacheDir, entries, code).flatMap((f) => ('records' in f ? [[f.path, f.parts]] : []));
    expect(parts('a', manifest.slice(1))).toEqual(parts('a', manifest));
    expect(parts('b', manifest).map(([, p]) => p)).not.toContain(parts('a', manifest)[0]![1]);
    // Each table and each way of joining makes its parts its own way; the year files are arrays like reports.json.
    const kinds = new Set(parts('a', manifest).map(([, p]) => p));
    expect(kinds.size).toBe(2 + TIDY_TABLES.length);
  });
});

describe('joinedText', () => {
  const joined = (as: 'array' | 'lines', n: number): Joined => ({
    path: 'x',
    type: '',
    key: '',
    parts: '',
    as,
    records: manifest.slice(0, n).map((e) => join(dir, `records/${e.digest}.json`)),
  });

  it('gives the text of JSON.stringify(records, null, 2), also for one record and for none', async () => {
    expect(await text(joined('array', reports.length))).toBe(JSON.stringify(reports, null, 2));
    expect(await text(joined('array', 1))).toBe(JSON.stringify(reports.slice(0, 1), null, 2));
    expect(await text(joined('array', 0))).toBe('[]');
  });

  it('gives one compact record per line', async () => {
    const lines = (await text(joined('lines', reports.length))).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toEqual(reports.map((r) => JSON.stringify(r)));
  });
});
