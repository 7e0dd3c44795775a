// Title and year: "2022年度广州市白云区太和镇人民政府部门整体支出绩效自评报告" → year 2022.
// The title is the first short line near the top that names a 报告; a cover ("附件2") is skipped.
import { matches, perDoc, span, type Doc } from '../document.ts';
import type { Extractor, Note } from '../extractor.ts';
import { coverOf } from './cover.ts';

/** A report's title, or a self-evaluation form's ("…绩效自评表"). */
const TITLE = /(?:绩效|自评|评价|支出).{0,20}(?:报告|自评表|评价表)$|^关于.*报告$/;
/**
 * What may follow a title on its line: its year or status in brackets ("(2022年度)", "(自评)",
 * "(公示稿)") or the date a web page shows beside it ("2024-05-20").
 */
export const TITLE_TAIL_NOTE = /\s*(?:\([^()]{1,40}\)|(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?)$/;
const TITLE_DATE = /\s*(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?$/;
const isTitle = (text: string) => TITLE.test(text) || TITLE.test(text.replace(TITLE_TAIL_NOTE, ''));
/** "附件2" before the title; its number stops where a year begins ("附件22023年度…" once flattened). */
const COVER = /^附件\s*(?:\d{1,2}(?=\s*(?:19|20)\d{2}\s*年)|\d{0,2}(?!\d))[:.]?/;
const YEAR_IN_TITLE = /(?<year>(?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})年度?/;
const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
/** "2022" or "二〇二二" → 2022. */
const yearOf = (text: string) => Number([...text].map((ch) => CN_DIGIT[ch] ?? ch).join(''));
/** Where the body states the year of its figures: "2022年我镇全年预算数…", "2021年度部门整体…". */
const YEAR_IN_BODY = /(?<year>(?:19|20)\d{2})年度?(?=[^。\n]{0,30}(?:预算|部门整体|整体支出|自评))/g;
/** Leader dots and a page number of a flattened table of contents, run into the year or the entity. */
const PAGE_NUMBER_RUN_IN = /^[.…·_]*\d{1,3}(?=(?:19|20)\d{2}\s*年|[\u4e00-\u9fa5])/;
/** The title stands before the body, after at most a cover and a table of contents. */
const HEAD_LINES = 40;

export interface TitleLine {
  text: string;
  start: number;
  end: number;
}

/** A title that runs on into the text, as PDF text flattened with its first paragraph has it. */
const TITLE_RUN_ON = /^.{6,60}?(?:绩效自评报告|绩效评价报告|自评报告|评价报告)(?=.{20})/;

/**
 * A title broken over two lines ("岳阳市2023年度部门整体支出" / "绩效评价自评报告"): the first ends inside
 * the report's name, the second goes on with it. Joined, it is one title that names unit and year.
 */
const TITLE_HEAD = /^[^,;:。]{2,40}(?:部门|单位|整体|支出|年度|项目)$/;
const TITLE_TAIL = /^(?:部门|单位|整体|支出|绩效|项目|自评|评价)/;

/** The title, found once per document. */
export const findTitle = perDoc(searchTitle);

function searchTitle(doc: Doc): TitleLine | null {
  let offset = 0;
  let first: TitleLine | null = null;
  let previous: TitleLine | null = null;
  for (const line of doc.text.split('\n').slice(0, HEAD_LINES)) {
    const start = offset;
    offset += line.length + 1;
    const above = previous;
    previous = { text: line, start, end: start + line.length };
    // A cover's attachment number, or a contents page number run into the title ("212022年度…").
    const cover = COVER.exec(line)?.[0] ?? PAGE_NUMBER_RUN_IN.exec(line)?.[0] ?? '';
    const text = line.slice(cover.length);
    if (text.length >= 6 && text.length <= 80 && isTitle(text)) {
      if (!cover && above && TITLE_HEAD.test(above.text) && !isTitle(above.text) && TITLE_TAIL.test(text))
        return { text: above.text + text, start: above.start, end: start + line.length };
      // A web page's date beside the title is not part of it.
      const date = TITLE_DATE.exec(text)?.[0] ?? '';
      return { text: text.slice(0, text.length - date.length), start: start + cover.length, end: start + line.length - date.length };
    }
    const runOn: RegExpExecArray | null = first ? null : TITLE_RUN_ON.exec(text);
    if (runOn) first = { text: runOn[0], start: start + cover.length, end: start + cover.length + runOn[0].length };
  }
  return first;
}

/**
 * The year the title names, else the year a cover or form states on its own line ("评价年度：2022"); or
 * null. Once per document: every classified value asks for it.
 */
export const reportYear = perDoc((doc): number | null => {
  const cover = coverOf(doc).year;
  return yearInTitle(findTitle(doc)) ?? (cover ? Number(cover.text) : null);
});

function yearInTitle(title: TitleLine | null): number | null {
  const m = title ? YEAR_IN_TITLE.exec(title.text) : null;
  return m ? yearOf(m.groups!.year!) : null;
}

export const extractTitle: Extractor = (doc) => {
  const notes: Note[] = [];
  const title = findTitle(doc);
  if (!title)
    notes.push({
      severity: 'warning',
      code: 'missing/title',
      message: '没有找到报告标题 (开头几行中含“…绩效自评报告”的一行); 请确认标题在正文之前',
    });
  let year = reportYear(doc);
  if (year === null) {
    const inBody = matches(doc, YEAR_IN_BODY).next().value;
    if (inBody) {
      year = Number(inBody.groups!.year);
      notes.push({ severity: 'warning', code: 'missing/year', message: `标题中没有年度, 采用正文中的“${inBody[0]}”`, at: inBody.index });
    } else
      notes.push({ severity: 'error', code: 'missing/year', message: '标题和正文都没有写明报告年度 (如“2022年度”); 请在标题中补上年度' });
  }
  return {
    fields: { title: title?.text ?? null, titleSpan: title ? span(doc, title.start, title.end) : null, year },
    notes,
  };
};
