import { describe, expect, it } from 'vitest';
import { pageHref, pagerLinks, paginate } from '../../src/site/paginate.ts';
import { trendGeometry } from '../../src/site/trend-chart.ts';
import { markFor } from '../../src/site/source-marks.ts';

describe('paginate', () => {
  it('splits into pages of the given size, page 1 at the base address', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.every((p) => p.count === 3)).toBe(true);
    expect(paginate([], 2)).toEqual([{ items: [], number: 1, count: 1, links: [1] }]);
    expect([1, 2].map((n) => pageHref('/explore/indicators/', n))).toEqual(['/explore/indicators/', '/explore/indicators/page/2/']);
  });
});

describe('pagerLinks', () => {
  it('links every page from the first, and from a later page the first, two either side and a gap where pages are left out', () => {
    expect(pagerLinks(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerLinks(2, 108)).toEqual([1, 2, 3, 4, null]);
    expect(pagerLinks(4, 108)).toEqual([1, 2, 3, 4, 5, 6, null]);
    expect(pagerLinks(5, 108)).toEqual([1, null, 3, 4, 5, 6, 7, null]);
    expect(pagerLinks(50, 108)).toEqual([1, null, 48, 49, 50, 51, 52, null]);
    expect(pagerLinks(107, 108)).toEqual([1, null, 105, 106, 107, 108]);
    expect(pagerLinks(108, 108)).toEqual([1, null, 106, 107, 108]);
    expect(pagerLinks(2, 2)).toEqual([1, 2]);
  });

  it('does not change for a page far from the end when pages are added', () => {
    for (let n = 2; n <= 20; n++) expect(pagerLinks(n, 40), String(n)).toEqual(pagerLinks(n, n + 3));
    expect(pagerLinks(18, 20)).not.toEqual(pagerLinks(18, 21));
  });
});

describe('trendGeometry', () => {
  it('breaks the line where a year states nothing, and places that year', () => {
    const g = trendGeometry([
      { label: '预算数', points: [2020, 2021, 2022, 2023].map((year, i) => ({ year, value: i === 2 ? null : 100 + i, derived: false })) },
    ]);
    const s = g.series[0]!;
    expect(s.paths).toHaveLength(1); // 2020–2021; 2023 stands alone
    expect(s.points[2]!.y).toBeNull();
    expect(s.points.map((p) => p.x)).toEqual([...s.points.map((p) => p.x)].sort((a, b) => a - b));
    // Higher values are higher up.
    expect(s.points[1]!.y!).toBeLessThan(s.points[0]!.y!);
  });
});

describe('markFor', () => {
  it('links a range to its own mark, else to the smallest mark it overlaps, else to nothing', () => {
    const marks = new Set(['src-10-50', 'src-20-25', 'src-100-110']);
    expect(markFor({ start: 20, end: 25 }, marks)).toEqual({ start: 20, end: 25 });
    expect(markFor({ start: 22, end: 30 }, marks)).toEqual({ start: 20, end: 25 });
    expect(markFor({ start: 60, end: 70 }, marks)).toBeNull();
    expect(markFor({ start: null, end: null }, marks)).toBeNull();
  });
});

describe('trendGeometry ticks', () => {
  it('span every value, so no point is drawn outside the chart', () => {
    const g = trendGeometry([
      {
        label: '预算数',
        points: [
          { year: 2021, value: 66138.47, derived: false },
          { year: 2022, value: 66446.66, derived: false },
        ],
      },
    ]);
    const ys = g.series[0]!.points.map((p) => p.y!);
    const [top, bottom] = [Math.min(...g.ticks.map((t) => t.y)), Math.max(...g.ticks.map((t) => t.y))];
    for (const y of ys) expect(y).toBeGreaterThanOrEqual(top);
    for (const y of ys) expect(y).toBeLessThanOrEqual(bottom);
  });
});
