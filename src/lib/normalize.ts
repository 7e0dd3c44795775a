// Source text → normalized text with an offset map back to the source (see mapped-text.ts).
// Undoes what PDF extraction and Markdown did to a report: full-width characters, page footers
// ("— 2 —", "第 3 页 共 12 页"), list markers and bold, lines broken mid-sentence, stray spaces
// ("2022 年", "48,865.73 万元"). Paragraphs come out one per line.
import { concat, fromSource, replace, slice, type MappedText } from './mapped-text.ts';

/** A line of the normalized text; `start` is its offset in the normalized text. */
export interface NormalizedText extends MappedText {
  /** 1-based source line of each normalized offset is found with `sourceLine`. */
  readonly lineStarts: readonly number[];
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000\u00a0\u2002-\u200b\u2028\u2029\ufeff]/g;
function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x200b || code === 0xfeff) return '';
  return ' ';
}

/** Page footers as PDF extraction leaves them, once bold markers are gone. */
const FOOTERS = [
  /^[—–―\-－~]{1,3}\s*\d{1,4}\s*[—–―\-－~]{1,3}$/, // — 2 —, - 3 -
  /^第\s*\d{1,4}\s*页\s*[,，/]?\s*(?:共\s*\d{1,4}\s*页)?$/, // 第 3 页 共 12 页
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3 / 12
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
];
const BARE_NUMBER = /^\d{1,3}$/;

/** What opens a heading or a list item; such a line never continues the line before it. */
export const ITEM_START =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\(\s*[一二三四五六七八九十]{1,3}\s*\)|\d{1,2}(?:[、.](?!\d)|\s*\)|\.\s)|\(\s*\d{1,2}\s*\)|[①-⑳⑴-⒇]|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,3}[章节部分条]|附件|\|)/;
const ENDS_SENTENCE = /[。！？!?；;：:]$/;
const CONTINUES = /[，,、(（“《\-—]$/;
const OPENS_CONTINUATION = /^[，,、。；;）)”》%％]/;
/** Lines shorter than this are titles, labels or table cells, not text wrapped at page width. */
const WRAP_WIDTH = 16;

export function normalize(source: string): NormalizedText {
  const whole = replace(fromSource(source), FULL_WIDTH, (m) => halfWidth(m[0]));
  const lines = splitLines(whole)
    .map(cleanLine)
    .filter((line, i, all) => !isFooter(line, all, i));
  const paragraphs = joinWrapped(lines).map(squeezeSpaces).filter((p) => p.text.length > 0);
  const out = concat(paragraphs, '\n');
  return { ...out, lineStarts: lineStartsOf(source) };
}

function splitLines(mt: MappedText): MappedText[] {
  const lines: MappedText[] = [];
  let start = 0;
  for (const m of mt.text.matchAll(/\r\n|\r|\n/g)) {
    lines.push(slice(mt, start, m.index));
    start = m.index + m[0].length;
  }
  lines.push(slice(mt, start));
  return lines;
}

/** Drops Markdown decoration (list markers, heading hashes, bold) and surrounding space. */
function cleanLine(line: MappedText): MappedText {
  let out = replace(line, /\*\*|__/g, () => '');
  out = replace(out, /^\s*(?:#{1,6}\s+|[-*+•·]\s+|>\s*)+/g, () => '');
  return trim(out);
}

function trim(mt: MappedText): MappedText {
  const start = mt.text.search(/\S|$/);
  const end = mt.text.trimEnd().length;
  return end <= start ? slice(mt, start, start) : slice(mt, start, end);
}

function isFooter(line: MappedText, all: readonly MappedText[], i: number): boolean {
  const text = line.text;
  if (FOOTERS.some((re) => re.test(text))) return true;
  if (!BARE_NUMBER.test(text)) return false;
  // A bare number is a page number only between lines of running text, not among table cells.
  const near = (step: number) => {
    for (let k = i + step; k >= 0 && k < all.length; k += step) if (all[k]!.text) return all[k]!.text;
    return '';
  };
  const before = near(-1);
  const after = near(1);
  return before.length >= WRAP_WIDTH || after.length >= WRAP_WIDTH;
}

/** Joins lines that a page width broke in the middle of a sentence, across blank lines. */
function joinWrapped(lines: readonly MappedText[]): MappedText[] {
  const paragraphs: MappedText[][] = [];
  let current: MappedText[] | null = null;
  let previous = '';
  for (const line of lines) {
    const text = line.text;
    if (!text) continue;
    if (current && continuesPrevious(previous, text)) current.push(line);
    else paragraphs.push((current = [line]));
    previous = text;
  }
  return paragraphs.map((parts) => concat(parts));
}

function continuesPrevious(previous: string, text: string): boolean {
  if (isTableRow(previous) || isTableRow(text)) return false;
  if (OPENS_CONTINUATION.test(text)) return true;
  if (ITEM_START.test(text) || ENDS_SENTENCE.test(previous)) return false;
  if (CONTINUES.test(previous)) return true;
  if (/报告$/.test(previous) || isHeading(previous)) return false;
  return previous.length >= WRAP_WIDTH;
}

function isTableRow(text: string): boolean {
  return text.includes('\t') || /^\|.*\|$/.test(text);
}

/** Headings are short; a longer numbered line is a paragraph of a list. */
const HEADING_WIDTH = 32;

/** A short line that opens with a heading marker and holds no full sentence. */
export function isHeading(text: string): boolean {
  return ITEM_START.test(text) && !/^[一二三四五六七八九十]{1,2}是/.test(text) && text.length <= HEADING_WIDTH && !/[。；;]./.test(text);
}

/** Removes spaces except one between two ASCII letters or digits ("III 类" → "III类", "1 2" stays). */
function squeezeSpaces(mt: MappedText): MappedText {
  return replace(mt, / +/g, (m) => {
    const before = mt.text[m.index - 1] ?? '';
    const after = mt.text[m.index + m[0].length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (const m of source.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
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
