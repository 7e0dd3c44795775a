// Key projects with their money, in sentences or in a table of projects: "广东省广州市白云区新农村基础设施建设项目全年预算数为1,797万元,
// 执行数为1,797万元,完成预算的100%".
import { fact, group, span, type Doc, type Match } from '../document.ts';
import { PLAIN_LINK } from '../vocabulary.ts';
import type { Extractor } from '../extractor.ts';
import { AMOUNT, parseAmount, parseNumber, PERCENT } from '../numbers.ts';
import type { Fact, Project } from '../schema.ts';
import { run, type Rule } from './rule.ts';
import { moneyRows } from './table-money.ts';

const KIND = String.raw`(?:项目|工程|经费|专项)`;
const BUDGET = String.raw`(?:资金)?(?:全年|年度|年初)?(?:预算数?|预算金额|预算资金|安排资金|安排)`;
const NAME_PREFIX = /^(?:其中|\d{4}年度?|该|本)+/;

function money(doc: Doc, m: Match, key: string, rule: string): Fact | null {
  const g = group(m, key);
  if (!g) return null;
  const value = key === 'rate' ? parseNumber(g.text) : parseAmount(g.text);
  return value === null ? null : fact(doc, g.start, g.end, value, key === 'rate' ? '%' : '万元', rule);
}

/** One phrasing: a project's name, its budget, then optionally what was spent and the rate. */
const RULES: Rule<Project>[] = [
  {
    id: 'project/sentence',
    pattern: new RegExp(
      String.raw`(?<name>[^,;。:\n]{4,60}?${KIND})${BUDGET}${PLAIN_LINK}(?<budget>${AMOUNT}),?` +
        String.raw`(?:(?:全年|实际|年度)?(?:执行数?|支出数?|支出金额|实际支出|已支付|已支出|支付|使用)${PLAIN_LINK}(?<spent>${AMOUNT}))?` +
        String.raw`(?:,?(?:完成预算的|预算执行率为?|执行率为?|完成率为?)(?<rate>${PERCENT}))?`,
    ),
    needs: new RegExp(String.raw`${KIND}${BUDGET}${PLAIN_LINK}${AMOUNT}`),
    stops: ';。',
    build: (doc, m) => {
      const raw = m.groups!.name!;
      const name = raw.replace(NAME_PREFIX, '');
      if (name.length < 4) return null;
      const start = m.index + raw.length - name.length;
      return {
        name,
        budget: money(doc, m, 'budget', 'project/budget'),
        spent: money(doc, m, 'spent', 'project/spent'),
        rate: money(doc, m, 'rate', 'project/rate'),
        span: span(doc, start, m.index + m[0].length),
      };
    },
  },
];

export const extractProjects: Extractor = (doc) => {
  const projects = run(doc, RULES).map((f) => f.value);
  for (const row of moneyRows(doc)) {
    if (!row.project || !row.label || (!row.budget && !row.spent)) continue;
    projects.push({ name: row.label, budget: row.budget, spent: row.spent, rate: row.rate, span: span(doc, row.start, row.end) });
  }
  return { fields: { projects }, notes: [] };
};
