// The headline columns of a report, shared by the home table and the CSV download; a missing value
// stays null. reportRow(taihe) → { id: '2022-baiyun-taihe-msstg9', name: '太和镇', budget: 66446.66, … }
import type { ReportSummary } from '../lib/schema.ts';
import { flagsOf } from './flags.ts';
import { zhPlaces } from './zh-order.ts';

export interface ReportRow {
  id: string;
  href: string;
  name: string;
  entity: string | null;
  district: string | null;
  year: number | null;
  budget: number | null;
  spent: number | null;
  executionRate: number | null;
  score: number | null;
  grade: string | null;
  gradeDerived: boolean;
  /** Totals the report does not state but that follow from what it does (a sum, a ratio). */
  budgetDerived: boolean;
  spentDerived: boolean;
  executionRateDerived: boolean;
  /** null when the report lists no indicators: none listed is not none met. */
  indicatorsMet: number | null;
  indicators: number | null;
  /** Failed consistency checks and other red flags (src/site/flags.ts). */
  flags: number;
}

export const reportHref = (id: string): string => `/reports/${id}/`;
export const displayName = (r: Pick<ReportSummary, 'name' | 'entity' | 'id'>): string => r.name ?? r.entity ?? r.id;

export function reportRow(r: ReportSummary): ReportRow {
  return {
    id: r.id,
    href: reportHref(r.id),
    name: displayName(r),
    entity: r.entity,
    district: r.district,
    year: r.year,
    budget: r.budget?.value ?? null,
    spent: r.spent?.value ?? null,
    executionRate: r.executionRate?.value ?? null,
    score: r.score?.value ?? null,
    grade: r.grade?.value ?? null,
    gradeDerived: r.grade?.derived ?? false,
    budgetDerived: r.budget?.derived ?? false,
    spentDerived: r.spent?.derived ?? false,
    executionRateDerived: r.executionRate?.derived ?? false,
    indicatorsMet: r.indicators.length ? r.indicators.filter((i) => i.met === true).length : null,
    indicators: r.indicators.length || null,
    flags: flagsOf(r).length,
  };
}

/** Newest year first, then district and name in Chinese (pinyin) order. */
export function sortReports<R extends ReportSummary>(reports: R[]): R[] {
  const place = zhPlaces(reports.flatMap((r) => [r.district ?? '', displayName(r)]));
  return reports
    .map((r) => ({ r, year: r.year ?? 0, district: place.get(r.district ?? '')!, name: place.get(displayName(r))! }))
    .sort((a, b) => b.year - a.year || a.district - b.district || a.name - b.name)
    .map(({ r }) => r);
}

/** The report page's <h1>: the report's title, or what it is when the report states none. */
export const reportHeading = (report: Pick<ReportSummary, 'title' | 'name' | 'entity' | 'id' | 'year' | 'scope'>): string =>
  report.title ??
  `${displayName(report)} ${report.year ?? ''} ${report.scope === 'project' ? '项目支出绩效自评' : '部门整体支出绩效自评报告'}`;
