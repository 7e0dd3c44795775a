// Values no report can mean (预算执行率 250%, a score of 120, a negative amount) are refused:
// the field stays null and an error names the text, so the reader never sees the wrong number.
import type { Note } from '../extractor.ts';
import type { Fact } from '../schema.ts';

export function inRange<F extends Fact>(f: F | null, label: string, min: number, max: number, notes: Note[]): F | null {
  if (!f || (f.value >= min && f.value <= max)) return f;
  notes.push({
    severity: 'error',
    code: 'invalid/value',
    message: `${label}“${f.text}”不在 ${min}–${max === Infinity ? '∞' : max} 之内, 未采用, 请核对原文`,
    line: f.line,
  });
  return null;
}
