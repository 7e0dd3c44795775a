import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/schema.ts';
import { digestsIn, hasRecord, pruneRecords, readRecord, readRecords, writeRecord } from '../../src/site/records.ts';
import { streamedTableCsv, tableCsv, TIDY_TABLES } from '../../src/site/tidy.ts';
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
  it.each(TIDY_TABLES.map((t) => [t.file, t]))('streamedTableCsv gives the same %s as tableCsv of them all', async (_, table) => {
    expect(await streamedTableCsv(table, each(reports))).toBe(tableCsv(table, reports));
  });
});
