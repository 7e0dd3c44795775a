// Values that follow from stated ones, marked derived: the grade from the score
// (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差) when the report states no grade.
import { derived } from './document.ts';
import type { Fact, GradeFact } from './schema.ts';

const BANDS: { min: number; grade: GradeFact['value'] }[] = [
  { min: 90, grade: '优' },
  { min: 80, grade: '良' },
  { min: 60, grade: '中' },
  { min: -Infinity, grade: '差' },
];

export function gradeOf(score: number): GradeFact['value'] {
  return BANDS.find((b) => score >= b.min)!.grade;
}

export function deriveGrade(stated: GradeFact | null, score: Fact | null): GradeFact | null {
  if (stated || !score) return stated;
  return { ...derived(0, '等级', 'grade/from-score'), value: gradeOf(score.value), unit: '等级' };
}
