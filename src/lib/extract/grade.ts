// The grade as stated: 自评结果为"优" · 评价等级为良好. A grade that only follows from the score
// is added later (derive.ts), marked derived. "被评为“优”档次" in another context is not ours.
import { fact, group, matches, sentenceAt } from '../document.ts';
import type { Extractor, Note } from '../extractor.ts';
import type { GradeFact } from '../schema.ts';

const GRADE_WORD = String.raw`["“「『]?(?<g>优秀|良好|中等|较差|优|良|中|差)["”」』]?(?![\u4e00-\u9fa5]{0,1}[率度])`;
/** One phrasing per rule: "自评结果为“优”"; a bare "等级为“优”" only in a sentence about the self-evaluation. */
const RULES: { pattern: RegExp; sentence?: RegExp }[] = [
  { pattern: new RegExp(String.raw`(?:自评|评价|绩效|评定)(?:结果|等级|等次|级别|结论)(?:为|是|:|评定为|认定为)?${GRADE_WORD}`, 'g') },
  { pattern: new RegExp(String.raw`(?:等级|等次)(?:为|是|:|评定为)${GRADE_WORD}`, 'g'), sentence: /自评|评价得分|绩效得分/ },
];
const CANONICAL: Record<string, GradeFact['value']> = { 优秀: '优', 优: '优', 良好: '良', 良: '良', 中等: '中', 中: '中', 较差: '差', 差: '差' };

export const extractGrade: Extractor = (doc) => {
  const notes: Note[] = [];
  const found: GradeFact[] = [];
  const seen = new Set<number>();
  for (const { pattern, sentence } of RULES) {
    for (const m of matches(doc, pattern)) {
      const g = group(m, 'g')!;
      if (seen.has(g.start) || (sentence && !sentence.test(sentenceAt(doc, m.index).text))) continue;
      seen.add(g.start);
      found.push({ ...fact(doc, g.start, g.end, 0, '等级', 'grade/stated'), value: CANONICAL[g.text]!, unit: '等级' });
    }
  }
  const distinct = new Set(found.map((f) => f.value));
  if (distinct.size > 1) {
    notes.push({ severity: 'warning', code: 'conflict/grade', message: `报告写了不同的评价等级: ${[...distinct].join('、')}; 等级留空` });
    return { fields: { grade: null }, notes };
  }
  return { fields: { grade: found[0] ?? null }, notes };
};
