// What a PDF or a word processor adds around the text and is not part of it: page footers
// ("— 3 —", "第 3 页 共 12 页", a bare page number), Markdown decoration (## headings, **bold**,
// list markers) and a table of contents ("目录" followed by the headings again).
import { replace, slice, type MappedText } from './mapped-text.ts';

// One pattern for all (case does not matter to the others), since it is tried on every line.
const FOOTER = new RegExp(
  [
    /^[—–―\-~]{1,3}\s*\d{1,4}\s*[—–―\-~]{1,3}$/, // — 2 —, - 3 -
    /^第\s*\d{1,4}\s*页\s*[,/]?\s*(?:共\s*\d{1,4}\s*页)?$/, // 第 3 页 共 12 页
    /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3 / 12
    /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/,
  ]
    .map((re) => re.source)
    .join('|'),
  'i',
);
/** The same footers inside a line, where a flattened report keeps them. */
export const INLINE_FOOTER = /[—–―~]{1,3}\s*\d{1,4}\s*[—–―~]{1,3}|-\s\d{1,4}\s-|第\s*\d{1,4}\s*页\s*[,/]?\s*共\s*\d{1,4}\s*页/g;
const BARE_NUMBER = /^\d{1,3}$/;
/** Lines at least this long are running text; a bare number between them is a page number. */
const TEXT_WIDTH = 16;

/** Drops Markdown decoration (list markers, heading hashes, bold) and surrounding space. */
export function cleanLine(line: MappedText): MappedText {
  if (!line.text) return line;
  const unbold = trim(line.text.includes('**') || line.text.includes('__') ? replace(line, /\*\*|__/g, () => '') : line);
  // "- 15 -" is a footer (isFooter drops it), not a list item "15 -". Most lines have no marker: that test first.
  if (!MARKER_LEAD.test(unbold.text) || FOOTER.test(unbold.text)) return unbold;
  return trim(replace(unbold, MARKERS, () => ''));
}

const MARKERS = /^\s*(?:#{1,6}\s+|[-*+•·]\s+|>\s*)+/g;
/** What every marker starts with, tested first: most lines have none, and a test costs less than a replace. */
const MARKER_LEAD = /^\s*[-#*+•·>]/;

/** Trims white space; in a tab-separated row only spaces, since leading empty cells are merged cells. */
export function trim(mt: MappedText): MappedText {
  const { text } = mt;
  if (!text.includes('\t')) {
    // String trimming removes exactly what \s matches.
    const start = text.length - text.trimStart().length;
    return slice(mt, start, Math.max(start, text.trimEnd().length));
  }
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return slice(mt, start, end);
}

export function isFooter(lines: readonly MappedText[], i: number): boolean {
  const text = lines[i]!.text;
  if (FOOTER.test(text)) return true;
  if (!BARE_NUMBER.test(text)) return false;
  // A bare number is a page number only next to running text, not among table cells.
  // Other footers at the same page break do not count as neighbours.
  const near = (step: number) => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step) {
      const text = lines[k]!.text;
      if (text && !FOOTER.test(text)) return text;
    }
    return '';
  };
  return near(-1).length >= TEXT_WIDTH || near(1).length >= TEXT_WIDTH;
}

const TOC = /^目\s*录$/;
/** A TOC entry without its leader dots and page number: "一、基本情况……3" → "一、基本情况". */
const entry = (text: string) => text.replace(/[.…·_\-\s]*\d*$/, '');

/** A line of a table of contents: a heading, or anything ending in a page number. */
const TOC_ENTRY =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\(?[一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、]|第.{1,3}[章节部分])|(?:\t|\s|[.…·_]{2,})\d{1,3}$/;

/** Indexes of the lines of a table of contents: "目录" and its entries, up to the first line that is not one. */
export function tableOfContents(lines: readonly MappedText[]): Set<number> {
  const drop = new Set<number>();
  const at = lines.findIndex((l) => TOC.test(l.text));
  if (at < 0) return drop;
  let first: string | null = null;
  for (let i = at + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!text) continue;
    // The body repeats the first entry; a line that is no entry (the title) ends the contents too.
    if ((first !== null && entry(text) === first) || !TOC_ENTRY.test(text) || text.length > 60) break;
    first ??= entry(text);
    drop.add(i);
  }
  if (drop.size) drop.add(at);
  return drop;
}
