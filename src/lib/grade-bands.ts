// The grade bands on their own, apart from the derive stage, so the compare page's script can draw
// them without bundling the parser's vocabulary that derive.ts pulls in.
import type { GradeFact } from './schema.ts';

/** Lower bounds of the grades above 差 (优 ≥ 90, 良 ≥ 80, 中 ≥ 60). */
export const GRADE_BANDS: readonly { grade: GradeFact['value']; min: number }[] = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
];
