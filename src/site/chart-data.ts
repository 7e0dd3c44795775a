// Data for the compare page's charts, computed apart from drawing: one point per report that has
// something to draw, its series, and in words what is missing ("吕田镇 2023 未说明预算数").
// chartViews(reports, BUDGET_SPENT) → { all: { series, points, missing }, '2022': …, '2023': … }
import type { Indicator, ReportSummary } from '../lib/schema.ts';
import { displayName, reportHref } from './report-rows.ts';
import { zhOrder, zhPlaces } from './zh-order.ts';

export interface Measure {
  label: string;
  unit: string;
  /** null: the report does not state it. */
  pick: (r: ReportSummary) => number | null;
  /** A table column only, not drawn (e.g. the total of a stacked bar). */
  tableOnly?: boolean;
  /** The value is computed from what the report states (a sum, a ratio), not stated itself. */
  derived?: (r: ReportSummary) => boolean;
}
export interface ChartSpec {
  measures: Measure[];
  /** The drawn series are parts of one whole, so they stack into one bar per report. */
  stacked?: boolean;
  /** What the caption says of a report with nothing to draw, instead of naming each unstated measure. */
  nothingText?: string;
}
export interface ChartPoint {
  id: string;
  href: string;
  name: string;
  year: number | null;
  /** Category label on the axis: the name, with the year when several years are shown. */
  label: string;
  values: (number | null)[];
  /** Per value: computed rather than stated, drawn and listed as such. */
  derived: boolean[];
}
export interface ChartData {
  series: Pick<Measure, 'label' | 'unit' | 'tableOnly'>[];
  stacked?: boolean;
  points: ChartPoint[];
  missing: { year: number | null; text: string }[];
  /** Values drawn although not stated: "吕田镇 2023 支出数为推算值". */
  derivedNotes: { year: number | null; text: string }[];
}

export const ALL_YEARS = 'all';
export const BUDGET_SPENT: ChartSpec = {
  measures: [
    { label: '预算数', unit: '万元', pick: (r) => r.budget?.value ?? null, derived: (r) => r.budget?.derived ?? false },
    { label: '支出数', unit: '万元', pick: (r) => r.spent?.value ?? null, derived: (r) => r.spent?.derived ?? false },
  ],
};
export const EXECUTION_RATE: ChartSpec = {
  measures: [
    { label: '执行率', unit: '%', pick: (r) => r.executionRate?.value ?? null, derived: (r) => r.executionRate?.derived ?? false },
  ],
};
export const SCORE: ChartSpec = { measures: [{ label: '自评得分', unit: '分', pick: (r) => r.score?.value ?? null }] };

/** How many of the indicators a report lists meet `met`; null when it lists none, so 0 never stands for "not listed". */
const countIndicators =
  (met?: Indicator['met']) =>
  (r: ReportSummary): number | null =>
    r.indicators.length ? r.indicators.filter((i) => met === undefined || i.met === met).length : null;
/** Met, not met and undetermined (met: null) indicators per report, stacked; the table adds the total. */
export const INDICATORS: ChartSpec = {
  measures: [
    { label: '指标数', unit: '项', pick: countIndicators(), tableOnly: true },
    { label: '达成', unit: '项', pick: countIndicators(true) },
    { label: '未达成', unit: '项', pick: countIndicators(false) },
    { label: '无法判断', unit: '项', pick: countIndicators(null) },
  ],
  stacked: true,
  nothingText: '未列出绩效指标',
};

export { GRADE_BANDS } from '../lib/grade-bands.ts';

export function chartData(
  reports: ReportSummary[],
  { measures, stacked, nothingText }: ChartSpec,
  year: number | typeof ALL_YEARS,
): ChartData {
  const inView = reports.filter((r) => inYear(r, year));
  const place = zhPlaces(inView.map(displayName));
  const chosen = inView.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || place.get(displayName(a))! - place.get(displayName(b))!);
  const points: ChartPoint[] = [];
  const missing: ChartData['missing'] = [];
  const derivedNotes: ChartData['derivedNotes'] = [];
  for (const r of chosen) {
    const name = displayName(r);
    const when = r.year ?? '年度未说明';
    const values = measures.map((m) => m.pick(r));
    const derived = measures.map((m, i) => values[i] !== null && (m.derived?.(r) ?? false));
    const absent = measures.filter((_, i) => values[i] === null).map((m) => m.label);
    const computed = measures.filter((_, i) => derived[i]).map((m) => m.label);
    const nothing = absent.length === measures.length;
    const said = nothing && nothingText ? nothingText : `未说明${absent.join('、')}`;
    if (absent.length) missing.push({ year: r.year, text: `${name} ${when} ${said}` });
    if (computed.length) derivedNotes.push({ year: r.year, text: `${name} ${when} 的${computed.join('、')}由报告中的分项推算` });
    if (nothing) continue;
    const label = year === ALL_YEARS ? `${name} ${r.year ?? ''}`.trim() : name;
    points.push({ id: r.id, href: reportHref(r.id), name, year: r.year, label, values, derived });
  }
  return { series: measures.map(({ label, unit, tableOnly }) => ({ label, unit, tableOnly })), stacked, points, missing, derivedNotes };
}

/**
 * How many points chartData draws for these reports: a report with any measure stated. Without
 * ordering the names, which chartData does and a count does not need (0.3 s over 10,000 reports).
 */
export function drawnCount(reports: readonly ReportSummary[], { measures }: ChartSpec, year: number | typeof ALL_YEARS): number {
  return reports.filter((r) => inYear(r, year) && measures.some((m) => m.pick(r) !== null)).length;
}

/** A report is in the view of its own year and in the view of all years. */
const inYear = (r: ReportSummary, year: number | typeof ALL_YEARS): boolean => year === ALL_YEARS || r.year === year;

export function yearsOf(reports: ReportSummary[]): number[] {
  return [...new Set(reports.map((r) => r.year).filter((y) => y !== null))].sort((a, b) => a - b);
}

/** One chart of the compare page in compact form: per point, the unit's index and its values. */
export interface PackedChart {
  id: string;
  title: string;
  series: ChartData['series'];
  stacked?: boolean;
  bands?: readonly { grade: string; min: number }[];
  /** [unit index, values…] per drawn report, in the table's order. */
  points: [number, ...(number | null)[]][];
  /** [point index, series index] of each derived value. */
  derived: [number, number][];
  /** Reports of the year with nothing to draw in this chart. */
  left: number;
}
/** Everything the compare page draws for one year, written once into the page as JSON. */
export interface CompareData {
  year: number;
  districts: string[];
  /** [id, name, district index or -1] */
  units: [string, string, number][];
  charts: PackedChart[];
}

export const COMPARE_CHARTS: { id: string; title: string; spec: ChartSpec; bands?: PackedChart['bands'] }[] = [
  { id: 'budget-spent', title: '预算数与支出数', spec: BUDGET_SPENT },
  { id: 'execution-rate', title: '预算执行率', spec: EXECUTION_RATE },
  { id: 'score', title: '自评得分', spec: SCORE },
  { id: 'indicators', title: '绩效指标达成情况', spec: INDICATORS },
];

export function compareData(reports: ReportSummary[], year: number, bands: PackedChart['bands']): CompareData {
  const inYear = reports.filter((r) => r.year === year);
  const districts = [...new Set(inYear.map((r) => r.district).filter((d) => d !== null))].sort(zhOrder);
  const units: CompareData['units'] = [];
  const index = new Map<string, number>();
  const byId = new Map(inYear.map((r) => [r.id, r]));
  const unitOf = (p: ChartPoint): number => {
    if (!index.has(p.id)) {
      const r = byId.get(p.id)!;
      index.set(p.id, units.push([p.id, p.name, r.district === null ? -1 : districts.indexOf(r.district)]) - 1);
    }
    return index.get(p.id)!;
  };
  const charts = COMPARE_CHARTS.map(({ id, title, spec }): PackedChart => {
    const data = chartData(inYear, spec, year);
    return {
      id,
      title,
      series: data.series,
      stacked: data.stacked,
      bands: id === 'score' ? bands : undefined,
      points: data.points.map((p) => [unitOf(p), ...p.values]),
      derived: data.points.flatMap((p, i) => p.derived.flatMap((d, k) => (d ? [[i, k] as [number, number]] : []))),
      left: inYear.length - data.points.length,
    };
  });
  return { year, districts, units, charts };
}

/** Bars thinner than this (CSS px per report and series) say nothing; the chart shows the distribution instead. */
export const MIN_BAR_PX = 6;
export const asDistribution = (reports: number, barsPerReport: number, widthPx: number): boolean =>
  reports * barsPerReport * MIN_BAR_PX > widthPx;

/** JSON for a <script type="application/json"> block: "<" escaped, so the text cannot close the element. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
