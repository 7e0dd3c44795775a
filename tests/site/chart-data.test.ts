import { describe, expect, it } from 'vitest';
import { ALL_YEARS, BUDGET_SPENT, chartData, chartViews, EXECUTION_RATE, SCORE, yearsOf } from '../../src/site/chart-data.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);
const byId = new Map(reports.map((r) => [r.id, r]));

describe('chartData', () => {
  it('draws budget and spent as stated, and names the report that states neither', () => {
    const data = chartData(reports, BUDGET_SPENT, ALL_YEARS);
    expect(data.series).toEqual([{ label: '预算数', unit: '万元' }, { label: '支出数', unit: '万元' }]);
    expect(data.points.map((p) => p.id)).not.toContain('2023-conghua-lvtian');
    expect(data.missing).toEqual([{ year: 2023, text: '吕田镇 2023 未说明预算数、支出数' }]);
    for (const p of data.points) {
      const r = byId.get(p.id)!;
      expect(p.values).toEqual([r.budget?.value ?? null, r.spent?.value ?? null]);
      expect(p.href).toBe(`/reports/${p.id}/`);
      expect(p.label).toBe(`${r.name} ${r.year}`);
    }
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
