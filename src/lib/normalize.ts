// Source text → normalized text with an offset map back to the source (see mapped-text.ts).
// Undoes what PDF extraction and Markdown did to a report: full-width characters, page footers,
// a table of contents, list markers and bold, lines broken mid-sentence or a report flattened onto
// one line, stray spaces ("2022 年", "48,865.73 万元"). Paragraphs come out one per line.
import { edit, fromSource, join, replace, slice, type Edit, type MappedText } from './mapped-text.ts';
import { cleanLine, isFooter, tableOfContents } from './page-artifacts.ts';
import { paragraphsOf, unflatten } from './reflow.ts';
import { webCells } from './web-cells.ts';
import { webChrome } from './web-chrome.ts';
import { flattenedEnd, headerRun } from './tables.ts';
import { allMatches } from './all-matches.ts';

export { isHeading, ITEM_START } from './reflow.ts';

export interface NormalizedText extends MappedText {
  /** Source offset where each source line starts, for line numbers. */
  readonly lineStarts: readonly number[];
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000\u00a0\u2002-\u200b\u2028\u2029\ufeff]/g;
function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x200b || code === 0xfeff) return '';
  return ' ';
}

export function normalize(source: string): NormalizedText {
  // One for one, the offset map stays the identity: the native replace is enough, unless it removed a character.
  let removed = false;
  const oneForOne = source.replace(FULL_WIDTH, (ch) => {
    const out = halfWidth(ch);
    removed ||= !out;
    return out;
  });
  const whole = removed
    ? replace(fromSource(source), FULL_WIDTH, (m) => halfWidth(m[0]))
    : { text: oneForOne, map: fromSource(source).map };
  const lines = webCells(splitLines(whole)).flatMap((line) => {
    const clean = cleanLine(line);
    const pieces = unflatten(clean);
    // A line left whole is clean already; the pieces of a flattened one are cleaned each.
    return pieces.length === 1 && pieces[0] === clean ? pieces : pieces.map(cleanLine);
  });
  const toc = tableOfContents(lines);
  const chrome = webChrome(lines);
  const kept = lines.filter((l, i) => l.text && !toc.has(i) && !chrome.has(i) && !isFooter(lines, i));
  // Lines are trimmed and not empty, so no paragraph is only spaces: squeezing the joined text is squeezing each.
  return { ...squeezeSpaces(join(paragraphsOf(kept, tableCells(kept)), '\n')), lineStarts: lineStartsOf(source) };
}

/** Lines of flattened tables (a header run of column names, then one cell per line). */
function tableCells(lines: readonly MappedText[]): Set<number> {
  const texts = lines.map((l) => l.text);
  const cells = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    if (!headerRun(texts, i)) continue;
    const end = flattenedEnd(texts, i);
    for (let k = i; k < end; k++) cells.add(k);
    i = end - 1;
  }
  return cells;
}

const LINE_BREAK = /\r\n|\r|\n/g;
function splitLines(mt: MappedText): MappedText[] {
  const lines: MappedText[] = [];
  let start = 0;
  if (mt.text.includes('\r')) {
    for (const m of allMatches(LINE_BREAK, mt.text)) {
      lines.push(slice(mt, start, m.index));
      start = m.index + m[0].length;
    }
  } else {
    // Only \n: found with indexOf, cheaper than a regex match per line.
    for (let at = mt.text.indexOf('\n'); at >= 0; at = mt.text.indexOf('\n', start)) {
      lines.push(slice(mt, start, at));
      start = at + 1;
    }
  }
  lines.push(slice(mt, start));
  return lines;
}

/**
 * Removes spaces except one between two ASCII letters or digits ("III 类" → "III类", "1 2" stays).
 * Runs are found with indexOf: a regex match per run costs several times as much.
 */
function squeezeSpaces(mt: MappedText): MappedText {
  const { text } = mt;
  const edits: Edit[] = [];
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at)) {
    let end = at + 1;
    while (text.charCodeAt(end) === 32) end++;
    const keep = isAsciiAlnum(text.charCodeAt(at - 1)) && isAsciiAlnum(text.charCodeAt(end));
    if (!keep || end - at > 1) edits.push({ at, length: end - at, by: keep ? ' ' : '' });
    at = end;
  }
  return edit(mt, edits);
}

/** [A-Za-z0-9], by code (NaN, past either end of the text, is not). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  if (!source.includes('\r')) {
    for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    // \r\n is one break; a lone \r or \n is one too.
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column of a source offset. */
export function sourcePosition(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}
