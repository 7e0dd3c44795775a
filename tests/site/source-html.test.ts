import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { Fact, Report } from '../../src/lib/schema.ts';
import { renderSource } from '../../src/site/source-html.ts';
import { factsOf, sourceId, stated } from '../../src/site/source-marks.ts';
import { shippedReports } from './shipped-reports.ts';

const shipped = shippedReports();

/** A shipped record with every figure, list and section removed, to set only what a test needs. */
function bare(overrides: Partial<Report>): Report {
  const empty = { budget: null, spent: null, executionRate: null, score: null, grade: null, titleSpan: null };
  const lists = {
    scoreParts: [],
    deductions: [],
    fundLines: [],
    indicators: [],
    projects: [],
    problemSpans: [],
    measureSpans: [],
    sections: [],
  };
  return { ...shipped[0]!.report, ...empty, ...lists, ...overrides };
}

/** Text without line breaks: a <br> reads as one, the source may have \r\n. */
const flat = (text: string | null | undefined): string => (text ?? '').replace(/\r|\n/g, '');

function fact(source: string, start: number, end: number): Fact {
  return { value: 1, unit: '万元', text: source.slice(start, end), start, end, line: 1, derived: false, rule: 'test' };
}

describe('renderSource', () => {
  it('shows markup, links and images in a report as text, never as elements', async () => {
    const source =
      '<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n[x](javascript:alert(1))\n![i](http://127.0.0.1:1/x.png)\n# 不是标题';
    const { html } = await renderSource(source, bare({}));
    const dom = parse(html);
    expect(dom.querySelectorAll('script, img, a, h1')).toHaveLength(0);
    expect(dom.querySelectorAll('p').map((p) => p.text)).toEqual(source.split('\n'));
    expect(html).not.toMatch(/<(?:script|img|a)\b/);
  });

  it('starts a line joined to the one before (by a mark across the break) at its first character not a space or tab', async () => {
    const source = '甲乙\n  丙丁\n\t戊';
    const at = (start: number, end: number) => fact(source, start, end);
    // The outer mark joins the first two lines; the inner one starts with the joined line's spaces.
    const { html } = await renderSource(source, bare({ budget: at(0, 7), spent: at(3, 6) }));
    expect(html).toBe('<p><mark id="src-0-7" class="fact">甲乙<br>\n<mark id="src-3-6" class="fact">丙</mark>丁</mark></p>\n<p>\t戊</p>');
    // Only the line's start is dropped: here the mark's last character, not the space after the mark.
    const joinedText = await renderSource(source, bare({ budget: at(0, 4) }));
    expect(joinedText.html).toBe('<p><mark id="src-0-4" class="fact">甲乙<br>\n</mark> 丙丁</p>\n<p>\t戊</p>');
  });

  it('makes the lines report.sections names headings with stable ids, the rest paragraphs', async () => {
    const source = '标题\n\n一、基本情况\n正文';
    const section = { title: '基本情况', number: '一、', level: 1, depth: 1, start: 4, end: 13, line: 3 };
    const { html, headings } = await renderSource(source, bare({ sections: [section] }));
    expect(html).toBe('<p>标题</p>\n<h3 id="sec-3">一、基本情况</h3>\n<p>正文</p>');
    expect(headings).toEqual([{ id: 'sec-3', text: '一、基本情况', level: 1 }]);
  });

  it('levels headings by their depth, not their numbering style, so none is skipped', async () => {
    const source = '一、甲\n(1)乙\n二、丙';
    const sections = [
      { title: '甲', number: '一、', level: 1, depth: 1, start: 0, end: 9, line: 1 },
      { title: '乙', number: '(1)', level: 4, depth: 2, start: 4, end: 9, line: 2 },
      { title: '丙', number: '二、', level: 1, depth: 1, start: 10, end: 13, line: 3 },
    ];
    const { html } = await renderSource(source, bare({ sections }));
    expect(html).toBe('<h3 id="sec-1">一、甲</h3>\n<h4 id="sec-2">(1)乙</h4>\n<h3 id="sec-3">二、丙</h3>');
  });

  it('wraps each fact in a mark holding exactly its source text', async () => {
    for (const { source, report } of shipped) {
      const { html } = await renderSource(source, report);
      const dom = parse(html);
      for (const f of factsOf(report)) {
        const range = stated(f);
        if (range) expect(flat(dom.getElementById(sourceId(range))?.text), `${report.id} ${f.rule}`).toBe(flat(f.text));
      }
    }
  });

  it('joins lines a fact runs across, and gives crossing facts working marks', async () => {
    const source = '预算数 1,2\n34 万元 其余\n下一行';
    const budget = fact(source, 4, 14); // runs over the line break
    const spent = fact(source, 0, 7); // crosses the budget
    const { html, marks } = await renderSource(source, bare({ budget, spent }));
    const dom = parse(html);
    expect(dom.querySelectorAll('p')).toHaveLength(2);
    expect(dom.querySelector('br')).not.toBeNull();
    for (const f of [budget, spent]) {
      expect(marks.has(sourceId(stated(f)!))).toBe(true);
      expect(flat(dom.getElementById(sourceId(stated(f)!))!.text)).toContain(flat(f.text));
    }
  });
});
