// A table copied from a web page as text often comes out one cell per line, each cell followed by
// " |" ("项目名称 |", "238.93 |", a lone "|" for an empty cell). That is the one-cell-per-line layout
// of a form with a pipe left over, not a pipe table: the pipe goes, and the cell keeps its line.
import { slice, type MappedText } from './mapped-text.ts';

/** A cell line's text (possibly empty) before the one pipe that closes it; undefined for any other line. */
function cellOf(text: string): string | undefined {
  if (!text.endsWith('|') || text.indexOf('|') !== text.length - 1) return undefined;
  return text.slice(0, -1).trimEnd();
}
/** So many cell lines in a row, at least, make a copied table; one such line alone may be anything. */
const RUN = 4;

/** The lines, with the closing pipe of each pasted cell removed (a lone "|" becomes an empty line). */
export function webCells(lines: readonly MappedText[]): MappedText[] {
  const cells = lines.map((line) => cellOf(line.text));
  const out = [...lines];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && cells[end] !== undefined) end++;
    if (end - i >= RUN) for (let k = i; k < end; k++) out[k] = slice(lines[k]!, 0, cells[k]!.length);
    i = Math.max(end, i + 1);
  }
  return out;
}
