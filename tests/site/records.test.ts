import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/schema.ts';
import { digestsIn, hasRecord, jsonArray, jsonLines, pruneRecords, readRecord, readRecords, writeRecord } from '../../src/site/records.ts';
import { streamedTableCsv, tableCsv, TIDY_TABLES } from '../../src/site/tidy.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
async function* each(rs: Report[]) {
  yield* rs;
}

let dir: string;
let cacheDir: URL;
// Filed under made-up digests, read back in another order.
const filed = reports.map((r, i) => ({ id: r.id, digest: `d${i}` }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'records-'));
  cacheDir = pathToFileURL(`${dir}/`);
  for (const [i, r] of reports.entries()) await writeRecord(cacheDir, `d${i}`, r);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('records by digest', () => {
  it('reads back each record as it was filed, in the order asked', async () => {
    expect(await readRecord(cacheDir, 'd2')).toEqual(reports[2]);
    const order = [...reports].reverse();
    const read: Report[] = [];
    for await (const r of readRecords(cacheDir, digestsIn(filed, order))) read.push(r);
    expect(read).toEqual(order);
  });

  it('keeps only the digests asked for when pruned', async () => {
    await writeRecord(cacheDir, 'gone', reports[0]!);
    expect(hasRecord(cacheDir, 'gone')).toBe(true);
    await pruneRecords(cacheDir, new Set(filed.map((f) => f.digest)));
    expect(hasRecord(cacheDir, 'gone')).toBe(false);
    expect((await readdir(join(dir, 'records'))).sort()).toEqual(filed.map((f) => `${f.digest}.json`).sort());
  });
});

describe('open data made a record at a time', () => {
  it('jsonArray gives the bytes of JSON.stringify(records, null, 2), also when there are none', async () => {
    expect(text(await jsonArray(each(reports)))).toBe(JSON.stringify(reports, null, 2));
    expect(text(await jsonArray(each(reports.slice(0, 1))))).toBe(JSON.stringify(reports.slice(0, 1), null, 2));
    expect(text(await jsonArray(each([])))).toBe('[]');
  });

  it('jsonLines gives one compact record per line', async () => {
    const lines = text(await jsonLines(each(reports))).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(JSON.parse(JSON.stringify(reports)));
  });

  it.each(TIDY_TABLES.map((t) => [t.file, t]))('streamedTableCsv gives the same %s as tableCsv of them all', async (_, table) => {
    expect(await streamedTableCsv(table, each(reports))).toBe(tableCsv(table, reports));
  });
});
