import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { compareData, GRADE_BANDS } from '../../src/site/chart-data.ts';
import { AUTO_WIDTH_PX, compareView } from '../../src/site/compare-view.ts';
import { record, reportNames } from '../helpers/reports.ts';

const reports = reportNames.map(record);
const data = compareData(reports, 2023, GRADE_BANDS);
const score = data.charts.find((c) => c.id === 'score')!;
const scoreOf = (id: string) => reports.find((r) => r.id === id)!.score?.value ?? null;
const names = (svg: string) =>
  parse(svg)
    .querySelectorAll('a.row text.name')
    .map((t) => t.text);

describe('compareView', () => {
  it('draws the first measure by default, as bars ranked by value', () => {
    const view = compareView(data, {});
    expect(view.id).toBe(data.charts[0]!.id);
    expect(view.strip).toBe(false);
    const ids = parse(view.svg)
      .querySelectorAll('a.row')
      .map((a) => a.getAttribute('href')!.split('/')[2]!);
    const spent = ids.map((id) => reports.find((r) => r.id === id)!.spent?.value ?? -Infinity);
    expect(spent).toEqual([...spent].sort((a, b) => b - a));
  });

  it('orders by name when asked, and marks and names the highlighted units in the summary', () => {
    const unit = data.units.at(-1)!;
    const view = compareView(data, { measure: 'score', order: 'name', hl: unit[0] });
    expect(view.title).toBe('自评得分（分）');
    const drawn = names(view.svg);
    expect(drawn).toEqual([...drawn].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    const marked = parse(view.svg).querySelectorAll('a.row.hl');
    expect(marked.map((a) => a.getAttribute('href'))).toEqual([`/reports/${unit[0]}/`]);
    expect(view.summary).toContain('按名称排序');
    expect(view.summary).toContain(`${unit[1]}：自评得分 ${scoreOf(unit[0]) ?? '未说明'}`);
  });

  it('draws the distribution by district when asked: one linked dot per report with a value, grade bands behind', () => {
    const view = compareView(data, { measure: 'score', chart: 'strip' });
    expect(view.strip).toBe(true);
    expect(view.title).toBe('自评得分（分）：各区分布');
    const svg = parse(view.svg);
    expect(
      svg
        .querySelectorAll('a.dot')
        .map((a) => a.getAttribute('href'))
        .sort(),
    ).toEqual(
      score.points
        .filter((p) => p[1] !== null)
        .map(([u]) => `/reports/${data.units[u]![0]}/`)
        .sort(),
    );
    expect(svg.querySelectorAll('rect.band')).toHaveLength(GRADE_BANDS.length);
    // A row per district that has a value; the districts come from the records.
    const districts = new Set(
      score.points
        .filter((p) => p[1] !== null)
        .map(([u]) => data.units[u]![2])
        .map((d) => (d < 0 ? '区未说明' : data.districts[d]!)),
    );
    expect(new Set(svg.querySelectorAll('g.district text.name').map((t) => t.text))).toEqual(districts);
  });

  it('chooses the distribution by itself only when bars would be thinner than the minimum', () => {
    expect(compareView(data, { measure: 'score' }).strip).toBe(false);
    // Many reports: the same units repeated under new ids, enough to pass the width the choice assumes.
    const many = { ...data, units: Array.from({ length: AUTO_WIDTH_PX }, (_, i) => [`r${i}`, `单位${i}`, -1] as [string, string, number]) };
    const big = {
      ...many,
      charts: many.charts.map((c) => ({
        ...c,
        points: many.units.map((_, i) => [i, ...c.points[0]!.slice(1)] as (typeof c.points)[number]),
        derived: [],
      })),
    };
    expect(compareView(big, { measure: 'score' }).strip).toBe(true);
    expect(compareView(big, { measure: 'score', chart: 'bars' }).strip).toBe(false);
  });
});
