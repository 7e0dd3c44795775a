// The one grid adapter: every table, from PDF rules, a Word or web table or a sheet, becomes pipe
// rows the text-table reader (tables.ts) takes as exact: outer pipes, one cell per column, the
// empty cells kept in place. A block label in the first column that spans a block under its own
// header row (年度预算执行情况（万元）, 绩效指标) leaves the rows: it goes into the header row's empty
// first cell, where the national form has one (so the unit in it heads the money columns), else
// onto a caption line above the block. Either way every row keeps one cell per column.
import { isHeaderCell } from '../tables.ts';
import { append, paragraphBreak, type TextBuilder } from './text-builder.ts';
import type { Grid, GridCell } from './types.ts';

const cellText = (text: string) =>
  text
    .replace(/\s*\n\s*/g, '')
    .replace(/\|/g, '¦')
    .trim();

/** Slot → the anchored cell there (covered slots null). */
function anchors(grid: Grid): (GridCell | null)[][] {
  const at: (GridCell | null)[][] = Array.from({ length: grid.rows }, () => Array<GridCell | null>(grid.cols).fill(null));
  for (const c of grid.cells) if (c.row < grid.rows && c.col < grid.cols) at[c.row]![c.col] = c;
  return at;
}

/** A first-column cell spanning rows whose first row is a header row of its own. */
function isBlockLabel(cell: GridCell, row: (GridCell | null)[]): boolean {
  if (cell.col !== 0 || cell.rowSpan < 2 || !cell.text.trim()) return false;
  return row.slice(1).filter((c) => c && isHeaderCell(cellText(c.text))).length >= 2;
}

export function writeGrid(b: TextBuilder, grid: Grid): void {
  const at = anchors(grid);
  paragraphBreak(b);
  let r = 0;
  while (r < grid.rows) {
    const first = at[r]![0];
    // Each block is a pipe block of its own (a blank line between), so each is rectangular.
    paragraphBreak(b);
    if (first && isBlockLabel(first, at[r]!)) {
      const corner = at[r]![1];
      if (corner && !cellText(corner.text)) {
        // The label takes the place of the empty corner cell; the rest of the block follows.
        writeRows(b, at, r, r + 1, 1, grid.cols, first);
        writeRows(b, at, r + 1, r + first.rowSpan, 1, grid.cols);
      } else {
        paragraphBreak(b);
        append(b, cellText(first.text), first.page, first.box);
        append(b, '\n');
        writeRows(b, at, r, r + first.rowSpan, 1, grid.cols);
      }
      r += first.rowSpan;
    } else {
      // Rows up to the next block label go together.
      let end = r + 1;
      while (end < grid.rows && !(at[end]![0] && isBlockLabel(at[end]![0]!, at[end]!))) end++;
      writeRows(b, at, r, end, 0, grid.cols);
      r = end;
    }
  }
  paragraphBreak(b);
}

function writeRows(
  b: TextBuilder,
  at: (GridCell | null)[][],
  from: number,
  to: number,
  col0: number,
  cols: number,
  corner?: GridCell,
): void {
  for (let r = from; r < to; r++) {
    const row = at[r]!.slice(col0);
    if (corner) row[0] = corner;
    const filled = row.filter((c) => c && cellText(c.text));
    if (!filled.length) continue;
    // A title or note across the whole width is a line of text, not a row.
    if (filled.length === 1 && filled[0]!.colSpan >= cols - col0 && row[0] === filled[0]) {
      paragraphBreak(b);
      append(b, cellText(filled[0]!.text), filled[0]!.page, filled[0]!.box);
      paragraphBreak(b);
      continue;
    }
    if (!b.text.endsWith('\n')) append(b, '\n');
    append(b, '|');
    for (const c of row) {
      append(b, ' ');
      if (c) append(b, cellText(c.text), c.page, c.box);
      append(b, ' |');
    }
    append(b, '\n');
  }
}
