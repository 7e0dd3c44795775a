// Consistency checks on a finished record: what the report lets us recompute, recomputed.
// A failed check is information for the reader ("预算执行率 98.5% 与 支出/预算 91.2% 不符"), not an error.
import type { Fields } from './extractor.ts';
import { decimals, round } from './numbers.ts';
import { expenseBreakdowns, gradeOf, onHundredScale } from './derive.ts';
import type { Check, Fact } from './schema.ts';

/** True when `stated` is `computed` rounded to the decimals the report wrote. */
function agrees(stated: Fact, computed: number): boolean {
  const d = stated.text ? decimals(stated.text) : 2;
  return Math.abs(computed - stated.value) <= 0.5 * 10 ** -d + 1e-9;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

const fmt = (n: number) => String(round(n, 4));

function rate(r: Fields): Check[] {
  const { budget, spent, executionRate } = r;
  if (!budget || !spent || !executionRate || executionRate.derived || budget.value === 0) return [];
  const computed = (spent.value / budget.value) * 100;
  const ok = agrees(executionRate, computed);
  return [
    {
      id: 'checks/rate',
      ok,
      message: `支出/预算 = ${fmt(spent.value)}/${fmt(budget.value)} = ${computed.toFixed(2)}%, 报告写 ${executionRate.text}${ok ? ', 一致' : ', 不符'}`,
      expected: round(computed, 4),
      actual: executionRate.value,
      start: executionRate.start,
      end: executionRate.end,
    },
  ];
}

/** A stated grade against the band its score falls in (优 ≥ 90, 良 ≥ 80, 中 ≥ 60). */
function gradeBand(r: Fields): Check[] {
  const { grade, score } = r;
  if (!grade || grade.derived || !score || !onHundredScale(score)) return [];
  const band = gradeOf(score.value);
  const ok = band === grade.value;
  return [
    {
      id: 'checks/grade-band',
      ok,
      message: `自评得分 ${fmt(score.value)} 分对应等级“${band}”, 报告写“${grade.value}”${ok ? ', 一致' : ', 不符'}`,
      expected: null,
      actual: null,
      start: grade.start,
      end: grade.end,
    },
  ];
}

/** Parts add up to the total only when they are all of it: their maxima make the whole scale. */
function scoreParts(r: Fields): Check[] {
  const parts = (r.scoreParts ?? []).filter((p) => p.score);
  if (!r.score || parts.length < 2) return [];
  const scale = parts.reduce((s, p) => s + (p.max?.value ?? NaN), 0);
  if (!Number.isNaN(scale) && !near(scale, r.score.max ?? 100)) return [];
  const sum = parts.reduce((s, p) => s + p.score!.value, 0);
  const ok = near(sum, r.score.value);
  return [
    {
      id: 'checks/score-parts',
      ok,
      message: `各部分得分之和 ${fmt(sum)}, 总分 ${fmt(r.score.value)}${ok ? ', 一致' : ', 不符'}`,
      expected: round(sum, 4),
      actual: r.score.value,
      start: r.score.start,
      end: r.score.end,
    },
  ];
}

function deductions(r: Fields): Check[] {
  const list = r.deductions ?? [];
  if (!r.score || !list.length) return [];
  const computed = 100 - list.reduce((s, d) => s + d.points.value, 0);
  const ok = near(computed, r.score.value);
  return [
    {
      id: 'checks/deductions',
      ok,
      message: `100 减去扣分 = ${fmt(computed)}, 总分 ${fmt(r.score.value)}${ok ? ', 一致' : ', 不符'}`,
      expected: round(computed, 4),
      actual: r.score.value,
      start: r.score.start,
      end: r.score.end,
    },
  ];
}

function fundLines(r: Fields): Check[] {
  const lines = r.fundLines ?? [];
  const checks: Check[] = [];
  const income = r.income ?? null;
  const [byKind, byFund] = expenseBreakdowns(lines);
  const groups: [string, typeof lines, 'amount' | 'budget', Fact | null | undefined][] = [
    ['收入', lines.filter((l) => l.flow === 'income'), 'amount', income],
    [byKind!.label, byKind!.lines, 'amount', r.spent],
    [byFund!.label, byFund!.lines, 'amount', r.spent],
    ['按资金来源的预算', byFund!.lines.filter((l) => l.budget), 'budget', r.budget],
  ];
  for (const [label, group, key, total] of groups) {
    const values = group.map((l) => l[key]).filter((f): f is Fact => !!f);
    // A total derived from these lines would only be compared with itself.
    if (!total || total.derived || values.length < 2) continue;
    const sum = values.reduce((s, f) => s + f.value, 0);
    const ok = near(sum, total.value);
    // Each amount rounded to 0.01 may be off by 0.005: say so when that explains the gap.
    const rounding = !ok && Math.abs(sum - total.value) <= 0.005 * (values.length + 1) + 1e-9 ? ', 可能是各项四舍五入所致' : '';
    checks.push({
      id: 'checks/fund-lines',
      ok,
      message: `${label}各项之和 ${fmt(sum)} 万元, 合计 ${total.text}${ok ? ', 一致' : `, 相差 ${fmt(sum - total.value)} 万元${rounding}`}`,
      expected: round(sum, 4),
      actual: total.value,
      start: total.start,
      end: total.end,
    });
  }
  return checks;
}

/** A count the report states against the indicators after it, or the names it lists. */
function counts(r: Fields): Check[] {
  return (r.counts ?? []).map((c) => {
    const stated = c.count.value;
    const found =
      c.kind === 'list'
        ? c.items.length
        : (r.indicators ?? []).filter((i) => i.span.start >= c.span.start && i.span.start < c.span.end).length;
    const ok = found === stated;
    const message =
      c.kind === 'list'
        ? `报告说${c.what}共 ${stated} 个, 列出 ${found} 个${ok ? ', 一致' : ', 不符'}`
        : `报告说${c.what}共 ${stated} 个, 找到 ${found} 个${ok ? '' : ', 不符'}`;
    return {
      id: c.kind === 'list' ? 'checks/listed-count' : 'checks/count',
      ok,
      message,
      expected: stated,
      actual: found,
      start: c.count.start,
      end: c.count.end,
    };
  });
}

/** "参与调查的群众总人数为83人,…满意的群众人数为74人,群众满意度为89.15%": 74/83 = 89.16%. */
function ratios(r: Fields): Check[] {
  return (r.ratios ?? []).map(({ part, whole, percent }) => {
    const ratio = (part.value / whole.value) * 100;
    const ok = agrees(percent, ratio);
    return {
      id: 'checks/ratio',
      ok,
      message: `${part.value}/${whole.value} = ${ratio.toFixed(2)}%, 报告写 ${percent.text}${ok ? ', 一致' : ', 不符'}`,
      expected: round(ratio, 4),
      actual: percent.value,
      start: percent.start,
      end: percent.end,
    };
  });
}

/** Every check, in the order the page lists them; a pure function of the record. */
export function runChecks(r: Fields): Check[] {
  return [...rate(r), ...gradeBand(r), ...scoreParts(r), ...deductions(r), ...fundLines(r), ...counts(r), ...ratios(r)];
}
