// Paragraphs back from lines: joins lines a page width broke mid-sentence (across blank lines and
// removed footers), and splits a report flattened onto one line at its headings again.
import { concat, replace, slice, type MappedText } from './mapped-text.ts';
import { INLINE_FOOTER } from './page-artifacts.ts';
import { isTableRow } from './tables.ts';
import { COVER_FIELD_LABEL as FIELD_LABEL } from './vocabulary.ts';

/** What opens a heading or a list item; such a line never continues the line before it. */
export const ITEM_START =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\(\s*[一二三四五六七八九十]{1,3}\s*\)|\d{1,2}(?:[、.](?!\d)|\s*\)|\.\s)|\(\s*\d{1,2}\s*\)|[①-⑳⑴-⒇]|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,3}[章节部分条]|附件|\|)/;
const ENDS_SENTENCE = /[。！？!?；;：:]$/;
const CONTINUES = /[，,、(（“《\-—]$/;
const OPENS_CONTINUATION = /^[，,、。；;）)”》%％]/;
/**
 * A cover's or a form head's field on a line of its own ("部门(单位)名称: …", "预 算 编 码: 906017",
 * "报告日期: …", "联系电话: …"): it neither continues the line before nor is continued by the next.
 */
const COVER_FIELD = new RegExp(String.raw`^\s*(?:${FIELD_LABEL})\s*(?:\(\s*(?:公章|盖章|签章)\s*\))?\s*:`);
/** The same label alone on its line, as a form copied one cell per line has it: its value is the next line, alone too. */
const COVER_LABEL = new RegExp(String.raw`^\s*(?:${FIELD_LABEL})\s*(?:\(\s*(?:公章|盖章|签章)\s*\))?\s*:?\s*$`);
/**
 * A line that is a whole title starts its own paragraph after a line of another kind (a prompt
 * "温馨提示:…"); a title's first half above it ("2022年度某某镇人民政府") still joins it.
 */
const WHOLE_TITLE = /^[^,;:。]{6,60}(?:绩效自评报告|绩效评价报告|自评报告|评价报告|自评表)(?:\([^()]{1,40}\))?$/;
/** A title (of a report, its form, a notice), with a note after it or not ("…自评表(2023年度)"), ends a paragraph, as a web page's title above the report does. */
const ENDS_TITLE = /(?:报告|自评表|评价表|评分表|通知|公示|通报|公告)(?:\([^()]{1,40}\))?$/;
/** Lines shorter than this are titles, labels or table cells, not text wrapped at page width. */
const WRAP_WIDTH = 16;
/** Headings are short; a longer numbered line is a paragraph of a list. */
const HEADING_WIDTH = 32;
/** A heading may have a comma ("1.产业创新发展,推动经济高质量发展"); a longer line with one is wrapped text. */
const HEADING_WITH_COMMA_WIDTH = 24;

/** A short line that opens with a heading marker and holds no full sentence. */
export function isHeading(text: string): boolean {
  const width = /[,，]/.test(text) ? HEADING_WITH_COMMA_WIDTH : HEADING_WIDTH;
  return ITEM_START.test(text) && !/^[一二三四五六七八九十]{1,2}是/.test(text) && text.length <= width && !/[。；;]./.test(text);
}

/**
 * A line's tests that continuesPrevious asks again when the line is the one before (or the one before
 * that): each is run once, when first asked.
 */
class LineTests {
  #table: boolean | undefined;
  #label: boolean | undefined;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  get table(): boolean {
    return (this.#table ??= isTableRow(this.text));
  }
  get label(): boolean {
    return (this.#label ??= COVER_LABEL.test(this.text));
  }
}
const NO_LINE = new LineTests('');

function continuesPrevious(previousLine: LineTests, line: LineTests, beforePrevious: LineTests): boolean {
  if (previousLine.table || line.table || previousLine.label || beforePrevious.label) return false;
  const previous = previousLine.text;
  const text = line.text;
  if (OPENS_CONTINUATION.test(text)) return true;
  if (
    ITEM_START.test(text) ||
    ENDS_SENTENCE.test(previous) ||
    COVER_FIELD.test(text) ||
    COVER_FIELD.test(previous) ||
    (WHOLE_TITLE.test(text) && /[:,;!?]/.test(previous))
  )
    return false;
  if (CONTINUES.test(previous)) return true;
  if (ENDS_TITLE.test(previous) || isHeading(previous)) return false;
  return previous.length >= WRAP_WIDTH;
}

/** Joins wrapped lines into paragraphs; blank lines alone do not end a paragraph. Lines in `cells` (a flattened table) stay apart. */
export function joinWrapped(lines: readonly MappedText[], cells: ReadonlySet<number> = new Set()): MappedText[] {
  return paragraphsOf(lines, cells).map((parts) => concat(parts));
}

/** The lines of each paragraph, for joinWrapped or for joining all of them in one copy. */
export function paragraphsOf(lines: readonly MappedText[], cells: ReadonlySet<number> = new Set()): MappedText[][] {
  const paragraphs: MappedText[][] = [];
  let current: MappedText[] | null = null;
  let previous = NO_LINE;
  let beforePrevious = NO_LINE;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text) continue;
    const tests = new LineTests(line.text);
    if (current && !cells.has(i) && !cells.has(i - 1) && continuesPrevious(previous, tests, beforePrevious)) current.push(line);
    else paragraphs.push((current = [line]));
    beforePrevious = current.length === 1 ? previous : NO_LINE;
    previous = tests;
  }
  return paragraphs;
}

const CN = '一二三四五六七八九十';
/** Inline heading markers of a flattened report, where a new line must have begun. */
const INLINE_MARKER = new RegExp(
  String.raw`(?<![第${CN}、.])[${CN}]{1,2}(?:、|\.(?=\s*[^\d\s]))(?![${CN}])|\([${CN}]{1,2}\)|(?<=[。;:!?\s]|情况|概况|分析|综述|职能|职责|设置|配置)\d{1,2}[.、](?!\d)|\(\d{1,2}\)`,
  'g',
);
/**
 * Words that end a heading's title, to tell it from the text that follows on the same line: the
 * longest run of up to 22 characters without digits or punctuation that ends with one of them.
 */
const TITLE_END = /^[^\d,;。:()]{0,22}(?:情况|概况|分析|综述|结论|问题|措施|建议|目标|职能|职责|设置|配置|任务|成效|效益|评价|说明|计划)/;
const FLAT_LENGTH = 400;
const FLAT_MARKERS = 3;

/** A line long enough to hold a whole report, with headings inside it. */
function isFlattened(line: MappedText): boolean {
  return line.text.length > FLAT_LENGTH && (line.text.match(INLINE_MARKER)?.length ?? 0) >= FLAT_MARKERS;
}

/** Splits a flattened line before each inline heading, and after the heading's title. */
export function unflatten(line: MappedText): MappedText[] {
  if (!isFlattened(line)) return [line];
  // Footers and Markdown heading marks run into the text belong to no paragraph.
  const text = replace(
    replace(line, INLINE_FOOTER, () => ''),
    /#{1,6}\s*/g,
    () => '',
  );
  const cuts = [...text.text.matchAll(INLINE_MARKER)].map((m) => m.index).filter((i) => i > 0);
  const pieces: MappedText[] = [];
  let start = 0;
  for (const cut of [...cuts, text.text.length]) {
    const piece = slice(text, start, cut);
    start = cut;
    const marker = INLINE_MARKER.exec(piece.text);
    INLINE_MARKER.lastIndex = 0;
    const after = marker?.index === 0 ? marker[0].length : 0;
    const title = after ? TITLE_END.exec(piece.text.slice(after)) : null;
    const split = title ? after + title[0].length : 0;
    if (split && split < piece.text.length) pieces.push(slice(piece, 0, split), slice(piece, split));
    else pieces.push(piece);
  }
  return pieces.map((p) => slice(p, p.text.search(/\S|$/))).filter((p) => p.text.trim());
}
