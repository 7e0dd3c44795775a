// The department's totals: budget, spending and execution rate, in 万元 and percent.
// "全年预算数66,446.66万元,支出数66,138.47万元,预算执行率达99.54%"; a fund's or a project's
// figures ("其中财政拨款全年预算数…") are not totals and are left to fund-lines.ts and projects.ts.
import type { Doc } from '../document.ts';
import type { Candidate, Extractor, Note } from '../extractor.ts';
import { AMOUNT, parseAmount, parseNumber, PERCENT } from '../numbers.ts';
import { LINK, MINUS } from '../vocabulary.ts';
import { isWholeUnit, totalsRank } from './context.ts';
import { inRange } from './range.ts';
import { runRules, type ValueRule } from './rule.ts';
import { select } from './select.ts';
import { moneyRows, type MoneyRow } from './table-money.ts';

/**
 * A figure stated after its change from last year ("较上年下降1.3%,为97.18%") is read by a rule that
 * starts with a look behind, tried at every position: only lines with such a change are searched.
 */
const AFTER_CHANGE = /(?:较|比)上年/;

/** What joins a label to its value; a minus sign is kept for the range check to refuse. */
const VERB = String.raw`${LINK}(?<neg>${MINUS}|负)?`;
const amount = (id: string, label: string, needs?: RegExp): ValueRule => ({
  id,
  ...(needs ? { needs } : {}),
  pattern: new RegExp(String.raw`${label}${VERB}(?<v>${AMOUNT})`),
  unit: '万元',
  read: parseAmount,
  decline: notWholeUnit,
});
const percent = (id: string, label: string, needs?: RegExp): ValueRule => ({
  id,
  ...(needs ? { needs } : {}),
  pattern: new RegExp(String.raw`${label}${VERB}(?<v>${PERCENT})`),
  unit: '%',
  read: parseNumber,
  decline: notWholeUnit,
});

function notWholeUnit(doc: Doc, m: RegExpExecArray): string | null {
  return isWholeUnit(doc, m.index) ? null : 'not the whole unit';
}

/** "全年预算数和执行数分别为5,600万元和5,400万元": both labels, then both amounts in their order. */
const BOTH = String.raw`(?:全年|年度)?预算(?:数|总额)?(?:和|与|及|、)(?:全年|年度)?(?:实际)?(?:执行|支出)(?:数|额|总额)?分别(?:为|是|达到|达)`;
/**
 * "年初预算数、全年预算数、全年执行数分别为2,150万元、2,380.50万元、2,301.26万元": the year-start budget,
 * the budget the year ended with, then what was spent — the second amount is the budget, the third the spending.
 */
const THREE = String.raw`年初预算(?:数|总额)?、(?:全年|调整后(?:的)?)预算(?:数|总额)?、(?:全年|年度)?(?:实际)?(?:执行|支出)(?:数|额|总额)?分别(?:为|是)`;

/** One phrasing per rule: a label and the value it introduces. */
const BUDGET_RULES: ValueRule[] = [
  // "调整预算为3,350万元" is the adjusted budget; "追加预算420.50万元" only what was added, unless 后 says the result.
  amount('budget/调整预算', String.raw`(?:全年|年度|年中)?(?:调整(?:后)?|(?:追加|变动)后)(?:的)?(?:部门)?预算(?:数|总额|金额)?`),
  amount('budget/预算数', String.raw`(?:全年|年度|年初)?(?:支出)?预算(?:总收支|总额|总数|数|资金|金额)`),
  amount('budget/支出预算', String.raw`(?:整体)?支出预算`),
  amount('budget/预算支出', String.raw`(?:全年|年度)?预算支出(?:总额|数)?`),
  amount('budget/预算', String.raw`(?:全年|年度|年初)(?:部门)?(?:支出)?预算`),
  // "全年预算数较上年增长12.5%,达到5,600万元": the change compares with last year, the amount after it is this year's.
  amount('budget/分别为', BOTH),
  // "2023年度岗嘎镇预算为1,126.50万元": a bare 预算 after the unit's own name (the clause must name nothing narrower).
  amount('budget/单位预算为', String.raw`预算(?=为)`),
  amount('budget/三项分别为', String.raw`${THREE}${AMOUNT}、`),
  amount(
    'budget/较上年后',
    String.raw`(?<=(?:全年|年度)?预算(?:数|总额)?(?:较|比)上年[^,。;]{0,12}(?:%|万元|个百分点),)(?:达到|达|为)`,
    AFTER_CHANGE,
  ),
];
const SPENT_RULES: ValueRule[] = [
  amount('spent/执行数', String.raw`(?:全年|年度)?(?:支出)?执行(?:数|金额|总额)`),
  amount('spent/支出数', String.raw`(?:全年|年度)?(?:实际)?(?:总)?支出(?:数|金额|总额)?`),
  amount('spent/实际总收支', String.raw`(?:全年|年度)?实际(?:总收支|支出|执行)`),
  amount('spent/决算数', String.raw`(?:全年|年度)?(?:支出)?决算(?:数|金额|总额)?`),
  amount('spent/累计支出', String.raw`累计(?:支出|执行|使用)`),
  // "全年预算1.25亿元,全年执行1.21亿元": a bare 执行 after the year word, as the bare 预算 before it.
  amount('spent/全年执行', String.raw`(?:全年|年度)(?:实际)?执行`),
  amount('spent/分别为', String.raw`${BOTH}${AMOUNT}(?:和|与|及|、|,)`),
  amount('spent/三项分别为', String.raw`${THREE}${AMOUNT}、${AMOUNT}(?:、|和|及)`),
  amount(
    'spent/较上年后',
    String.raw`(?<=(?:全年|年度)?(?:实际)?(?:支出|执行)(?:数|总额)?(?:较|比)上年[^,。;]{0,12}(?:%|万元|个百分点),)(?:达到|达|为)`,
    AFTER_CHANGE,
  ),
];
const RATE_RULES: ValueRule[] = [
  percent('rate/预算执行率', String.raw`(?:整体)?(?:预算|资金|支出)执行率`),
  percent('rate/预算完成率', String.raw`预算(?:完成|支出)率`),
  percent('rate/完成预算的', String.raw`完成(?:全年|年度)?预算(?:的)?`),
  percent('rate/执行率达', String.raw`执行率`),
  // "执行率较上年提高5个百分点,达到96.10%", "执行率比上年下降2.1%,为95%": the change compares with last year, the rate after it is this year's.
  percent('rate/较上年后', String.raw`(?<=执行率(?:较|比)上年[^,。;]{0,12}(?:个百分点|%),)(?:达到|达|为)`, AFTER_CHANGE),
];

/** A budget set at the start of the year yields to the adjusted one the rate is measured on: both are stated, so they are no conflict. */
function adjustedOverInitial(found: Candidate[]): Candidate[] {
  // A label that lists the year-start budget with others ("年初预算数、全年预算数…分别为") has chosen its own amount.
  const early = (c: Candidate) => /年初/.test(c.label ?? '') && !/分别/.test(c.label ?? '');
  return found.some((c) => !early(c)) ? found.filter((c) => !early(c)) : found;
}

/** The totals row of a self-evaluation form counts as much as the money section's sentence. */
function fromTables(doc: Doc, key: 'budget' | 'spent' | 'rate', notes: Note[]): Candidate[] {
  const rows = moneyRows(doc);
  return rows
    .filter((row) => row.total && row[key])
    .filter((row) => {
      if (!unfilled(row, rows)) return true;
      if (key === 'budget')
        notes.push({
          severity: 'warning',
          code: 'invalid/unfilled-total',
          message: `表中“${row.label || '合计'}”一行的金额都是 0, 而其中各项不是: 合计未填 (公式未计算), 不作为预算数或支出数采用; 请核对原表`,
          at: row.start,
        });
      return false;
    })
    .map((row) => ({ fact: row[key]!, rank: 0, at: -1 }));
}

/** A totals row of zeros over parts that are not ("年度资金总额 0 0 0 | 其中:当年财政拨款 202.64 …"): a sum left uncomputed. */
function unfilled(total: MoneyRow, rows: readonly MoneyRow[]): boolean {
  const zero = [total.budget, total.spent].every((f) => !f || f.value === 0);
  return zero && rows.some((r) => !r.total && !r.project && r.start > total.start && [r.budget, r.spent].some((f) => f && f.value > 0));
}

export const extractMoney: Extractor = (doc) => {
  const notes: Note[] = [];
  const rank = (at: number) => totalsRank(doc, at);
  const found = (rules: ValueRule[]) => runRules(doc, rules, rank);
  const budget = select(
    'budget',
    '预算数',
    [...adjustedOverInitial(found(BUDGET_RULES)), ...fromTables(doc, 'budget', notes)],
    notes,
    '“全年预算数 X 万元”',
  );
  const spent = select(
    'spent',
    '支出数',
    [...found(SPENT_RULES), ...fromTables(doc, 'spent', notes)],
    notes,
    '“支出数 X 万元”“全年执行数 X 万元”',
  );
  const executionRate = select(
    'executionRate',
    '预算执行率',
    [...found(RATE_RULES), ...fromTables(doc, 'rate', notes)],
    notes,
    '“预算执行率 X%”“完成预算的 X%”',
  );
  return {
    fields: {
      budget: inRange(budget, '预算数', 0, Infinity, notes),
      spent: inRange(spent, '支出数', 0, Infinity, notes),
      executionRate: inRange(executionRate, '预算执行率', 0, 150, notes),
    },
    notes,
  };
};
