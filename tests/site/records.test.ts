import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filedRecords, pruneRecords, readRecord, writeRecord } from '../../src/site/records.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);

let dir: string;
let cacheDir: URL;
// Filed under made-up digests.
const filed = reports.map((r, i) => ({ id: r.id, digest: `d${i}` }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'records-'));
  cacheDir = pathToFileURL(`${dir}/`);
  for (const [i, r] of reports.entries()) writeRecord(cacheDir, `d${i}`, r);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('records by digest', () => {
  it('reads back each record as it was filed', async () => {
    for (const [i, r] of reports.entries()) expect(await readRecord(cacheDir, `d${i}`)).toEqual(r);
  });

  it('keeps only the digests asked for when pruned', async () => {
    writeRecord(cacheDir, 'gone', reports[0]!);
    expect((await filedRecords(cacheDir)).has('gone')).toBe(true);
    await pruneRecords(cacheDir, new Set(filed.map((f) => f.digest)));
    expect(await filedRecords(cacheDir)).toEqual(new Set(filed.map((f) => f.digest)));
    expect((await readdir(join(dir, 'records'))).sort()).toEqual(filed.map((f) => `${f.digest}.json`).sort());
  });
});
