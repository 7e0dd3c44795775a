// The overall self-evaluation score and its parts.
// "自评总分为98.95分" · "自评综合得分为92.44分" · "部门绩效自评得分88.51分,其中管理效能分值40分,
// 自评得分31.5分;履行职能分值60分,自评得分57.01分" (the parts are not the total). Not the score:
// the scale ("满分100分"), another year's ("上年度自评得分91分"), a project's, a bound ("不低于90分").
import { clauseAt, fact, group, sentenceAt, type Doc } from '../document.ts';
import type { Candidate, Extractor, Note } from '../extractor.ts';
import { NUMBER, parseNumber } from '../numbers.ts';
import type { ScorePart } from '../schema.ts';
import { LINK } from '../vocabulary.ts';
import { leadIn } from './context.ts';
import { inRange } from './range.ts';
import { run, runRules, type Rule, type ValueRule } from './rule.ts';
import { select } from './select.ts';
import { column } from '../tables.ts';

/** A score that belongs to a part, not the total: "其中…", "…指标…自评得分为92分". */
const PART_LEAD_IN = /其中|分值|满分|指标(?!体系)|模块|[一二三四五六七八九十]级/;
/** Even "总分" is a part's when the clause says so. */
const PART_OF_TOTAL = /其中|分值|满分/;

/**
 * The scale of the whole evaluation, stated before the score: "满分100分,我中心自评得分88分",
 * "考核总分为150分,我苏木自评得分为138分". Not a part's ("管理效能满分40分,得分35分"): only the
 * evaluation itself may be named before it.
 */
const WHOLE_SCALE = new RegExp(
  String.raw`(?:^|,)(?:[\u4e00-\u9fa5]{0,6}?(?:考核|评价|评分|考评|本次))?(?:满分|总分|总分值)${LINK}(?<max>${NUMBER})分(?=,|$)`,
);

/** The words before a score in its statement, without a scale of the whole evaluation stated there. */
const leadOf = (doc: Doc, at: number) => leadIn(doc, at).replace(WHOLE_SCALE, '');

const partOf = (lead: RegExp, wide: boolean) => (doc: Doc, m: RegExpExecArray) =>
  lead.test(wide ? leadOf(doc, m.index) : doc.text.slice(clauseAt(doc, m.index).start, m.index)) ? 'a part' : null;

/** A bare "总分100分", or one followed by what was scored ("总分100分,自评得分98分"), is the scale. */
function scaleBeforeScore(doc: Doc, m: RegExpExecArray): string | null {
  if (/自评|评价|绩效|得|综合/.test(m[0])) return partOf(PART_OF_TOTAL, false)(doc, m);
  const rest = doc.text.slice(m.index + m[0].length, sentenceAt(doc, m.index).end);
  return /得分|评分/.test(rest) || parseNumber(m.groups!.v!) === 100 ? 'the scale' : partOf(PART_OF_TOTAL, false)(doc, m);
}

/** What every total's match ends with, its number and 分: only the lines holding one are searched, once for all the rules. */
const SCORED = /\d分/;
const score = (id: string, rank: number, label: string, decline: ValueRule['decline']): ValueRule => ({
  id,
  rank,
  unit: '分',
  read: parseNumber,
  decline,
  pattern: new RegExp(String.raw`${label}${LINK}(?<v>${NUMBER})分`),
  needs: SCORED,
});
const TOTAL_RULES: ValueRule[] = [
  score('score/总分', 0, String.raw`(?:自评|评价|绩效)?(?:总分|总得分|综合得分|综合评分|总评分)`, scaleBeforeScore),
  score('score/自评得分', 1, String.raw`(?:(?:自评|评价|评分|评定)(?:得分|分数|结果)|自评分)`, partOf(PART_LEAD_IN, true)),
  score('score/经自评得分', 1, String.raw`(?:经(?:综合)?(?:自评|评价|评定)|自评后),?(?:总|综合)?得分`, partOf(PART_LEAD_IN, true)),
  score('score/绩效得分', 1, String.raw`(?:整体支出|支出)?绩效(?:评价)?(?:总|综合)?得分`, partOf(PART_LEAD_IN, true)),
  score('score/得分', 2, String.raw`(?:最终|整体|部门整体|总体)得分`, partOf(PART_LEAD_IN, true)),
];

/** The dimensions of the evaluation frameworks, named without a maximum ("其中履职效能46分"). */
const DIMENSION =
  '履职效能|管理效率|管理效能|履行职能|预算编制|预算执行|目标设定|目标管理|绩效管理|资产管理|运行成本|产出指标|效益指标|满意度指标|产出|效益|满意度';
const NAME = String.raw`(?<name>[\u4e00-\u9fa5]{2,12}?)`;
const MAX_WORD = '(?:分值|满分|权重)';
const TOTAL_NAME = /自评|总分|综合得分/;
/**
 * A part's phrasing: its name, then the rest. Behind a lazily read name the rest (or `needs`, a part
 * of it every match holds) is searched for first, so that the name is tried only where it can end.
 */
const part = (
  id: string,
  name: string,
  rest: string,
  after?: RegExp,
  needs: RegExp | null = name === NAME ? new RegExp(rest) : null,
): Rule<ScorePart> => ({
  id,
  pattern: new RegExp(name + rest),
  ...(needs ? { needs, stops: ';。' } : {}),
  key: true,
  decline: (doc, m) => (after && !after.test(doc.text.slice(sentenceAt(doc, m.index).start, m.index)) ? 'not after its total' : null),
  build: (doc, m) => {
    const max = group(m, 'max');
    const got = group(m, 'score')!;
    const maxValue = max ? parseNumber(max.text) : null;
    const value = parseNumber(got.text);
    const name = group(m, 'name')!.text.replace(/^(?:其中|包括|含)/, '');
    // "其中,部门自评得分92分(满分100分)" names the total, not a part.
    if (value === null || TOTAL_NAME.test(name)) return null;
    return {
      name,
      max: max && maxValue !== null ? fact(doc, max.start, max.end, maxValue, '分', 'score-part/max') : null,
      score: fact(doc, got.start, got.end, value, '分', 'score-part/score'),
    };
  },
});
/** "管理效能分值40分,自评得分31.5分", "管理效能40分中得31.5分", "预算编制(满分10分)得9分", and after a total "其中履职效能46分(满分50分)". */
const PART_RULES: Rule<ScorePart>[] = [
  part(
    'score-part/分值-得分',
    NAME,
    String.raw`${MAX_WORD}${LINK}(?<max>${NUMBER})分,?(?:自评|实际|评价)?得分${LINK}(?<score>${NUMBER})分`,
  ),
  part('score-part/分中得', NAME, String.raw`(?<max>${NUMBER})分中?(?:自评)?(?:得|获得|得分)(?<score>${NUMBER})分`),
  // "部门决策(满分20分)得18分", "预算执行率(10分):得9.7分"; "预算执行率(权重20%):得分率90%,得18分", a weight in percent of the whole 100.
  part(
    'score-part/满分-得',
    NAME,
    String.raw`\((?:${MAX_WORD}${LINK})?(?<max>${NUMBER})(?:分|%)\),?:?(?:得分率${LINK}${NUMBER}%,)?(?:自评)?(?:得分|得)${LINK}(?<score>${NUMBER})分`,
  ),
  part(
    'score-part/其中维度',
    String.raw`(?<name>${DIMENSION})`,
    String.raw`(?:部分)?(?:自评得分|得分|评分)?${LINK}(?<score>${NUMBER})分(?:\(${MAX_WORD}(?<max>${NUMBER})分\))?`,
    /其中/,
    // The dimensions are words the whole report uses ("产出", "效益"): only where a number and 分 follow.
    SCORED,
  ),
  // After 其中, any part with its maximum: "其中:预算管理45分(满分50分),资产管理28分(满分30分)".
  part(
    'score-part/其中-满分',
    NAME,
    String.raw`(?:得分|得)?${LINK}(?<score>${NUMBER})分\(${MAX_WORD}${LINK}(?<max>${NUMBER})分\)`,
    /其中/,
    // The rest begins with words it may leave out: its literal part is what to look for.
    new RegExp(String.raw`分\(${MAX_WORD}`),
  ),
];

export function scoreParts(doc: Doc): { parts: ScorePart[]; spans: [number, number][] } {
  // In the order the report states them, whichever rule read each.
  const found = run(doc, PART_RULES).sort((a, b) => a.at - b.at);
  return { parts: found.map((f) => f.value), spans: found.map((f) => [f.at, f.end]) };
}

/** "92分(满分100分)", "38分(满分40分)": the maximum the score is out of, stated right after it. */
const OUT_OF = new RegExp(String.raw`^分?\((?:满分|总分)${LINK}(?<max>${NUMBER})分\)`);

/** The maximum a score is out of: stated right after it, or as the whole evaluation's scale before it. */
function withMax(doc: Doc, c: Candidate): Candidate {
  const at = c.at + (c.label?.length ?? 0);
  const value = /^\d[\d,.]*/.exec(doc.text.slice(at))?.[0] ?? '';
  const max = OUT_OF.exec(doc.text.slice(at + value.length)) ?? WHOLE_SCALE.exec(leadIn(doc, c.at));
  return max ? { ...c, fact: { ...c.fact, max: parseNumber(max.groups!.max!) } } : c;
}

const SCORE_COLUMN = /^(?:自评)?得分$/;
const WEIGHT_COLUMN = /^(?:分值|权重|满分)$/;
/** A form's last row: "总分 | … | 100 | 92.5"; a 合计 row only when its 分值 is the whole 100 (a money block's 合计 scores one part). */
const TOTAL_ROW = /^(?:总分|总得分|自评总分|综合得分|得分合计)$/;
const SUM_ROW = /^(?:合计|总计)$/;
/** A score cell: the number, and 分 after it or not ("94.6分"). */
const A_SCORE = new RegExp(`^(?<v>${NUMBER})分?$`);

/** The score in a form's totals row, out of the 分值 beside it. */
function fromTables(doc: Doc): Candidate[] {
  return doc.tables.flatMap((table) => {
    const got = column(table, SCORE_COLUMN);
    const weight = column(table, WEIGHT_COLUMN);
    if (got < 0) return [];
    return table.rows.flatMap((row) => {
      const label = row.find((c) => c.text)?.text ?? '';
      const cell = row[got];
      const max = weight >= 0 ? parseNumber(row[weight]?.text ?? '') : null;
      const score = cell ? A_SCORE.exec(cell.text) : null;
      const value = score ? parseNumber(score.groups!.v!) : null;
      if (value === null || !(TOTAL_ROW.test(label) || (SUM_ROW.test(label) && max === 100))) return [];
      return [{ fact: { ...fact(doc, cell!.start, cell!.end, value, '分', 'table/score'), max }, rank: 0, at: cell!.start }];
    });
  });
}

/**
 * The parts of a scoring sheet of three columns "指标 | 分值 | 得分 | …" whose totals row is out of 100:
 * each row above it is a part, when their 分值 add up to the total's (so the rows are its parts, not
 * indicators of a form with more levels).
 */
function partsFromTables(doc: Doc): ScorePart[] {
  return doc.tables.flatMap((table) => {
    if (column(table, WEIGHT_COLUMN) !== 1 || column(table, SCORE_COLUMN) !== 2) return [];
    const rows = table.rows.map((row) => {
      const [name, max, got] = row;
      return {
        name: name?.text ?? '',
        max,
        got,
        maxValue: parseNumber(max?.text ?? ''),
        value: got ? parseNumber(A_SCORE.exec(got.text)?.groups?.v ?? '') : null,
      };
    });
    const total = rows.findIndex((r) => TOTAL_ROW.test(r.name) || SUM_ROW.test(r.name));
    const parts = rows.slice(0, Math.max(total, 0));
    const named = (r: (typeof rows)[number]) => /^[\u4e00-\u9fa5]{2,12}$/.test(r.name) && r.maxValue !== null && r.value !== null;
    if (total < 0 || rows[total]!.maxValue !== 100 || parts.length < 2 || !parts.every(named)) return [];
    if (Math.abs(parts.reduce((sum, r) => sum + r.maxValue!, 0) - 100) > 1e-6) return [];
    return parts.map((r) => ({
      name: r.name,
      max: fact(doc, r.max!.start, r.max!.end, r.maxValue!, '分', 'table/score-part-max'),
      score: fact(doc, r.got!.start, r.got!.end, r.value!, '分', 'table/score-part'),
    }));
  });
}

export const extractScore: Extractor = (doc) => {
  const notes: Note[] = [];
  const { parts: stated, spans } = scoreParts(doc);
  const parts = [...stated, ...partsFromTables(doc)];
  const inPart = (c: Candidate) => spans.some(([s, e]) => c.at + (c.label?.length ?? 0) >= s && c.at + (c.label?.length ?? 0) < e);
  const found = [
    ...runRules(doc, TOTAL_RULES)
      .filter((c) => !inPart(c))
      .map((c) => withMax(doc, c)),
    ...fromTables(doc),
  ];
  const chosen = select('score', '自评总分', found, notes, '“自评得分为 X 分”');
  const total = inRange(chosen, '自评总分', 0, chosen?.max ?? 100, notes);
  return { fields: { score: total, scoreParts: parts }, notes };
};
