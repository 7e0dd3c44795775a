// derive.ts: the grade from the score (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差), and totals from their breakdowns, marked derived.
import { describe, expect, it } from 'vitest';
import { deriveGrade, deriveTotals, gradeOf } from '../src/lib/derive.ts';
import { record } from './helpers/reports.ts';

describe('gradeOf', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.5, '差'],
    [0, '差'],
  ])('%d → %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
});

describe('deriveGrade', () => {
  it('derives 良 from 88.51 when the report states no grade (004)', () => {
    const { score } = record('004_a0655f5b282921e2');
    expect(deriveGrade(null, score)).toEqual({
      value: '良',
      unit: '等级',
      text: null,
      start: null,
      end: null,
      line: null,
      derived: true,
      rule: 'grade/from-score',
    });
  });

  it('derives none when the report grades on a scale of its own (合格, A级)', () => {
    const { score } = record('004_a0655f5b282921e2');
    expect(deriveGrade(null, score, true)).toBeNull();
  });

  it('keeps a stated grade (001: 自评结果为"优")', () => {
    const { grade, score } = record('001_b6a3c52251988525');
    expect(grade!.derived).toBe(false);
    expect(deriveGrade(grade, score)).toBe(grade);
  });

  it('derives nothing without a score', () => {
    expect(deriveGrade(null, null)).toBeNull();
  });
});

describe('deriveTotals', () => {
  const ALL = new Set(['budget', 'spent', 'executionRate'] as const);
  const none = { budget: null, spent: null, executionRate: null };

  it("sums 003's spending by fund (11256.48 + 542.54) when no total is stated; no budget, so no rate", () => {
    const { fundLines } = record('003_70a4941c04d84bdd');
    const totals = deriveTotals(none, fundLines, ALL);
    expect(totals.spent).toMatchObject({ value: 11799.02, unit: '万元', derived: true, text: null, rule: 'spent/sum-of-lines' });
    expect(totals.budget).toBeNull();
    expect(totals.executionRate).toBeNull();
  });

  it("sums 004's fund budgets and spending, and takes the rate from them, when the report states none of the three", () => {
    const { fundLines } = record('004_a0655f5b282921e2');
    const totals = deriveTotals(none, fundLines, ALL);
    expect(totals.budget?.value).toBe(82912.04);
    expect(totals.spent?.value).toBe(75317.77);
    expect(totals.executionRate).toMatchObject({ value: 90.84, derived: true, rule: 'rate/from-totals' });
  });

  it('keeps what is stated, and derives nothing for a value that was refused or in conflict rather than missing', () => {
    const r = record('004_a0655f5b282921e2');
    expect(deriveTotals(r, r.fundLines, ALL)).toEqual({ budget: r.budget, spent: r.spent, executionRate: r.executionRate });
    expect(deriveTotals(none, r.fundLines, new Set())).toEqual(none);
  });

  it('derives nothing from a single line, or from two breakdowns that disagree', () => {
    const { fundLines } = record('002_bf9dfd7af09c6cef');
    expect(deriveTotals(none, fundLines.slice(2, 3), ALL).spent).toBeNull();
    const disagree = fundLines.map((l) => (l.label === '基本支出' ? { ...l, amount: { ...l.amount!, value: 1 } } : l));
    const fund = { ...fundLines[0]!, label: '一般公共预算支出', flow: 'expense' as const };
    expect(deriveTotals(none, [...disagree, fund, { ...fund, label: '政府性基金预算支出' }], ALL).spent).toBeNull();
  });
});
