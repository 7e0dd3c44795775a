import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/schema.ts';
import { ALL_YEARS, BUDGET_SPENT, chartData, chartViews, EXECUTION_RATE, INDICATORS, SCORE, yearsOf } from '../../src/site/chart-data.ts';
import { record, reportNames } from '../helpers/reports.ts';

const reports = reportNames.map(record);
const byId = new Map(reports.map((r) => [r.id, r]));

describe('chartData', () => {
  it('draws budget and spent as the records hold them, naming what is missing and what is derived', () => {
    const data = chartData(reports, BUDGET_SPENT, ALL_YEARS);
    expect(data.series).toEqual([{ label: '预算数', unit: '万元' }, { label: '支出数', unit: '万元' }]);
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

  it('orders points by year, then by name', () => {
    const years = chartData(reports, SCORE, ALL_YEARS).points.map((p) => p.year);
    expect(years).toEqual([...years].sort());
  });

  it('has a view for all years and for each year', () => {
    expect(yearsOf(reports)).toEqual([2021, 2022, 2023]);
    const views = chartViews(reports, EXECUTION_RATE);
    expect(Object.keys(views).sort()).toEqual(['2021', '2022', '2023', 'all']);
    expect(views['2023']!.missing.map((m) => m.text)).toEqual(['吕田镇 2023 未说明执行率']);
  });
});

describe('chartData of INDICATORS', () => {
  const lvtian = record('003_70a4941c04d84bdd');
  const licheng = record('004_a0655f5b282921e2');
  const valuesOf = (data: ReturnType<typeof chartData>, r: Report) => data.points.find((p) => p.id === r.id)?.values;

  it('counts met, not met and undetermined per report, with the total as a table-only column', () => {
    const data = chartData(reports, INDICATORS, ALL_YEARS);
    expect(data.stacked).toBe(true);
    expect(data.series.map((s) => [s.label, s.tableOnly ?? false])).toEqual([['指标数', true], ['达成', false], ['未达成', false], ['无法判断', false]]);
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
    expect(data.points.map((p) => p.id).sort()).toEqual(reports.filter((r) => r.indicators.length > 0).map((r) => r.id).sort());
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
