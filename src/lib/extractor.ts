// What an extractor is: a pure function from a prepared report to some fields of the record,
// with notes for whatever it found missing or odd. The ordered list lives in extract/index.ts.
import type { Doc } from './document.ts';
import type { Fact, Report } from './schema.ts';

export type Fields = Omit<Report, 'id' | 'file' | 'checks' | 'sections'>;

export interface Note {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  /** Offset in the normalized text, to give the diagnostic a line. */
  at?: number;
  /** Source line, when the note is about a Fact that already knows it. */
  line?: number | null;
}

export interface Extraction {
  fields: Partial<Fields>;
  notes: Note[];
}

export type Extractor = (doc: Doc) => Extraction;

/** A Fact proposed by a rule; lower rank wins, equal ranks must agree. */
export interface Candidate {
  fact: Fact;
  rank: number;
  at: number;
}

/**
 * Picks one value from the candidates of a field. The best-ranked candidates must agree, or
 * the field stays null with a warning; a lower-ranked disagreement is kept as a warning.
 * Without candidates the field is not stated: null (unless derive.ts can compute it), and a warning
 * with `example` of the phrasing.
 */
export function select(field: string, label: string, candidates: readonly Candidate[], notes: Note[], example: string): Fact | null {
  if (!candidates.length) {
    notes.push({ severity: 'warning', code: `missing/${field}`, message: `报告没有写明${label} (如${example})` });
    return null;
  }
  const best = Math.min(...candidates.map((c) => c.rank));
  const top = candidates.filter((c) => c.rank === best).sort((a, b) => a.at - b.at);
  const first = top[0]!;
  const disagree = (c: Candidate) => Math.abs(c.fact.value - first.fact.value) > 1e-9;
  const conflict = top.find(disagree);
  if (conflict) {
    notes.push({
      severity: 'warning',
      code: `conflict/${field}`,
      message: `${label}有两个不同的值: ${first.fact.text} 与 ${conflict.fact.text}; 未采用任何一个`,
      at: conflict.at,
    });
    return null;
  }
  const other = candidates.find((c) => c.rank > best && disagree(c));
  if (other) {
    notes.push({
      severity: 'warning',
      code: `conflict/${field}`,
      message: `${label}另有一处写作 ${other.fact.text}, 与采用的 ${first.fact.text} 不同`,
      at: other.at,
    });
  }
  return first.fact;
}
