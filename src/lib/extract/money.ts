// The department's totals: budget, spending and execution rate, in 万元 and percent.
// "全年预算数66,446.66万元,支出数66,138.47万元,预算执行率达99.54%"; a fund's or a project's
// figures ("其中财政拨款全年预算数…") are not totals and are left to fund-lines.ts and projects.ts.
import { fact, group, matches, type Doc } from '../document.ts';
import { inRange } from './range.ts';
import { moneyRows } from './table-money.ts';
import { select, type Candidate, type Extractor, type Note } from '../extractor.ts';
import { AMOUNT, PERCENT, parseAmount, parseNumber } from '../numbers.ts';
import { isWholeUnit, leadIn, totalsRank } from './context.ts';
import { reportYear } from './title.ts';

/** What joins a label to its value; a minus sign is kept for the range check to refuse. */
const VERB = String.raw`(?:为|是|达到|达|共|合计|:)?(?<neg>[-−负])?`;

/** One phrasing per rule: a label and the value it introduces. */
const BUDGET_RULES = [
  { id: 'budget/调整预算', pattern: new RegExp(String.raw`(?:全年|年度)?调整(?:后)?(?:的)?预算(?:数|总额|金额)?${VERB}(?<v>${AMOUNT})`, 'g') },
  { id: 'budget/预算数', pattern: new RegExp(String.raw`(?:全年|年度|年初)?(?:支出)?预算(?:总收支|总额|总数|数|资金|金额)${VERB}(?<v>${AMOUNT})`, 'g') },
  { id: 'budget/支出预算', pattern: new RegExp(String.raw`(?:整体)?支出预算${VERB}(?<v>${AMOUNT})`, 'g') },
  { id: 'budget/预算', pattern: new RegExp(String.raw`(?:全年|年度|年初)(?:部门)?(?:支出)?预算${VERB}(?<v>${AMOUNT})`, 'g') },
];
const SPENT_RULES = [
  { id: 'spent/执行数', pattern: new RegExp(String.raw`(?:全年|年度)?(?:支出)?执行(?:数|金额|总额)${VERB}(?<v>${AMOUNT})`, 'g') },
  { id: 'spent/支出数', pattern: new RegExp(String.raw`(?:全年|年度)?(?:实际)?(?:总)?支出(?:数|金额|总额)?${VERB}(?<v>${AMOUNT})`, 'g') },
  { id: 'spent/实际总收支', pattern: new RegExp(String.raw`(?:全年|年度)?实际(?:总收支|支出|执行)${VERB}(?<v>${AMOUNT})`, 'g') },
  { id: 'spent/决算数', pattern: new RegExp(String.raw`(?:全年|年度)?(?:支出)?决算(?:数|金额|总额)?${VERB}(?<v>${AMOUNT})`, 'g') },
];
const RATE_RULES = [
  { id: 'rate/预算执行率', pattern: new RegExp(String.raw`(?:整体)?(?:预算|资金|支出)执行率${VERB}(?<v>${PERCENT})`, 'g') },
  { id: 'rate/预算完成率', pattern: new RegExp(String.raw`预算(?:完成|支出)率${VERB}(?<v>${PERCENT})`, 'g') },
  { id: 'rate/完成预算的', pattern: new RegExp(String.raw`完成(?:全年|年度)?预算(?:的)?${VERB}(?<v>${PERCENT})`, 'g') },
  { id: 'rate/执行率达', pattern: new RegExp(String.raw`执行率${VERB}(?<v>${PERCENT})`, 'g') },
];

interface Rule {
  id: string;
  pattern: RegExp;
}

/** A statement about another year ("2023年预算安排…" in the next steps) is not this report's total. */
function otherYear(doc: Doc, at: number, year: number | null): boolean {
  const stated = /((?:19|20)\d{2})年/.exec(leadIn(doc, at));
  return year !== null && stated !== null && Number(stated[1]) !== year;
}

function candidates(doc: Doc, rules: readonly Rule[], unit: string, parse: (t: string) => number | null): Candidate[] {
  const found: (Candidate & { early: boolean })[] = [];
  const seen = new Set<number>();
  const year = reportYear(doc);
  for (const rule of rules) {
    for (const m of matches(doc, rule.pattern)) {
      const v = group(m, 'v')!;
      const value = parse(v.text);
      const rank = totalsRank(doc, m.index);
      if (value === null || rank === null || seen.has(v.start) || !isWholeUnit(doc, m.index) || otherYear(doc, m.index, year)) continue;
      seen.add(v.start);
      const neg = group(m, 'neg');
      const stated = fact(doc, neg?.start ?? v.start, v.end, neg ? -value : value, unit, rule.id);
      found.push({ fact: stated, rank, at: m.index, early: /年初/.test(m[0]) });
    }
  }
  // A budget set at the start of the year yields to the adjusted one the rate is measured on: both
  // are stated, so they are no conflict.
  return found.some((c) => !c.early) ? found.filter((c) => !c.early) : found;
}

/** The totals row of a self-evaluation form counts as much as the money section's sentence. */
function fromTables(doc: Doc, key: 'budget' | 'spent' | 'rate'): Candidate[] {
  return moneyRows(doc)
    .filter((row) => row.total && row[key])
    .map((row) => ({ fact: row[key]!, rank: 0, at: -1 }));
}

export const extractMoney: Extractor = (doc) => {
  const notes: Note[] = [];
  const budget = select('budget', '预算数', [...candidates(doc, BUDGET_RULES, '万元', parseAmount), ...fromTables(doc, 'budget')], notes, '“全年预算数 X 万元”');
  const spent = select('spent', '支出数', [...candidates(doc, SPENT_RULES, '万元', parseAmount), ...fromTables(doc, 'spent')], notes, '“支出数 X 万元”“全年执行数 X 万元”');
  const executionRate = select('executionRate', '预算执行率', [...candidates(doc, RATE_RULES, '%', parseNumber), ...fromTables(doc, 'rate')], notes, '“预算执行率 X%”“完成预算的 X%”');
  return {
    fields: {
      budget: inRange(budget, '预算数', 0, Infinity, notes),
      spent: inRange(spent, '支出数', 0, Infinity, notes),
      executionRate: inRange(executionRate, '预算执行率', 0, 150, notes),
    },
    notes,
  };
};
