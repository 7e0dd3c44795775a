// Documents that are not a self-evaluation report but share its words: a 部门决算 or 部门预算
// publication, a notice (关于开展…自评工作的通知), a plan or a rule. Named by the head of the text,
// so the diagnostic can say what the file looks like instead.
import type { Doc } from './document.ts';

/**
 * A title stands in the first lines; a cover, or a web page's name and column ("2022年财政经费决算")
 * before it, names no other genre either. Only the start of a line counts: a long one is text run together.
 */
const TITLE_LINES = 6;
const TITLE_WIDTH = 80;
/** What the file may be instead, by a line at its head. */
const OTHER_GENRES: { pattern: RegExp; name: string }[] = [
  // "预决算" names a site's column for budgets and final accounts alike, where self-evaluations are published too.
  { pattern: /(?<!预)(?:(?:部门|单位|经费|财务)决算|决算公开|决算说明|决算报告|决算表)/, name: '部门决算公开' },
  { pattern: /部门预算|预算公开|预算说明|预算表$/, name: '部门预算公开' },
  { pattern: /^关于.{2,80}?的(?:通知|函|批复|意见)|^.{0,40}(?:通知|通告|公告)$/, name: '通知或公告' },
  // A finance bureau's review of a unit's self-evaluation ("关于…自评报告的审核意见"): its figures are the reviewer's.
  { pattern: /^[^,。;:]{0,30}?关于.{2,80}?的(?:审核|复核|核查|评审|审查)(?:意见|结果|报告)/, name: '对自评报告的审核或复核意见' },
  // Many units' results in one list ("关于2023年度部门整体支出绩效自评结果的公示"): no unit's own report.
  { pattern: /^关于.{2,80}?(?:结果|情况)?的(?:公示|通报)$|^.{0,40}(?:结果公示|结果通报|情况通报)$/, name: '评价结果公示或通报' },
  { pattern: /(?:实施方案|工作方案|管理办法|实施细则|指标体系)$/, name: '方案或办法' },
  // Monitoring during the year ("…绩效运行监控报告"): its figures are the year's so far, not its end.
  { pattern: /绩效(?:运行)?监控(?:情况)?(?:报告|表)|运行监控(?:情况)?(?:报告|表)/, name: '绩效运行监控报告 (年中, 不是年度自评)' },
  // The targets set before the year ("…绩效目标申报表"), with no actuals: a plan, not its evaluation.
  { pattern: /绩效目标(?:申报|批复|设定)?表|绩效目标(?:申报|批复)/, name: '绩效目标申报表 (年初的计划, 不是自评)' },
];
/**
 * A head line that makes it a self-evaluation, unless another genre is named before it: not the name
 * of an attached file ("…项目支出绩效自评表(2022年度).xlsx" listed on a 决算 page).
 */
const SELF_EVALUATION = /(?:自评|评价)(?:情况)?的?(?:报告|表)(?!\s*(?:\([^()]*\))?\s*\.(?:xlsx?|docx?|pdf|wps|et)\b)/;

/** How far a 决算 publication's own parts are looked for when its head names none (its contents came first). */
const BODY_LINES = 60;
/** The parts every 部门决算 publication has, as headings: "第二部分 部门决算表", "收入支出决算总体情况说明". */
const FINAL_ACCOUNTS_PART =
  /^(?:第[一二三四五六七八九十]+部分\s*)?(?:[一二三四五六七八九十]+[、.])?\s*.{0,12}(?:部门决算表|单位决算表|决算情况说明|收入支出决算总表|收入支出决算总体情况说明)/;
/** A self-evaluation's title anywhere near the top keeps the document in. */
const SELF_EVALUATION_TITLE = /(?:自评|评价)(?:情况)?的?(?:报告|表)$/;

/** The other kind of document the text looks like, or null when it may be a self-evaluation. */
export function otherGenre(doc: Doc): string | null {
  return byHead(doc) ?? byParts(doc);
}

/** A 决算 publication whose contents or unit came before its title: told by its parts' headings, unless a self-evaluation's title stands among them. */
function byParts(doc: Doc): string | null {
  const lines = doc.text.split('\n', BODY_LINES);
  if (lines.some((l) => SELF_EVALUATION_TITLE.test(l.slice(0, TITLE_WIDTH)))) return null;
  const heading = (l: string) => l.length <= 30 && !/[,。;]/.test(l) && FINAL_ACCOUNTS_PART.test(l);
  return lines.filter(heading).length >= 2 ? '部门决算公开' : null;
}

function byHead(doc: Doc): string | null {
  // Whichever the head names first decides: the self-evaluation's title, or another genre's.
  for (const line of doc.text.split('\n', TITLE_LINES).map((l) => l.slice(0, TITLE_WIDTH))) {
    const self = line.search(SELF_EVALUATION);
    const other = OTHER_GENRES.map((g) => ({ name: g.name, at: line.search(g.pattern) }))
      .filter((g) => g.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    // "部门预算项目支出绩效自评表": one title, of a self-evaluation, that names the budget it evaluates.
    const rest = self >= 0 ? line.slice(self).replace(SELF_EVALUATION, '') : '';
    const oneTitle =
      other !== undefined && self > other.at && /^[\u4e00-\u9fa5\d]*$/.test(line.slice(other.at, self)) && /^\s*(?:\(|$)/.test(rest);
    if (self >= 0 && (!other || self <= other.at || oneTitle)) return null;
    if (other) return other.name;
  }
  return null;
}
