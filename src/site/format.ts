// How figures read on the site: grouped digits, the fact's own unit, and "未说明" for a missing value —
// never 0. formatFact({ value: 66446.66, unit: '万元' }) → "66,446.66 万元"; formatFact(null) → "未说明".
import type { Fact, GradeFact } from '../lib/schema.ts';

export const NOT_STATED = '未说明';

// Library values are rounded to at most 6 decimals; showing all of them never alters a figure.
const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

export function formatNumber(value: number | null | undefined): string {
  return value == null ? NOT_STATED : NUMBER.format(value);
}

export function formatFact(fact: Pick<Fact, 'value' | 'unit'> | Pick<GradeFact, 'value' | 'unit'> | null): string {
  if (!fact) return NOT_STATED;
  if (typeof fact.value === 'string') return fact.value;
  return fact.unit === '%' ? `${formatNumber(fact.value)}%` : `${formatNumber(fact.value)} ${fact.unit}`;
}

/** Why a derived value is shown although the report does not state it. */
const DERIVED_NOTES: Record<string, string> = {
  'grade/from-score': '由得分推算',
  'spent/sum-of-lines': '由各项支出相加',
  'budget/sum-of-lines': '由各项预算相加',
  'rate/from-totals': '由支出/预算推算',
};

export function derivedNote(fact: Pick<Fact, 'rule'>): string {
  return DERIVED_NOTES[fact.rule ?? ''] ?? '推算值';
}
