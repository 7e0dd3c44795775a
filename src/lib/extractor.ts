// What an extractor is: a pure function from a prepared report to some fields of the record,
// with notes for whatever it found missing or odd. The ordered list lives in extract/index.ts.
import type { Doc } from './document.ts';
import type { Classification } from './extract/classify.ts';
import type { Fact, Reading, Report } from './schema.ts';

export type Fields = Omit<Report, 'id' | 'file' | 'source' | 'checks' | 'sections' | 'doubts'>;

export interface Note {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  /** Offset in the normalized text, to give the diagnostic a line. */
  at?: number;
  /** Source line, when the note is about a Fact that already knows it. */
  line?: number | null;
  /** The record field this note doubts; the note then travels with the figure, onto its page. */
  field?: string;
  /** The competing readings of a doubted field. */
  readings?: Reading[];
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
  /** What the value is about; a form's totals row needs none (its row says it). */
  about?: Classification;
  /** The words of the match before the value ("年初预算数为"). */
  label?: string;
}
