// Rows of the explorer pages (/explore/…): every deduction, indicator and red flag across the reports,
// each with the address of its evidence on the report page, and the deductions summed by item.
import type { Deduction, ReportSummary, SummaryIndicator } from '../lib/schema.ts';
import { propsKey, rowNames } from './cache-key.ts';
import { flagsOf, type Flag } from './flags.ts';
import { type Page, paginate } from './paginate.ts';
import { displayName, reportHref } from './report-rows.ts';
import { sourceId, stated } from './source-marks.ts';
import { zhOrder } from './zh-order.ts';

export interface Where {
  id: string;
  name: string;
  district: string | null;
  year: number | null;
  href: string;
}
const where = (r: ReportSummary): Omit<Where, 'href'> => ({ id: r.id, name: displayName(r), district: r.district, year: r.year });

export interface DeductionRow extends Where {
  deduction: Deduction;
}
export function deductionRows(reports: ReportSummary[]): DeductionRow[] {
  return reports.flatMap((r) =>
    r.deductions.map((deduction, k) => {
      // A stated figure always has its mark on the report page; a derived one points at the table row.
      const range = stated(deduction.points);
      return { ...where(r), deduction, href: `${reportHref(r.id)}#${range ? sourceId(range) : `deduction-${k}`}` };
    }),
  );
}

export interface DeductionItem {
  item: string;
  count: number;
  points: number;
  /** Distinct districts and years it was deducted in. */
  districts: string[];
  years: number[];
}
/** Deductions grouped by item as written (spaces and punctuation ignored), most frequent first. */
export function deductionSummary(rows: DeductionRow[]): DeductionItem[] {
  const key = (item: string): string => item.normalize('NFKC').replace(/[\s\p{P}]/gu, '');
  const groups = new Map<string, DeductionItem>();
  for (const row of rows) {
    const k = key(row.deduction.item);
    const g = groups.get(k) ?? { item: row.deduction.item, count: 0, points: 0, districts: [], years: [] };
    g.count++;
    g.points = Math.round((g.points + row.deduction.points.value) * 1e6) / 1e6;
    if (row.district !== null && !g.districts.includes(row.district)) g.districts.push(row.district);
    if (row.year !== null && !g.years.includes(row.year)) g.years.push(row.year);
    groups.set(k, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.points - a.points || zhOrder(a.item, b.item));
}

export interface IndicatorRow extends Where {
  indicator: SummaryIndicator;
}
export function indicatorRows(reports: ReportSummary[]): IndicatorRow[] {
  return reports.flatMap((r) =>
    r.indicators.map((indicator, k) => ({ ...where(r), indicator, href: `${reportHref(r.id)}#indicator-${k}` })),
  );
}

export interface FlagRow extends Where {
  flag: Flag;
}
export function flagRows(reports: ReportSummary[]): FlagRow[] {
  return reports.flatMap((r) => flagsOf(r).map((flag) => ({ ...where(r), flag, href: `${reportHref(r.id)}#${flag.anchor}` })));
}

/**
 * The static paths of an explorer's pages: its rows a page at a time (paginate), the first page also with
 * `whole`, what it says of the whole list (counts, a summary). Each is keyed by its rows' names (rowNames),
 * so a rebuild copies a page whose rows did not move; what of the whole list only the first page states
 * keeps the others from changing with every report added.
 */
export function explorerPaths<R extends Where, W>(rows: R[], digests: ReadonlyMap<string, string>, whole: W) {
  const names = paginate(rowNames(rows, digests));
  return paginate(rows).map((page, i) => {
    const props: ExplorerProps<R, W> = { page, whole: page.number === 1 ? whole : null };
    const cacheKey = propsKey({ names: names[i]!.items, links: page.links, whole: props.whole });
    return { params: { page: page.number === 1 ? undefined : `page/${page.number}` }, props, cacheKey };
  });
}

export interface ExplorerProps<R, W> {
  page: Page<R>;
  /** On the first page. */
  whole: W | null;
}
