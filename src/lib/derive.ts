// Values that follow from stated ones, marked derived, when the report does not state them: the
// grade from the score (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差), a total as the sum of its breakdown
// (003: 一般公共预算支出 11256.48 + 政府性基金预算支出 542.54 = 11799.02), the rate from the totals.
import { derived } from './document.ts';
import { round } from './numbers.ts';
import { GRADE_BANDS } from './grade-bands.ts';
import type { Fact, FundLine, GradeFact } from './schema.ts';

export function gradeOf(score: number): GradeFact['value'] {
  return GRADE_BANDS.find((b) => score >= b.min)?.grade ?? '差';
}

/** The bands are of a score out of 100: a score out of another maximum gets no grade. */
export function onHundredScale(score: Fact): boolean {
  return score.max == null || score.max === 100;
}

/** No grade follows from the score when the report grades on a scale of its own (合格, A级). */
export function deriveGrade(stated: GradeFact | null, score: Fact | null, otherScale = false): GradeFact | null {
  if (stated || !score || !onHundredScale(score) || otherScale) return stated;
  return { ...derived(0, '等级', 'grade/from-score'), value: gradeOf(score.value), unit: '等级' };
}

/** Lines by kind of spending (基本/项目) and lines by fund are separate breakdowns of one total. */
const BY_KIND = /^(?:基本|项目|人员|公用)/;

export function expenseBreakdowns(lines: readonly FundLine[]): { label: string; lines: FundLine[] }[] {
  const expense = lines.filter((l) => l.flow === 'expense');
  return [
    { label: '按经济分类的支出', lines: expense.filter((l) => BY_KIND.test(l.label)) },
    { label: '按资金来源的支出', lines: expense.filter((l) => !BY_KIND.test(l.label)) },
  ];
}

/** The sum of every breakdown of at least two lines that all state `key`; null when none, or when they disagree. */
function sumOfLines(lines: readonly FundLine[], key: 'budget' | 'amount'): number | null {
  const sums = expenseBreakdowns(lines)
    .map((b) => b.lines)
    .filter((group) => group.length >= 2 && group.every((l) => l[key]))
    .map((group) => group.reduce((s, l) => s + l[key]!.value, 0));
  if (!sums.length || sums.some((x) => Math.abs(x - sums[0]!) >= 0.005)) return null;
  return round(sums[0]!, 2);
}

interface Totals {
  budget: Fact | null;
  spent: Fact | null;
  executionRate: Fact | null;
}

/**
 * Totals the report does not state at all (`missing` names them; a refused or conflicting value is
 * not missing and stays null) computed from what it does state.
 */
export function deriveTotals(stated: Totals, fundLines: readonly FundLine[], missing: ReadonlySet<keyof Totals>): Totals {
  const sum = (key: 'budget' | 'amount', rule: string) => {
    const value = sumOfLines(fundLines, key);
    return value === null ? null : derived(value, '万元', rule);
  };
  const budget = stated.budget ?? (missing.has('budget') ? sum('budget', 'budget/sum-of-lines') : null);
  const spent = stated.spent ?? (missing.has('spent') ? sum('amount', 'spent/sum-of-lines') : null);
  const rate = budget && spent && budget.value > 0 ? derived(round((spent.value / budget.value) * 100, 2), '%', 'rate/from-totals') : null;
  const executionRate = stated.executionRate ?? (missing.has('executionRate') ? rate : null);
  return { budget, spent, executionRate };
}
