// Data for the compare page's charts, computed apart from drawing: one point per report that has
// something to draw, its series, and in words what is missing ("吕田镇 2023 未说明预算数").
// chartViews(reports, BUDGET_SPENT) → { all: { series, points, missing }, '2022': …, '2023': … }
import type { Fact, Report } from '../lib/schema.ts';
import { displayName, reportHref } from './report-rows.ts';

export interface Measure {
  label: string;
  unit: string;
  pick: (r: Report) => Fact | null;
}
export interface ChartPoint {
  id: string;
  href: string;
  name: string;
  year: number | null;
  /** Category label on the axis: the name, with the year when several years are shown. */
  label: string;
  values: (number | null)[];
}
export interface ChartData {
  series: { label: string; unit: string }[];
  points: ChartPoint[];
  missing: { year: number | null; text: string }[];
}
export type ChartViews = Record<string, ChartData>;

export const ALL_YEARS = 'all';
export const BUDGET_SPENT: Measure[] = [
  { label: '预算数', unit: '万元', pick: (r) => r.budget },
  { label: '支出数', unit: '万元', pick: (r) => r.spent },
];
export const EXECUTION_RATE: Measure[] = [{ label: '执行率', unit: '%', pick: (r) => r.executionRate }];
export const SCORE: Measure[] = [{ label: '自评得分', unit: '分', pick: (r) => r.score }];

export { GRADE_BANDS } from '../lib/derive.ts';

export function chartData(reports: Report[], measures: Measure[], year: number | typeof ALL_YEARS): ChartData {
  const chosen = reports
    .filter((r) => year === ALL_YEARS || r.year === year)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || displayName(a).localeCompare(displayName(b), 'zh-CN'));
  const points: ChartPoint[] = [];
  const missing: ChartData['missing'] = [];
  for (const r of chosen) {
    const name = displayName(r);
    const values = measures.map((m) => m.pick(r)?.value ?? null);
    const absent = measures.filter((_, i) => values[i] === null).map((m) => m.label);
    if (absent.length) missing.push({ year: r.year, text: `${name} ${r.year ?? '年度未说明'} 未说明${absent.join('、')}` });
    if (absent.length === measures.length) continue;
    const label = year === ALL_YEARS ? `${name} ${r.year ?? ''}`.trim() : name;
    points.push({ id: r.id, href: reportHref(r.id), name, year: r.year, label, values });
  }
  return { series: measures.map(({ label, unit }) => ({ label, unit })), points, missing };
}

export function yearsOf(reports: Report[]): number[] {
  return [...new Set(reports.map((r) => r.year).filter((y) => y !== null))].sort((a, b) => a - b);
}

/** The chart for all years and for each year, keyed by the year select's values. */
export function chartViews(reports: Report[], measures: Measure[]): ChartViews {
  const views: ChartViews = { [ALL_YEARS]: chartData(reports, measures, ALL_YEARS) };
  for (const year of yearsOf(reports)) views[String(year)] = chartData(reports, measures, year);
  return views;
}
