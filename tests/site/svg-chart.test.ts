import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ALL_YEARS, BUDGET_SPENT, chartData, GRADE_BANDS, INDICATORS, SCORE } from '../../src/site/chart-data.ts';
import { niceStep, svgChart } from '../../src/site/svg-chart.ts';
import { record, reportNames } from '../helpers/reports.ts';

const reports = reportNames.map(record);
const draw = (data: ReturnType<typeof chartData>, bands?: typeof GRADE_BANDS) =>
  parse(svgChart(data, { id: 'c', title: '标题 <&>', bands }));

describe('svgChart', () => {
  it('has an accessible name and description, escaped', () => {
    const svg = draw(chartData(reports, SCORE, ALL_YEARS)).querySelector('svg')!;
    expect([svg.getAttribute('aria-labelledby'), svg.getAttribute('aria-describedby')]).toEqual(['c-title', 'c-desc']);
    expect(svg.querySelector('#c-title')!.innerHTML).toBe('标题 &lt;&amp;&gt;');
    expect(svg.querySelector('#c-desc')!.text).toContain(`${reports.length} 份报告`);
  });

  it('links one row per report, whose label says every value, derived and unstated ones in words', () => {
    const data = chartData(reports, BUDGET_SPENT, ALL_YEARS);
    const rows = draw(data).querySelectorAll('a.row');
    expect(rows.map((a) => a.getAttribute('href'))).toEqual(data.points.map((p) => p.href));
    const lvtian = rows.find((a) => a.querySelector('title')!.text.startsWith('吕田镇 2023'))!;
    expect(lvtian.querySelector('title')!.text).toBe('吕田镇 2023：预算数 未说明，支出数 11,799.02 万元（推算）');
    // The unstated budget is said on the chart, not left as a gap; the derived spending is drawn faint.
    expect(lvtian.querySelector('text.na')!.text).toBe('未说明');
    expect(lvtian.querySelectorAll('rect.bar')).toHaveLength(1);
    expect(lvtian.querySelector('rect.bar')!.classList.contains('derived')).toBe(true);
  });

  it('draws bar lengths in proportion to the values', () => {
    const data = chartData(reports, BUDGET_SPENT, ALL_YEARS);
    const rows = draw(data).querySelectorAll('a.row');
    const widths = rows.flatMap((a) => a.querySelectorAll('rect.bar').map((r) => Number(r.getAttribute('width'))));
    const values = data.points.flatMap((p) => p.values.filter((v): v is number => v !== null));
    expect(widths).toHaveLength(values.length);
    const ratio = widths[0]! / values[0]!;
    widths.forEach((w, i) => expect(w).toBeCloseTo(values[i]! * ratio, 0));
  });

  it('stacks the parts of a whole end to end and labels the total', () => {
    const data = chartData(reports, INDICATORS, ALL_YEARS);
    const licheng = draw(data)
      .querySelectorAll('a.row')
      .find((a) => a.querySelector('title')!.text.startsWith('荔城街道 2021'))!;
    const bars = licheng.querySelectorAll('rect.bar');
    expect(bars.map((b) => b.getAttribute('class'))).toEqual(['bar c0', 'bar c1', 'bar c2']);
    const [met, unmet] = bars.map((b) => ({ x: Number(b.getAttribute('x')), w: Number(b.getAttribute('width')) }));
    expect(unmet!.x).toBeCloseTo(met!.x + met!.w, 0);
    expect(licheng.querySelector('text.value')!.text).toBe('16');
    expect(licheng.querySelector('title')!.text).toBe('荔城街道 2021：达成 13 项，未达成 3 项，无法判断 0 项');
  });

  it('shades the grade bands on a 0–100 axis', () => {
    const svg = draw(chartData(reports, SCORE, ALL_YEARS), GRADE_BANDS);
    expect(svg.querySelectorAll('rect.band')).toHaveLength(GRADE_BANDS.length);
    expect(svg.querySelectorAll('text.band-label').map((t) => t.text)).toEqual(GRADE_BANDS.map((b) => b.grade));
    expect(
      svg
        .querySelectorAll('text.tick')
        .map((t) => t.text)
        .at(-1),
    ).toBe('100');
  });

  it('says so when there is nothing to draw', () => {
    const svg = draw(chartData([], SCORE, ALL_YEARS));
    expect(svg.querySelectorAll('a.row')).toHaveLength(0);
    expect(svg.querySelector('desc')!.text).toBe('没有可画的数字。');
  });
});

describe('niceStep', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(82912.04)).toBe(25000);
    expect(niceStep(16)).toBe(5);
    expect(niceStep(100)).toBe(25);
    expect(niceStep(0)).toBe(1);
  });
});
