import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/schema.ts';
import { digestsIn, hasRecord, pruneRecords, readRecord, readRecords, writeRecord } from '../../src/site/records.ts';
import { TIDY_TABLES, tableCsv, tidyCsvs } from '../../src/site/tidy.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);
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

describe('tidy tables made a record at a time', () => {
  it('tidyCsvs gives every table as tableCsv of them all gives it, in one reading of the records', async () => {
    let read = 0;
    async function* counted(rs: Report[]) {
      for (const r of rs) {
        read++;
        yield r;
      }
    }
    const tables = await tidyCsvs(counted(reports));
    expect(read).toBe(reports.length);
    for (const table of TIDY_TABLES) expect(tables.get(table)).toBe(tableCsv(table, reports));
    for (const table of TIDY_TABLES) expect((await tidyCsvs(each([]))).get(table)).toBe(tableCsv(table, []));
  });
});
