// explore.ts: the explorer pages' rows and static paths.
import { describe, expect, it } from 'vitest';
import { ReportSummarySchema } from '../../src/lib/schema.ts';
import { explorerPaths, indicatorRows } from '../../src/site/explore.ts';
import { PAGE_SIZE } from '../../src/site/paginate.ts';
import { sortReports } from '../../src/site/report-rows.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = sortReports(shippedReports().map((s) => ReportSummarySchema.parse(s.report)));
// Enough rows for several pages: the shipped reports' indicators again and again, each time as other reports.
const copies = Math.ceil((PAGE_SIZE * 2.5) / indicatorRows(reports).length);
const rows = Array.from({ length: copies }, (_, k) => indicatorRows(reports).map((row) => ({ ...row, id: `${row.id}-${k}` }))).flat();
const digests = new Map(rows.map((row) => [row.id, `digest of ${row.id}`]));

describe('explorerPaths', () => {
  it('pages the rows, and gives what it says of the whole list to the first page only', () => {
    const paths = explorerPaths(rows, digests, { total: rows.length });
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'page/2', 'page/3']);
    expect(paths.flatMap((p) => p.props.page.items)).toEqual(rows);
    expect(paths.map((p) => p.props.whole)).toEqual([{ total: rows.length }, null, null]);
  });

  it('keeps the key of a page whose rows did not move, and changes the keys of the pages after a change', () => {
    const before = explorerPaths(rows, digests, { total: rows.length }).map((p) => p.cacheKey);
    const changed = new Map([...digests, [rows.at(-1)!.id, 'changed']]);
    const after = explorerPaths(rows, changed, { total: rows.length }).map((p) => p.cacheKey);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
    expect(explorerPaths(rows, digests, { total: 0 })[0]!.cacheKey).not.toBe(before[0]);
    expect(explorerPaths(rows, digests, { total: 0 })[1]!.cacheKey).toBe(before[1]);
  });

  it('keeps the keys of the pages far from the end when rows added at the end make a page more', () => {
    const more = rows.concat(rows, rows).slice(0, PAGE_SIZE * 7);
    const added = more.concat(more.slice(0, PAGE_SIZE).map((row) => ({ ...row, id: `${row.id}-added` })));
    const keys = (r: typeof rows) => explorerPaths(r, new Map(r.map((row) => [row.id, row.id])), null).map((p) => p.cacheKey);
    const [before, after] = [keys(more), keys(added)];
    expect([before.length, after.length]).toEqual([7, 8]);
    // Page 1 lists every page; pages 5 to 7 link a page past them or the gap before it.
    expect(after.slice(1, 4)).toEqual(before.slice(1, 4));
    expect(after.slice(4, 7).filter((k, i) => k === before[4 + i])).toEqual([]);
    expect(after[0]).not.toBe(before[0]);
  });
});
