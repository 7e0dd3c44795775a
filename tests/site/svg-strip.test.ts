import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { jitter, quantile, svgStrip } from '../../src/site/svg-strip.ts';

const point = (id: string, value: number, derived = false) => ({ id, href: `/reports/${id}/`, name: `名<${id}>`, value, derived });
const rows = [
  { district: '白云区', points: [point('a', 10), point('b', 20), point('c', 30, true), point('d', 40)] },
  { district: '海珠区', points: [point('e', 80)] },
];
const draw = (highlight?: Set<string>) => parse(svgStrip({ id: 's', title: '得分 <分布>', measure: '自评得分（分）', rows, highlight }));

describe('svgStrip', () => {
  it('is named and described, escaped, with one linked dot per report whose title says its value', () => {
    const svg = draw().querySelector('svg')!;
    expect(svg.querySelector('#s-title')!.innerHTML).toBe('得分 &lt;分布&gt;');
    expect(svg.querySelector('#s-desc')!.text).toContain('5 份报告');
    const dots = svg.querySelectorAll('a.dot');
    expect(dots.map((a) => a.getAttribute('href')).sort()).toEqual(['a', 'b', 'c', 'd', 'e'].map((id) => `/reports/${id}/`));
    expect(dots.find((a) => a.getAttribute('href') === '/reports/c/')!.querySelector('title')!.text).toBe('名<c>：30（推算）');
    expect(
      dots
        .find((a) => a.getAttribute('href') === '/reports/c/')!
        .querySelector('circle')!
        .classList.contains('derived'),
    ).toBe(true);
  });

  it('places dots in proportion to their values and boxes the quartiles with the median marked', () => {
    const svg = draw();
    const cx = (id: string) =>
      Number(
        svg
          .querySelectorAll('a.dot')
          .find((a) => a.getAttribute('href') === `/reports/${id}/`)!
          .querySelector('circle')!
          .getAttribute('cx'),
      );
    const zero = cx('a') - (cx('b') - cx('a'));
    expect(cx('d') - zero).toBeCloseTo(4 * (cx('a') - zero), 0);
    const box = svg.querySelector('g.district rect.box')!;
    const x = (v: number) => zero + (v / 10) * (cx('a') - zero);
    expect(Number(box.getAttribute('x'))).toBeCloseTo(x(17.5), 0);
    expect(Number(box.getAttribute('width'))).toBeCloseTo(x(32.5) - x(17.5), 0);
    expect(Number(svg.querySelector('g.district line.median')!.getAttribute('x1'))).toBeCloseTo(x(25), 0);
  });

  it('draws highlighted reports larger, last and named', () => {
    const svg = draw(new Set(['b']));
    const marked = svg.querySelectorAll('a.dot.hl');
    expect(marked.map((a) => a.getAttribute('href'))).toEqual(['/reports/b/']);
    expect(marked[0]!.querySelector('text.hl-name')!.text).toBe('名<b>');
    expect(svg.querySelectorAll('g.district')[0]!.querySelectorAll('a.dot').at(-1)).toBe(marked[0]);
  });
});

describe('quantile and jitter', () => {
  it('interpolate quartiles and spread reports by a stable offset', () => {
    expect([0.25, 0.5, 0.75].map((q) => quantile([10, 20, 30, 40], q))).toEqual([17.5, 25, 32.5]);
    expect(quantile([7], 0.5)).toBe(7);
    expect(jitter('2023-baiyun-taihe')).toBe(jitter('2023-baiyun-taihe'));
    expect(Math.abs(jitter('x'))).toBeLessThanOrEqual(0.5);
  });
});
