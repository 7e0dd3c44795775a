// The grade as stated: 自评结果为"优" · 评价等级为良好 · 等级为"优" after the score. A grade that
// only follows from the score is added later (derive.ts), marked derived. Not the unit's grade:
// "评为优秀的子项目3个" (a count of things so graded), "该项目评价等级为良" (a project's), last year's.
import { fact, group, sentenceAt, type Doc } from '../document.ts';
import type { Extractor, Note } from '../extractor.ts';
import type { GradeFact } from '../schema.ts';
import { classify, isHeadline } from './classify.ts';
import { leadIn } from './context.ts';
import { run, type Rule } from './rule.ts';
import { allMatches } from '../all-matches.ts';

const GRADE_WORD = String.raw`["“「『]?(?<g>优秀|良好|中等|较差|优|良|中|差)["”」』]?(?![\u4e00-\u9fa5]{0,1}[率度])`;
/** "优秀的子项目": the grade names a group of things, not the unit's result. */
const QUALIFIES_A_NOUN = /^["”」』]?的|^(?:等次|档次)?的?(?:子项目|项目|单位|村|社区|个|项|家)/;
/** One phrasing per rule: "自评结果为“优”"; a bare "等级为“优”" only in a sentence about the self-evaluation. */
const grade = (id: string, pattern: RegExp, sentence?: RegExp): Rule<GradeFact> => ({
  id,
  pattern,
  key: 'g',
  decline: (doc, m) =>
    sentence && !sentence.test(sentenceAt(doc, m.index).text)
      ? 'not about the self-evaluation'
      : sentence && !ofTheUnitsScore(doc, m.index)
        ? "the grade of another score (a project's, a reviewer's)"
        : null,
  build: (doc, m) => {
    const g = group(m, 'g')!;
    const end = m.index + m[0].length;
    if (QUALIFIES_A_NOUN.test(doc.text.slice(end, end + 6)) || !isHeadline(classify(doc, m.index, g.start, g.end))) return null;
    return { ...fact(doc, g.start, g.end, 0, '等级', 'grade/stated'), value: CANONICAL[g.text]!, unit: '等级' };
  },
});
/** Who gives a score other than the unit's self-evaluation. */
const REVIEWER = /第三方|复核|审核|评审|专家|财政(?:局|部门)/;
/**
 * A bare "等级为…" grades the score named last before it: "项目支出绩效评价平均得分为88分,等级为良" is the
 * projects', "经第三方机构评价,得分为86分,等级为良" the reviewer's.
 */
function ofTheUnitsScore(doc: Doc, at: number): boolean {
  const lead = leadIn(doc, at);
  const score = lead.lastIndexOf('得分');
  if (score < 0) return true;
  const start = at - lead.length + score;
  return !REVIEWER.test(lead) && isHeadline(classify(doc, start, start + 2, start + 2));
}

const RULES = [
  grade(
    'grade/自评结果',
    new RegExp(String.raw`(?:自评|评价|绩效|评定)(?:结果|等级|等次|级别|结论)(?:为|是|:|评定为|认定为)?${GRADE_WORD}`),
  ),
  grade('grade/等级为', new RegExp(String.raw`(?:等级|等次)(?:为|是|:|评定为)${GRADE_WORD}`), /自评|评价得分|绩效得分/),
];
const CANONICAL: Record<string, GradeFact['value']> = {
  优秀: '优',
  优: '优',
  良好: '良',
  良: '良',
  中等: '中',
  中: '中',
  较差: '差',
  差: '差',
};

/**
 * A grade on a scale of its own ("评价结论为“合格”", "等级为A级", "评价结果为较好"): not one of 优/良/中/差,
 * and the score's band would contradict it, so no grade is derived either.
 */
const OTHER_SCALE =
  /(?:自评|评价|绩效|评定)(?:结果|等级|等次|级别|结论)(?:为|是|:|评定为|认定为)?["“「『]?(?<g>基本合格|不合格|合格|较好|一般|[A-D]级?)["”」』]?(?![\u4e00-\u9fa5A-Za-z])/g;
function otherScale(doc: Parameters<Extractor>[0]): Note[] {
  return allMatches(OTHER_SCALE, doc.text)
    .filter((m) =>
      isHeadline(classify(doc, m.index, m.index + m[0].indexOf(m.groups!.g!), m.index + m[0].indexOf(m.groups!.g!) + m.groups!.g!.length)),
    )
    .slice(0, 1)
    .map((m) => ({
      severity: 'warning',
      code: 'grade/other-scale',
      message: `报告的评价等级“${m.groups!.g}”不在 优/良/中/差 之列; 等级留空, 也不由得分推算`,
      field: 'grade',
      at: m.index,
    }));
}

export const extractGrade: Extractor = (doc) => {
  const notes: Note[] = otherScale(doc);
  const found = run(doc, RULES).map((f) => f.value);
  const distinct = [...new Set(found.map((f) => f.value))];
  if (distinct.length > 1) {
    const readings = distinct
      .map((v) => found.find((f) => f.value === v)!)
      .map((f) => ({ value: f.value, text: f.text, start: f.start, end: f.end, line: f.line ?? null }));
    notes.push({
      severity: 'warning',
      code: 'conflict/grade',
      message: `报告写了不同的评价等级: ${distinct.join('、')}; 等级留空`,
      field: 'grade',
      readings,
    });
    return { fields: { grade: null }, notes };
  }
  return { fields: { grade: found[0] ?? null }, notes };
};
