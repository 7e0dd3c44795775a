// Documents that are not a self-evaluation report but share its words: a 部门决算 or 部门预算
// publication, a notice (关于开展…自评工作的通知), a plan or a rule. Named by the head of the text,
// so the diagnostic can say what the file looks like instead.
import type { Doc } from './document.ts';

/** A title stands in the first lines; a cover before it names no other genre either. */
const TITLE_LINES = 3;
/** What the file may be instead, by a line at its head. */
const OTHER_GENRES: { pattern: RegExp; name: string }[] = [
  { pattern: /部门决算|决算公开|决算说明|决算报告|决算表/, name: '部门决算公开' },
  { pattern: /部门预算|预算公开|预算说明|预算表$/, name: '部门预算公开' },
  { pattern: /^关于.{2,80}?的(?:通知|函|批复|意见)|^.{0,40}(?:通知|通告|公告)$/, name: '通知或公告' },
  // Many units' results in one list ("关于2023年度部门整体支出绩效自评结果的公示"): no unit's own report.
  { pattern: /^关于.{2,80}?(?:结果|情况)?的(?:公示|通报)$|^.{0,40}(?:结果公示|结果通报|情况通报)$/, name: '评价结果公示或通报' },
  { pattern: /(?:实施方案|工作方案|管理办法|实施细则|指标体系)$/, name: '方案或办法' },
];
/** A head line that makes it a self-evaluation whatever else it says. */
const SELF_EVALUATION = /(?:自评|评价)(?:情况)?的?(?:报告|表)/;

/** The other kind of document the text looks like, or null when it may be a self-evaluation. */
export function otherGenre(doc: Doc): string | null {
  const head = doc.text.split('\n', TITLE_LINES);
  if (head.some((line) => SELF_EVALUATION.test(line.slice(0, 80)))) return null;
  for (const line of head) {
    const hit = OTHER_GENRES.find((g) => g.pattern.test(line));
    if (hit) return hit.name;
  }
  return null;
}
