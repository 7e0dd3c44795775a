// Breakdowns of the totals by fund source or kind of spending, in the money section only:
// "其中一般公共预算财政拨款补助收入22,096.43万元" (income), "基本支出5,531.53万元" (expense),
// "其中财政拨款全年预算数82,079.63万元,全年执行数74,789.68万元,完成率91.1%" (budget and spending).
import { fact, group, type Doc, type Match } from '../document.ts';
import { PLAIN_LINK } from '../vocabulary.ts';
import type { Extractor } from '../extractor.ts';
import { AMOUNT, parseAmount, parseNumber, PERCENT } from '../numbers.ts';
import type { Fact, FundLine } from '../schema.ts';
import { leadIn, moneySections } from './context.ts';
import { isHeadline } from './classify.ts';
import { run, runRules, type Rule, type ValueRule } from './rule.ts';
import { moneyRows } from './table-money.ts';

const FUND = String.raw`(?:一般公共预算|政府性基金预算?|国有资本经营预算|社会保险基金|财政专户|上级补助|事业|经营|附属单位上缴|上年结转|年初结转|其他|基本|项目|人员|公用|财政)`;
/** A fund's amount: "一般公共预算财政拨款收入11256.48万元". */
const FUND_AMOUNT = new RegExp(
  String.raw`(?<label>${FUND}[\u4e00-\u9fa5]{0,12}?(?:收入|支出|拨款|资金|经费))${PLAIN_LINK}(?<amount>${AMOUNT})(?!,?(?:全年|年度)?(?:执行|支出))`,
);
/** A fund's budget and spending: "财政拨款全年预算数…,全年执行数…,完成率…". */
const FUND_BUDGET = new RegExp(
  String.raw`(?<label>${FUND}[\u4e00-\u9fa5]{0,12}?(?:收入|支出|拨款|资金|经费))(?:全年|年度|年初)?预算数?${PLAIN_LINK}(?<budget>${AMOUNT}),?(?:全年|年度)?(?:执行数|支出数|实际支出|决算数)${PLAIN_LINK}(?<amount>${AMOUNT})(?:,?(?:完成率|执行率|完成预算的)${PLAIN_LINK}(?<rate>${PERCENT}))?`,
);

function value(doc: Doc, m: Match, key: string): Fact | null {
  const g = group(m, key);
  if (!g) return null;
  const v = key === 'rate' ? parseNumber(g.text) : parseAmount(g.text);
  return v === null ? null : fact(doc, g.start, g.end, v, key === 'rate' ? '%' : '万元', `fund-line/${key}`);
}

const line = (id: string, pattern: RegExp): Rule<FundLine> => ({
  id,
  pattern,
  key: true,
  // In the money section only. A fund line crosses a line break only between a number and its unit,
  // and a section starts with its heading's line, which never starts with a unit: no match runs across its edge.
  within: moneySections,
  decline: (doc, m) =>
    inInclusiveAside(doc, m.index)
      ? 'a part of the figure before it'
      : PER_HEAD.test(doc.text.slice(Math.max(0, m.index - 8), m.index))
        ? 'a figure per head, not a total'
        : !m.groups?.budget && afterBudgetsOf(doc, m.index)
          ? 'a part of the budget before it'
          : null,
  build: (doc, m) => {
    const label = m.groups!.label!;
    return {
      label,
      flow: /收入/.test(label) ? 'income' : 'expense',
      budget: value(doc, m, 'budget'),
      amount: value(doc, m, 'amount'),
      rate: value(doc, m, 'rate'),
    };
  },
});
/**
 * "全年预算数为1,286.40万元(含上年结转资金86.40万元)": what the aside counts is a part of the figure before it
 * (here the budget), neither a fund's own budget nor what it spent.
 */
function inInclusiveAside(doc: Doc, at: number): boolean {
  const before = doc.text.slice(Math.max(0, at - 60), at);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  if (/^\((?:含|包含|包括)/.test(before.slice(open))) return true;
  // "预算总额为12,865.40万元(其中基本支出4,210.30万元,…)": the parts of a budget are not amounts spent.
  const clause = before
    .slice(0, open)
    .split(/[。;:\n]|,(?!\d)/)
    .pop()!;
  return /^\(其中/.test(before.slice(open)) && /预算/.test(clause) && !/执行|支出|决算|使用/.test(clause);
}

/**
 * "全年预算数为1,000万元,其中财政拨款900万元、其他资金100万元": what follows 其中 after a budget are parts of
 * the budget, not amounts spent ("全年执行数为950万元,其中财政拨款880万元" still are).
 */
function afterBudgetsOf(doc: Doc, at: number): boolean {
  const lead = leadIn(doc, at);
  const split = lead.lastIndexOf('其中');
  if (split < 0) return false;
  const before = lead.slice(0, split).replace(/支出预算|预算支出/g, '预算');
  return /预算/.test(before) && !/执行|支出|决算|使用|收入/.test(before);
}

/** "生均公用经费1,200元", "人均…", "每个社区补助…": a rate per head, not a fund's total. */
const PER_HEAD = /(?:生均|人均|户均|亩均|每[\u4e00-\u9fa5]{0,4})$/;

const RULES = [line('fund-line/budget', FUND_BUDGET), line('fund-line/amount', FUND_AMOUNT)];

/** The total the income lines add up to: "本年收入合计28,082.29万元". */
const INCOME_RULES: ValueRule[] = [
  {
    id: 'income/收入合计',
    pattern: new RegExp(String.raw`(?:本年|全年|年度)?(?:总收入|收入总额|收入合计)${PLAIN_LINK}(?<v>${AMOUNT})`),
    unit: '万元',
    read: parseAmount,
  },
];

export const extractFundLines: Extractor = (doc) => {
  const lines = run(doc, RULES).map((f) => f.value);
  for (const row of moneyRows(doc)) {
    if (row.total || row.project || !row.label || (!row.budget && !row.spent)) continue;
    lines.push({
      label: row.label,
      flow: /收入/.test(row.label) ? 'income' : 'expense',
      budget: row.budget,
      amount: row.spent,
      rate: row.rate,
    });
  }
  const income = runRules(doc, INCOME_RULES).find((c) => isHeadline(c.about!))?.fact ?? null;
  return { fields: { fundLines: lines, income }, notes: [] };
};
