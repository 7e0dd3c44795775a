// Consistency checks on a finished record: what the report lets us recompute, recomputed.
// A failed check is information for the reader ("预算执行率 98.5% 与 支出/预算 91.2% 不符"), not an error.
import { fact, matches, paragraphAt, span, type Doc } from './document.ts';
import type { Fields } from './extractor.ts';
import { AMOUNT, decimals, NUMBER, parseAmount, parseCount, parseNumber, round } from './numbers.ts';
import { expenseBreakdowns, gradeOf, onHundredScale } from './derive.ts';
import { listedCounts } from './listed-counts.ts';
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

const TOTAL_INCOME = new RegExp(String.raw`(?:本年|全年|年度)?(?:总收入|收入总额|收入合计)(?:为|是|:)?(?<v>${AMOUNT})`, 'g');

function fundLines(r: Fields, doc: Doc): Check[] {
  const lines = r.fundLines ?? [];
  const checks: Check[] = [];
  const totalIncome = [...matches(doc, TOTAL_INCOME)][0];
  const income = totalIncome
    ? fact(
        doc,
        totalIncome.indices.groups!.v![0],
        totalIncome.indices.groups!.v![1],
        parseAmount(totalIncome.groups!.v!)!,
        '万元',
        'checks/income',
      )
    : null;
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

const STATED_COUNT = /(?<what>产出|效益|满意度|绩效|成本)?指标共(?:设置|设定|设|有)?(?<n>\d+|[一二两三四五六七八九十]+)个/g;

function counts(r: Fields, doc: Doc): Check[] {
  return [...matches(doc, STATED_COUNT)].map((m) => {
    const stated = parseCount(m.groups!.n!)!;
    const n = fact(doc, m.indices.groups!.n![0], m.indices.groups!.n![1] + 1, stated, '个', 'checks/count');
    // The indicators counted are those listed after the statement, in its paragraph.
    const rest = span(doc, m.index, paragraphAt(doc, m.index).end);
    const found = (r.indicators ?? []).filter((i) => i.span.start >= rest.start && i.span.start < rest.end).length;
    const ok = found === stated;
    return {
      id: 'checks/count',
      ok,
      message: `报告说${m.groups!.what ?? ''}指标共 ${stated} 个, 找到 ${found} 个${ok ? '' : ', 不符'}`,
      expected: stated,
      actual: found,
      start: n.start,
      end: n.end,
    };
  });
}

/** "参与调查的群众总人数为83人,…满意的群众人数为74人,群众满意度为89.15%": 74/83 = 89.16%. */
const COUNT = new RegExp(String.raw`(?<n>${NUMBER})(?<u>人次|人|户|件|宗|个|家|单|项|次|起)`, 'g');
const PERCENT_AFTER = new RegExp(String.raw`(?<p>${NUMBER})%`);
/** A percent belongs to the counts before it only until the next count. */
const COUNT_BREAK = new RegExp(COUNT.source);

function ratios(doc: Doc): Check[] {
  const checks: Check[] = [];
  let offset = 0;
  for (const sentence of doc.text.split(/(?<=[。\n])/)) {
    offset += sentence.length;
    const found = [...sentence.matchAll(COUNT)];
    for (let i = 1; i < found.length; i++) {
      const a = found[i - 1]!;
      const b = found[i]!;
      if (a.groups!.u !== b.groups!.u) continue;
      const after = sentence.slice(b.index + b[0].length);
      const p = PERCENT_AFTER.exec(after.split(COUNT_BREAK)[0] ?? '');
      if (!p) continue;
      const [x, y] = [parseNumber(a.groups!.n!)!, parseNumber(b.groups!.n!)!];
      const ratio = (Math.min(x, y) / Math.max(x, y)) * 100;
      const stated = parseNumber(p.groups!.p!)!;
      if (!Number.isFinite(ratio) || Math.abs(ratio - stated) >= 1) continue;
      const at = offset - sentence.length + b.index + b[0].length + after.indexOf(p[0]);
      const f = fact(doc, at, at + p[0].length, stated, '%', 'checks/ratio');
      const ok = agrees(f, ratio);
      checks.push({
        id: 'checks/ratio',
        ok,
        message: `${Math.min(x, y)}/${Math.max(x, y)} = ${ratio.toFixed(2)}%, 报告写 ${f.text}${ok ? ', 一致' : ', 不符'}`,
        expected: round(ratio, 4),
        actual: stated,
        start: f.start,
        end: f.end,
      });
    }
  }
  return checks;
}
export function runChecks(r: Fields, doc: Doc): Check[] {
  return [
    ...rate(r),
    ...gradeBand(r),
    ...scoreParts(r),
    ...deductions(r),
    ...fundLines(r, doc),
    ...counts(r, doc),
    ...listedCounts(doc),
    ...ratios(doc),
  ];
}
