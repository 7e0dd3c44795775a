// Values that follow from stated ones, marked derived: the grade from the score
// (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差) when the report states no grade.
import { derived } from './document.ts';
import type { Fact, GradeFact } from './schema.ts';

/** Lower bounds of the grades above 差. */
export const GRADE_BANDS: readonly { grade: GradeFact['value']; min: number }[] = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
];

export function gradeOf(score: number): GradeFact['value'] {
  return GRADE_BANDS.find((b) => score >= b.min)?.grade ?? '差';
}

export function deriveGrade(stated: GradeFact | null, score: Fact | null): GradeFact | null {
  if (stated || !score) return stated;
  return { ...derived(0, '等级', 'grade/from-score'), value: gradeOf(score.value), unit: '等级' };
}
