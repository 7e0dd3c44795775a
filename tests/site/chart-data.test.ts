import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/schema.ts';
import {
  ALL_YEARS,
  asDistribution,
  BUDGET_SPENT,
  chartData,
  compareData,
  drawnCount,
  EXECUTION_RATE,
  GRADE_BANDS,
  INDICATORS,
  jsonForScript,
  SCORE,
  yearsOf,
} from '../../src/site/chart-data.ts';
import { record, reportNames } from '../helpers/reports.ts';

const reports = reportNames.map(record);
const byId = new Map(reports.map((r) => [r.id, r]));

describe('chartData', () => {
  it('draws budget and spent as the records hold them, naming what is missing and what is derived', () => {
    const data = chartData(reports, BUDGET_SPENT, ALL_YEARS);
    expect(data.series).toEqual([
      { label: '预算数', unit: '万元' },
      { label: '支出数', unit: '万元' },
    ]);
    // 吕田镇 states no budget and no total spending; its spending is the sum of its fund lines.
    expect(data.missing).toEqual([{ year: 2023, text: '吕田镇 2023 未说明预算数' }]);
    expect(data.derivedNotes).toEqual([{ year: 2023, text: '吕田镇 2023 的支出数由报告中的分项推算' }]);
    for (const p of data.points) {
      const r = byId.get(p.id)!;
      expect(p.values).toEqual([r.budget?.value ?? null, r.spent?.value ?? null]);
      expect(p.derived).toEqual([r.budget?.derived ?? false, r.spent?.derived ?? false]);
      expect(p.href).toBe(`/reports/${p.id}/`);
      expect(p.label).toBe(`${r.name} ${r.year}`);
    }
    expect(data.points.find((p) => p.id === '2023-conghua-lvtian-57ejqu')?.derived).toEqual([false, true]);
  });

  it('keeps only the chosen year, labelled by name alone', () => {
    const data = chartData(reports, SCORE, 2022);
    expect(data.points.map((p) => p.label).sort()).toEqual(['化龙镇', '太和镇'].sort());
    expect(data.missing).toEqual([]);
  });

  it('counts the points it draws without drawing them, for each spec and view', () => {
    // One report with nothing stated is not drawn: the count must leave it out too.
    const blank = { ...reports[0]!, id: 'blank', budget: null, spent: null, executionRate: null, score: null, indicators: [] };
    const all = [...reports, blank];
    for (const spec of [BUDGET_SPENT, EXECUTION_RATE, SCORE, INDICATORS])
      for (const view of [ALL_YEARS, ...yearsOf(all), 1999] as const)
        expect(drawnCount(all, spec, view)).toBe(chartData(all, spec, view).points.length);
    expect(drawnCount(all, SCORE, ALL_YEARS)).toBe(reports.filter((r) => r.score !== null).length);
  });

  it('orders points by year, then by name', () => {
    const years = chartData(reports, SCORE, ALL_YEARS).points.map((p) => p.year);
    expect(years).toEqual([...years].sort());
  });

  it('packs one year once: each unit named once, values per chart, derived values by position', () => {
    const data = compareData(reports, 2023, GRADE_BANDS);
    const in2023 = reports.filter((r) => r.year === 2023);
    expect(data.units.map((u) => u[0]).sort()).toEqual(in2023.map((r) => r.id).sort());
    expect(data.charts.map((c) => c.id)).toEqual(['budget-spent', 'execution-rate', 'score', 'indicators']);
    const budget = data.charts[0]!;
    for (const [i, [unit, ...values]] of budget.points.entries()) {
      const r = byId.get(data.units[unit]![0])!;
      expect(values).toEqual([r.budget?.value ?? null, r.spent?.value ?? null]);
      expect(budget.derived.filter(([p]) => p === i).map(([, k]) => k)).toEqual(
        [r.budget?.derived, r.spent?.derived].flatMap((d, k) => (d ? [k] : [])),
      );
    }
    // 吕田镇 states no execution rate: it is left out of that chart and counted, not drawn as 0.
    expect(data.charts[1]!.left).toBe(1);
    expect(data.charts[2]!.bands).toEqual(GRADE_BANDS);
    expect(yearsOf(reports)).toEqual([2021, 2022, 2023]);
  });

  it('turns into a distribution when the bars would be thinner than a few pixels', () => {
    expect(asDistribution(5, 2, 1000)).toBe(false);
    expect(asDistribution(100, 2, 1000)).toBe(true);
    expect(asDistribution(100, 1, 1000)).toBe(false);
    expect(asDistribution(1000, 1, 1000)).toBe(true);
  });

  it('writes JSON that cannot close its script element', () => {
    expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script');
    expect(JSON.parse(jsonForScript({ name: '</script>' }))).toEqual({ name: '</script>' });
  });
});

describe('chartData of INDICATORS', () => {
  const lvtian = record('003_70a4941c04d84bdd');
  const licheng = record('004_a0655f5b282921e2');
  const valuesOf = (data: ReturnType<typeof chartData>, r: Report) => data.points.find((p) => p.id === r.id)?.values;

  it('counts met, not met and undetermined per report, with the total as a table-only column', () => {
    const data = chartData(reports, INDICATORS, ALL_YEARS);
    expect(data.stacked).toBe(true);
    expect(data.series.map((s) => [s.label, s.tableOnly ?? false])).toEqual([
      ['指标数', true],
      ['达成', false],
      ['未达成', false],
      ['无法判断', false],
    ]);
    expect(valuesOf(data, lvtian)).toEqual([9, 9, 0, 0]);
    expect(valuesOf(data, licheng)).toEqual([16, 13, 3, 0]);
    for (const p of data.points) {
      const { indicators } = byId.get(p.id)!;
      const count = (met: boolean | null) => indicators.filter((i) => i.met === met).length;
      expect(p.values).toEqual([indicators.length, count(true), count(false), count(null)]);
    }
  });

  it('counts an indicator whose met is null as undetermined', () => {
    const unsure: Report = { ...lvtian, indicators: lvtian.indicators.map((i, n) => (n === 0 ? { ...i, met: null } : i)) };
    expect(valuesOf(chartData([unsure], INDICATORS, ALL_YEARS), unsure)).toEqual([9, 8, 0, 1]);
  });

  it('leaves out a report that lists no indicators and says so, instead of drawing zeros', () => {
    const none = reports.filter((r) => r.indicators.length === 0);
    expect(none.length).toBeGreaterThan(0);
    const data = chartData(reports, INDICATORS, ALL_YEARS);
    expect(data.points.map((p) => p.id).sort()).toEqual(
      reports
        .filter((r) => r.indicators.length > 0)
        .map((r) => r.id)
        .sort(),
    );
    expect(data.missing.map((m) => m.text).sort()).toEqual(none.map((r) => `${r.name} ${r.year} 未列出绩效指标`).sort());
    expect(chartData(reports, INDICATORS, 2022).missing).toEqual([{ year: 2022, text: '化龙镇 2022 未列出绩效指标' }]);
  });

  it('keeps the other charts unstacked with every series drawn', () => {
    for (const spec of [BUDGET_SPENT, EXECUTION_RATE, SCORE]) {
      const data = chartData(reports, spec, ALL_YEARS);
      expect(data.stacked).toBeFalsy();
      expect(data.series.some((s) => s.tableOnly)).toBe(false);
    }
  });
});
