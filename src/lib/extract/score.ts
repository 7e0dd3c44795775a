// The overall self-evaluation score and its parts.
// "自评总分为98.95分" · "自评综合得分为92.44分" · "部门绩效自评得分88.51分,其中管理效能分值40分,
// 自评得分31.5分;履行职能分值60分,自评得分57.01分" (the parts are not the total).
import { clauseAt, fact, group, matches, sentenceAt, type Doc } from '../document.ts';
import { select, type Candidate, type Extractor, type Note } from '../extractor.ts';
import { NUMBER, parseNumber } from '../numbers.ts';
import type { ScorePart } from '../schema.ts';
import { leadIn } from './context.ts';
import { inRange } from './range.ts';

const VERB = String.raw`(?:为|是|:|达到|达)?`;
const TOTAL_RULES = [
  { id: 'score/总分', rank: 0, pattern: new RegExp(String.raw`(?:自评|评价|绩效)?(?:总分|总得分|综合得分|综合评分|总评分)${VERB}(?<v>${NUMBER})分`, 'g') },
  { id: 'score/自评得分', rank: 1, pattern: new RegExp(String.raw`(?:(?:自评|评价|评分|评定)(?:得分|分数|结果)|自评分)${VERB}(?<v>${NUMBER})分`, 'g') },
  { id: 'score/经自评得分', rank: 1, pattern: new RegExp(String.raw`(?:经(?:综合)?(?:自评|评价|评定)|自评后),?(?:总|综合)?得分${VERB}(?<v>${NUMBER})分`, 'g') },
  { id: 'score/得分', rank: 2, pattern: new RegExp(String.raw`(?:最终|整体|部门整体|总体)得分${VERB}(?<v>${NUMBER})分`, 'g') },
];
/** The dimensions of the evaluation frameworks, named without a maximum ("其中履职效能46分"). */
const DIMENSION = '履职效能|管理效率|管理效能|履行职能|预算编制|预算执行|目标设定|目标管理|绩效管理|资产管理|运行成本|产出指标|效益指标|满意度指标|产出|效益|满意度';
/** "管理效能分值40分,自评得分31.5分", "管理效能40分中得31.5分", and after a total "其中履职效能46分(满分50分)". */
const PART_RULES: { pattern: RegExp; after?: RegExp }[] = [
  { pattern: new RegExp(String.raw`(?<name>[\u4e00-\u9fa5]{2,12}?)(?:分值|满分|权重)${VERB}(?<max>${NUMBER})分,?(?:自评|实际|评价)?得分${VERB}(?<score>${NUMBER})分`, 'g') },
  { pattern: new RegExp(String.raw`(?<name>[\u4e00-\u9fa5]{2,12}?)(?<max>${NUMBER})分中?(?:自评)?(?:得|获得|得分)(?<score>${NUMBER})分`, 'g') },
  {
    pattern: new RegExp(String.raw`(?<name>${DIMENSION})(?:部分)?(?:自评得分|得分|评分)?${VERB}(?<score>${NUMBER})分(?:\((?:满分|分值|权重)(?<max>${NUMBER})分\))?`, 'g'),
    after: /其中/,
  },
];
/** A score that belongs to a part, not the total: "其中…", "…指标…自评得分为92分". */
const PART_LEAD_IN = /其中|分值|满分|指标(?!体系)|模块|项目|[一二三四五六七八九十]级/;
/** Even "总分" is a part's when the clause says so. */
const PART_OF_TOTAL = /其中|分值|满分/;

export function scoreParts(doc: Doc): { parts: ScorePart[]; spans: [number, number][] } {
  const parts: ScorePart[] = [];
  const spans: [number, number][] = [];
  for (const { pattern, after } of PART_RULES) {
    for (const m of matches(doc, pattern)) {
      if (spans.some(([s, e]) => m.index < e && s < m.index + m[0].length)) continue;
      if (after && !after.test(doc.text.slice(sentenceAt(doc, m.index).start, m.index))) continue;
      const name = group(m, 'name')!.text.replace(/^(?:其中|包括|含)/, '');
      const max = group(m, 'max');
      const score = group(m, 'score')!;
      parts.push({
        name,
        max: max ? fact(doc, max.start, max.end, parseNumber(max.text)!, '分', 'score-part/max') : null,
        score: fact(doc, score.start, score.end, parseNumber(score.text)!, '分', 'score-part/score'),
      });
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return { parts, spans };
}

export const extractScore: Extractor = (doc) => {
  const notes: Note[] = [];
  const { parts, spans } = scoreParts(doc);
  const found: Candidate[] = [];
  const seen = new Set<number>();
  for (const rule of TOTAL_RULES) {
    for (const m of matches(doc, rule.pattern)) {
      const v = group(m, 'v')!;
      if (seen.has(v.start) || spans.some(([s, e]) => v.start >= s && v.start < e)) continue;
      seen.add(v.start);
      const before = rule.rank === 0 ? doc.text.slice(clauseAt(doc, m.index).start, m.index) : leadIn(doc, m.index);
      if ((rule.rank === 0 ? PART_OF_TOTAL : PART_LEAD_IN).test(before)) continue;
      found.push({ fact: fact(doc, v.start, v.end, parseNumber(v.text)!, '分', rule.id), rank: rule.rank, at: m.index });
    }
  }
  const score = inRange(select('score', '自评总分', found, notes, '“自评得分为 X 分”'), '自评总分', 0, 100, notes);
  return { fields: { score, scoreParts: parts }, notes };
};
