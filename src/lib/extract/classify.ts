// What a candidate value is about, read from the clause and sentence around it before any value is
// chosen: "下属综合保障中心年度预算为860万元" is a sub-unit's, "上年度自评得分91分" another year's,
// "截至6月底预算执行率为48%" a point inside the year, "执行率在95%以上" a bound, "满分100分" a scale.
import { clauseAt, type Doc } from '../document.ts';
import {
  BOUND_AFTER,
  BOUND_BEFORE,
  CATEGORY_WORDS,
  ESTIMATE_AFTER,
  ESTIMATE_BEFORE,
  FUND_WORDS,
  IN_YEAR,
  oneOf,
  OTHER_YEAR_WORDS,
  PROJECT_WORDS,
  SCALE_WORDS,
  SUB_UNIT_WORDS,
} from '../vocabulary.ts';
import { leadIn } from './context.ts';
import { scopeOf } from './scope.ts';
import { reportYear } from './title.ts';
import { allMatches } from '../all-matches.ts';

export type Subject = 'unit' | 'sub-unit' | 'project' | 'fund' | 'category';
export type Time = 'year' | 'other-year' | 'in-year';
export type Qualifier = 'exact' | 'bound' | 'estimate';
export type Measure = 'value' | 'scale';

export interface Classification {
  subject: Subject;
  time: Time;
  qualifier: Qualifier;
  measure: Measure;
}

/** Only these may fill a headline field. */
export function isHeadline(c: Classification): boolean {
  return c.subject === 'unit' && c.time === 'year' && c.qualifier === 'exact' && c.measure === 'value';
}

/** How a classification reads in a diagnostic: "下属单位的", "上年的", "下限", "满分". */
export function describe(c: Classification): string {
  const parts = [
    { 'sub-unit': '下属单位的', project: '项目的', fund: '分项资金的', category: '某类支出的', unit: '' }[c.subject],
    { 'other-year': '其他年度的', 'in-year': '年内某时点的', year: '' }[c.time],
    { bound: '界限值(以上/不低于…)', estimate: '约数', exact: '' }[c.qualifier],
    { scale: '分值或满分', value: '' }[c.measure],
  ];
  return parts.filter(Boolean).join('、') || '本单位本年度的值';
}

const SUBJECTS: [Subject, RegExp][] = [
  ['sub-unit', new RegExp(oneOf(SUB_UNIT_WORDS))],
  ['project', new RegExp(oneOf(PROJECT_WORDS))],
  ['fund', new RegExp(oneOf(FUND_WORDS))],
  ['category', new RegExp(oneOf(CATEGORY_WORDS))],
];
/** "部门整体", "全镇", "本单位": the subject is the whole unit whatever else the clause names. */
const WHOLE = /部门整体|整体支出|单位整体|全(?:[镇乡街局]|苏木)|本(?:单位|部门)|我(?:单位|部门)/;
const OTHER_YEAR = new RegExp(oneOf(OTHER_YEAR_WORDS));
const IN_YEAR_RE = new RegExp(IN_YEAR);
const YEAR = /((?:19|20)\d{2})年/g;
const BOUND_BEFORE_RE = new RegExp(`${oneOf(BOUND_BEFORE)}$`);
const ESTIMATE_BEFORE_RE = new RegExp(`${oneOf(ESTIMATE_BEFORE)}(?:为|是)?$`);
// A score's value stops before its 分: "90分以上", "80分左右".
const BOUND_AFTER_RE = new RegExp(`^分?${oneOf(BOUND_AFTER)}`);
const ESTIMATE_AFTER_RE = new RegExp(`^分?${oneOf(ESTIMATE_AFTER)}`);
const SCALE_RE = new RegExp(oneOf(SCALE_WORDS));
/** "执行率在95%以上": 在 … 以上 brackets a bound. */
const IN_BRACKET = /在$/;
/** One end of a range ("95%-98%", "85分至90分", "5,000万元～5,200万元"), or one of two readings ("95%/98%"): no single value. */
const RANGE_AFTER = /^分?\s*(?:[-~～—–/]|至|到)\s*\d/;

/** Where the last mention of a subject ends in `text`, or -1. */
function lastEnd(re: RegExp, text: string): number {
  let global = globals.get(re);
  if (!global) globals.set(re, (global = new RegExp(re.source, 'g')));
  let end = -1;
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) end = m.index + m[0].length;
  return end;
}
const globals = new WeakMap<RegExp, RegExp>();

/**
 * The subject of a statement: what its clause names before the label, else its sentence part's
 * subject. Of several, the last named narrows the ones before it: "全镇各村(社区)平均得分" is the
 * villages', "本部门项目支出" a kind of spending, "我镇下属单位" a sub-unit's.
 */
function subjectOf(clausePrefix: string, lead: string): Subject {
  // A closed aside ("8000万元(含上年结转200万元)", "我局(含下属单位)") names a part or what is included, not the subject.
  const asides = (text: string) => text.replace(/\([^()]*\)/g, '');
  for (const text of [asides(clausePrefix), asides(lead).split(/[,;]/)[0] ?? '']) {
    const named: [Subject, number][] = [
      ['unit', lastEnd(WHOLE, text)],
      ...SUBJECTS.map(([s, re]): [Subject, number] => [s, lastEnd(re, text)]),
    ];
    const last = named.filter(([, end]) => end >= 0).sort((a, b) => b[1] - a[1])[0];
    if (last) return last[0];
  }
  return 'unit';
}

/** A year named only to compare with ("较2022年度的90分下降3.3分"): it dates that clause, not the sentence. */
const COMPARED_YEAR = /(?:较|比|与|同比)(?:19|20)\d{2}年度?/g;

function timeOf(clausePrefix: string, lead: string, year: number | null): Time {
  if (IN_YEAR_RE.test(clausePrefix)) return 'in-year';
  if (OTHER_YEAR.test(clausePrefix)) return 'other-year';
  const other = (text: string) => year !== null && allMatches(YEAR, text).some((m) => Number(m[1]) !== year);
  if (other(clausePrefix) || other(lead.replace(COMPARED_YEAR, ''))) return 'other-year';
  return 'year';
}

/**
 * Classifies the value at [valueStart, valueEnd) of a match that starts at `at`. The label is what
 * lies between `at` and the value; the qualifier is read right at the value's edges.
 */
export function classify(doc: Doc, at: number, valueStart: number, valueEnd: number): Classification {
  const clause = clauseAt(doc, at);
  const clausePrefix = doc.text.slice(clause.start, at);
  const lead = leadIn(doc, at);
  const before = doc.text.slice(Math.max(clause.start, valueStart - 4), valueStart);
  const after = doc.text.slice(valueEnd, valueEnd + 4);
  const label = doc.text.slice(at, valueStart);
  let qualifier: Qualifier = 'exact';
  if (
    BOUND_BEFORE_RE.test(before) ||
    BOUND_AFTER_RE.test(after) ||
    (IN_BRACKET.test(before) && /^以[上下内]/.test(after)) ||
    RANGE_AFTER.test(doc.text.slice(valueEnd, valueEnd + 8))
  )
    qualifier = 'bound';
  else if (ESTIMATE_BEFORE_RE.test(before) || ESTIMATE_AFTER_RE.test(after)) qualifier = 'estimate';
  const subject = subjectOf(clausePrefix, lead);
  return {
    // In a project's own evaluation the project is the subject of its figures.
    subject: subject === 'project' && scopeOf(doc).scope === 'project' ? 'unit' : subject,
    time: timeOf(clausePrefix + label, lead, reportYear(doc)),
    qualifier,
    measure: SCALE_RE.test(clausePrefix + label) || /^\(满分/.test(doc.text.slice(valueStart - 3, valueStart)) ? 'scale' : 'value',
  };
}
