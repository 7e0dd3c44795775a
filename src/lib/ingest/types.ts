// What the ingest stage gives the pipeline: the text the later stages read (so offsets and
// grounding work unchanged), where each stretch of it stands in the original (page and box), the
// tables as grids with spans, and diagnostics.
import type { Diagnostic } from '../schema.ts';

export const FORMATS = ['txt', 'pdf', 'docx', 'doc', 'xlsx', 'xls', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** A box on a page as fractions of its width and height, from the top left: [x0, y0, x1, y1]. */
export type Box = [number, number, number, number];

/** Text offsets [start, end) that stand on `page` (1-based), inside `box` when it is known. */
export interface TextSpan {
  start: number;
  end: number;
  page: number;
  box: Box | null;
}

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  page: number | null;
  box: Box | null;
}

/** A table as its source draws it: anchored cells with spans; slots a span covers hold no cell. */
export interface Grid {
  rows: number;
  cols: number;
  cells: GridCell[];
  /** Where it came from: ruled lines of a PDF page, an HTML/Word table, a sheet. */
  origin: 'pdf-rules' | 'html' | 'sheet';
}

export interface Ingested {
  text: string;
  format: Format;
  /** Page count for paged sources (PDF), else null. */
  pages: number | null;
  spans: TextSpan[];
  tables: Grid[];
  diagnostics: Diagnostic[];
}
