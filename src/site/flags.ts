// Red flags: what in a report does not add up or deserves a second look, each pointing at the row of
// the report page it comes from. Every source of doubt is one function in FLAG_SOURCES; a per-figure
// doubt in the record is one more.
import type { ReportSummary } from '../lib/schema.ts';
import { formatNumber } from './format.ts';

export type FlagKind = 'check' | 'excellent-unmet' | 'low-rate' | 'rate-mismatch';

export interface Flag {
  kind: FlagKind;
  message: string;
  /** Fragment of the report page that shows the evidence, e.g. "check-2" or "field-executionRate". */
  anchor: string;
}

export const FLAG_LABELS: Record<FlagKind, string> = {
  check: '核对不一致',
  'excellent-unmet': '自评为优但有指标未达成',
  'low-rate': '执行率低于 90%',
  'rate-mismatch': '执行率与支出/预算不符',
};

export const LOW_RATE = 90;

const failedChecks = (r: ReportSummary): Flag[] =>
  r.checks.flatMap((c, i) => (c.ok ? [] : [{ kind: 'check' as const, message: c.message, anchor: `check-${i}` }]));

function excellentUnmet(r: ReportSummary): Flag[] {
  const unmet = r.indicators.filter((i) => i.met === false).length;
  if (r.grade?.value !== '优' || !unmet) return [];
  return [
    {
      kind: 'excellent-unmet',
      message: `等级为优${r.grade.derived ? '（由得分推算）' : ''}，但 ${unmet} / ${r.indicators.length} 项指标未达成`,
      anchor: 'indicators',
    },
  ];
}

function lowRate(r: ReportSummary): Flag[] {
  const rate = r.executionRate;
  if (!rate || rate.value >= LOW_RATE) return [];
  return [
    {
      kind: 'low-rate',
      message: `执行率 ${formatNumber(rate.value)}%${rate.derived ? '（由支出/预算推算）' : ''}，低于 ${LOW_RATE}%`,
      anchor: 'field-executionRate',
    },
  ];
}

/** Digits after the point of a stated value: a rate given as 99.5 allows ±0.05. */
const decimals = (x: number): number => (String(x).split('.')[1] ?? '').length;

/** A stated rate that spent/budget does not round to; only when the record has no rate check saying so already. */
function rateMismatch(r: ReportSummary): Flag[] {
  const { budget, spent, executionRate: rate } = r;
  if (!budget || !spent || !rate || rate.derived || budget.value <= 0 || r.checks.some((c) => c.id === 'checks/rate')) return [];
  const computed = (spent.value / budget.value) * 100;
  if (Math.abs(computed - rate.value) <= 0.5 * 10 ** -decimals(rate.value) + 1e-9) return [];
  return [
    {
      kind: 'rate-mismatch',
      message: `报告写执行率 ${formatNumber(rate.value)}%，支出/预算 = ${formatNumber(Math.round(computed * 100) / 100)}%`,
      anchor: 'field-executionRate',
    },
  ];
}

export const FLAG_SOURCES: ((r: ReportSummary) => Flag[])[] = [failedChecks, excellentUnmet, lowRate, rateMismatch];

export const flagsOf = (r: ReportSummary): Flag[] => FLAG_SOURCES.flatMap((source) => source(r));
