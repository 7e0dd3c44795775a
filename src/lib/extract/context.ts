// Where a statement stands, for rules that must tell the department's own totals from a fund's or
// a project's: "2022年我镇全年预算数…" is the whole department, "其中财政拨款全年预算数…" is not.
import { clauseAt, paragraphAt, perDoc, titlesAt, type Doc } from '../document.ts';
import { AMOUNT, PERCENT } from '../numbers.ts';
import { walk } from '../sections.ts';
import { YEAR_END } from '../vocabulary.ts';
import { coverOf } from './cover.ts';
import { entityOfTitle } from './entity.ts';
import { scopeOf } from './scope.ts';
import { findTitle } from './title.ts';
import { allMatches } from '../all-matches.ts';

/** What may stand before a total in its clause: the year, the entity, "我镇", "本部门" … */
const ENTITY = String.raw`[\u4e00-\u9fa5()]{2,40}?(?:人民政府|办事处|街道|镇|乡|苏木|局|委员会|委|中心|办公室|部门)(?:\(本级\))?`;
const WHOLE_UNIT_PREFIX = new RegExp(
  String.raw`^(?:${YEAR_END}|(?:19|20)\d{2}(?:年度?)?|${ENTITY}|我(?:街道|苏木|[镇街乡局委部单位中心办所院校站馆队会]{1,2})|本(?:年度?|街道?|苏木|[镇乡局委部单位中心办所院校站馆队]{1,2})|部门整体|整体|全(?:[镇街乡]|苏木)|全年|年度|年中|最终|累计|经核算|经统计|的|,)*$`,
);

/** A heading that runs into its paragraph: "(二)预算情况:2021年全年预算数…" (never "其中:"). */
const HEADING_LABEL = /^(?:\(?[一二三四五六七八九十\d]{1,3}[)、.])?(?!其中)[\u4e00-\u9fa5]{2,12}:/;

/** A label that ends a subject: "全年预算数", "本年总收入", "支出执行数", "预算数和执行数分别为". */
const LABEL_AT_END =
  /(?:(?:全年|年度)?预算(?:数|总额)?(?:和|与|及|、))?(?:全年|年度|年初|年中|本年)?(?:调整|追加|变动)?(?:后|后的)?(?:实际)?总?(?:支出|预算|执行|决算|收入)[\u4e00-\u9fa5]{0,5}?(?:为|是|:)?$/;
const FIRST_AMOUNT = new RegExp(`[-−]?(?:${AMOUNT}|${PERCENT})`);

/**
 * True when the statement at `at` speaks of the whole department: nothing narrower stands before
 * it in its clause, nor as the subject of its sentence part ("其他资金全年预算数…,全年执行数…").
 */
export function isWholeUnit(doc: Doc, at: number): boolean {
  const self = selfNoun(doc);
  // In a project's evaluation the unit's own totals ("我局全年预算数…") are not the project's.
  const unitInProject = (text: string) => projectScope(doc) && THE_UNIT.test(text);
  const whole = (text: string) =>
    !unitInProject(text) && (WHOLE_UNIT_PREFIX.test(text) || (self !== null && WHOLE_UNIT_PREFIX.test(text.replace(self, ''))));
  const clause = clauseAt(doc, at);
  if (namesAnotherUnit(doc, doc.text.slice(clause.start, at))) return false;
  // "我局(含下属单位)全年预算数…": what the unit includes does not narrow it.
  if (!whole(doc.text.slice(clause.start, at).replace(/\((?:含|包括|包含)[^()]*\)/g, ''))) return false;
  // A closed aside ("(其中上年度结转80万元)") speaks of a part; what follows it is the whole again.
  const lead = leadIn(doc, at)
    .replace(HEADING_LABEL, '')
    .replace(/\([^()]*\)/g, '');
  if (/其中/.test(lead)) return false;
  const first = lead.split(/,(?!\d{3}(?!\d))/)[0] ?? '';
  const amount = FIRST_AMOUNT.exec(first);
  // "预算执行率较上年下降2.1%,为95%": the comparison with last year is no subject of its own.
  const subject = (amount ? first.slice(0, amount.index) : first).replace(/(?:较|比)上年.*$/, '').replace(LABEL_AT_END, '');
  return whole(subject);
}

/** In a project's (or a fund's) own evaluation it is the whole: "本项目年度预算资金500万元", "本专项资金全年预算数…". */
const THE_PROJECT = /(?:本|该|此)?(?:项目|专项资金|补助资金|补贴资金|资金)(?:的)?/;
const projectScope = (doc: Doc) => scopeOf(doc).scope === 'project';
const THE_UNIT = /我(?:局|委|办|中心|单位|部门|镇|乡|街道|校|院)|本(?:部门|单位|局)|部门整体|全(?:局|镇|乡)/;
/**
 * The bare noun a unit calls itself by ("学校全年预算数…" in a school's report): only the noun of the
 * reporting unit's own kind, so "学校" in an education bureau's report stays a sub-unit's.
 */
const SELF_NOUNS: [RegExp, RegExp][] = [
  [/(?:学校|中学|小学|幼儿园|学院)$/, /(?:全|本)?学校/],
  [/(?:街道办事处|街道)$/, /(?:全)?街道(?:办事处)?/],
  [/医院$/, /(?:全|本)?医院/],
];

/** A report of the unit's own level ("…教育局(本级)") calls itself 本级 or 机关本级. */
const OWN_LEVEL_UNIT = /(?:\(本级\)|本级|机关)$/;
const OWN_LEVEL_NOUN = /(?:机关)?本级|机关/;

/** The unit the report is about, once per report: every total asks for it. */
const reportingUnit = perDoc((doc): string => {
  const title = findTitle(doc);
  return (title && entityOfTitle(title.text)) ?? coverOf(doc).entity?.text ?? '';
});

/** An organ's name ending in a kind of its own: "区就业创业服务中心" in a 局's report is a sub-unit. */
const ORGAN_NAME = /[\u4e00-\u9fa5]{2,30}?(?<kind>中心|局|委员会|办公室)/g;
function namesAnotherUnit(doc: Doc, text: string): boolean {
  const unit = reportingUnit(doc);
  if (!unit) return false;
  return allMatches(ORGAN_NAME, text).some((m) => !unit.endsWith(m.groups!.kind!) && !unit.includes(m[0]));
}

function selfNoun(doc: Doc): RegExp | null {
  if (projectScope(doc)) return THE_PROJECT;
  const unit = reportingUnit(doc);
  if (OWN_LEVEL_UNIT.test(unit)) return OWN_LEVEL_NOUN;
  return SELF_NOUNS.find(([kind]) => kind.test(unit))?.[1] ?? null;
}

/** The text from the last ; or 。 (or the paragraph start) up to `at`: the statement's subject. */
export function leadIn(doc: Doc, at: number): string {
  const before = doc.text.slice(paragraphAt(doc, at).start, at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('。'));
  return before.slice(cut + 1);
}

const MONEY_SECTIONS = /收支|收入|支出情况|预算.{0,3}执行|资金使用|资金管理|财务|预算情况|决算/;
const SUMMARY_SECTIONS = /自评结论|评价结论|综合评价|自评情况|总体情况|基本情况|概况/;
const PROJECT_SECTIONS = /项目/;
/** A project's money section: "项目资金情况", "资金投入及使用情况". */
const PROJECT_MONEY = /资金/;

/** Rank of a section for department totals: its money section first, then the summary. */
export function totalsRank(doc: Doc, at: number): number | null {
  const titles = titlesAt(doc, at);
  const innermost = titles[titles.length - 1] ?? '';
  if (projectScope(doc))
    return titles.some((t) => MONEY_SECTIONS.test(t) || PROJECT_MONEY.test(t)) ? 0 : titles.some((t) => SUMMARY_SECTIONS.test(t)) ? 1 : 2;
  if (MONEY_SECTIONS.test(innermost) || titles.some((t) => MONEY_SECTIONS.test(t) && !PROJECT_SECTIONS.test(t))) return 0;
  if (titles.some((t) => PROJECT_SECTIONS.test(t))) return null;
  if (titles.some((t) => SUMMARY_SECTIONS.test(t))) return 1;
  return 2;
}

/**
 * [start, end) of the department's money sections (not a project's), in order and merged: the text a
 * section so titled holds, with its subsections. Each starts at its heading's line.
 */
export const moneySections = perDoc((doc): [number, number][] => {
  const ranges: [number, number][] = [];
  // Walked parent first, so the starts come in order and a subsection lies within its section.
  for (const node of walk(doc.sections)) {
    if (!MONEY_SECTIONS.test(node.title) || PROJECT_SECTIONS.test(node.title)) continue;
    const last = ranges[ranges.length - 1];
    if (last && node.start <= last[1]) last[1] = Math.max(last[1], node.end);
    else ranges.push([node.start, node.end]);
  }
  return ranges;
});
