// derive.ts: the grade that follows from the score (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差), marked derived.
import { describe, expect, it } from 'vitest';
import { deriveGrade, gradeOf } from '../src/lib/derive.ts';
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
    expect(deriveGrade(null, score)).toEqual({ value: '良', unit: '等级', text: null, start: null, end: null, line: null, derived: true, rule: 'grade/from-score' });
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
