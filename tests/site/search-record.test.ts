import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/schema.ts';
import { reportHeading } from '../../src/site/report-rows.ts';
import { searchDocument, searchParagraphs } from '../../src/site/search-record.ts';
import { UNDATED } from '../../src/site/search-shards.ts';
import { searchTerms } from '../../src/site/search-terms.ts';
import { shippedReports } from './shipped-reports.ts';

const shipped = shippedReports();
const byId = (id: string): Report => shipped.find((s) => s.report.id === id)!.report;
const taihe = byId('2022-baiyun-taihe-msstg9');
const licheng = byId('2021-zengcheng-licheng-92qjhn');

/** The document as Pagefind reads it: its language, metas and filters (from the content attribute), heading and text. */
function read(report: Report) {
  const { url, html } = searchDocument(report);
  const doc = parse(html);
  const tagged = (kind: string) =>
    Object.fromEntries(
      doc.querySelectorAll(`meta[data-pagefind-${kind}]`).map((m) => [m.getAttribute(`data-pagefind-${kind}`)!, m.getAttribute('content')]),
    );
  return {
    url,
    lang: doc.querySelector('html')!.getAttribute('lang'),
    meta: tagged('meta'),
    filters: tagged('filter'),
    heading: doc.querySelector('body > h1')!.text,
    text: doc.querySelector('body')!.text,
  };
}
/** The sentence of the original around a position: from the last 。 or line break to the next. */
function sentence(source: string, at: number): string {
  const from = Math.max(source.lastIndexOf('。', at), source.lastIndexOf('\n', at)) + 1;
  const ends = [source.indexOf('。', at), source.indexOf('\n', at)].filter((i) => i >= 0);
  return source.slice(from, Math.min(...ends, source.length)).trim();
}

describe('searchDocument', () => {
  it("links the report's page, in the pages' language, with what a result shows: heading, unit, year, district", () => {
    const doc = read(taihe);
    expect(doc.url).toBe('/reports/2022-baiyun-taihe-msstg9/');
    expect(doc.lang).toBe('zh-CN');
    expect(doc.heading).toBe(taihe.title);
    expect(doc.meta).toEqual({ 'title[content]': taihe.title, 'unit[content]': '太和镇', 'year[content]': '2022' });
    expect(doc.filters).toEqual({ 'year[content]': '2022', 'district[content]': '白云区', 'shard[content]': '2022' });
  });

  it('leaves out a year or district the report does not state, rather than an empty one', () => {
    const doc = read({ ...taihe, year: null, district: null });
    expect(Object.keys(doc.meta)).toEqual(['title[content]', 'unit[content]']);
    // Only the shard of the reports without a year.
    expect(doc.filters).toEqual({ 'shard[content]': UNDATED });
  });

  it('escapes what the report says, so a name with markup stays text', () => {
    const doc = read({ ...taihe, name: '<b>太和镇</b> & "新"', problems: ['<script>alert(1)</script>'] });
    expect(doc.meta['unit[content]']).toBe('<b>太和镇</b> & "新"');
    expect(doc.text).toContain('<script>alert(1)</script>');
    expect(searchDocument({ ...taihe, problems: ['<script>'] }).html).not.toContain('<script>');
  });

  it("heads a report without a title by what it is, as the report's page does", () => {
    expect(reportHeading({ ...taihe, title: null })).toBe('太和镇 2022 部门整体支出绩效自评报告');
    expect(reportHeading({ ...taihe, title: null, scope: 'project' })).toBe('太和镇 2022 项目支出绩效自评');
    expect(read({ ...taihe, title: null }).meta['title[content]']).toBe('太和镇 2022 部门整体支出绩效自评报告');
  });
});

describe('searchParagraphs', () => {
  it('hold the unit, its place and year, and the pinyin of both', () => {
    const text = searchParagraphs(taihe).join('\n');
    for (const word of ['太和镇', '广州市白云区太和镇人民政府', '白云区', '2022 年度']) expect(text).toContain(word);
    expect(searchParagraphs(taihe)).toContain(searchTerms(taihe));
    expect(text.split(/\s+/)).toContain('taihe');
  });

  it('hold the named rows of the page: deductions with their reasons, indicators, projects, problems, measures', () => {
    const text = searchParagraphs(taihe).join('\n');
    for (const d of taihe.deductions) expect(text).toContain(`${d.item}：${d.reason}`);
    for (const row of [...taihe.projects.map((p) => p.name), ...taihe.problems, ...taihe.measures]) expect(text).toContain(row);
    // The indicator a reader searches for in the e2e test: 长者饭堂 is only in 荔城街道's indicators.
    expect(read(licheng).text).toContain('长者饭堂就餐人次');
    for (const { report } of shipped) if (report !== licheng) expect(read(report).text).not.toContain('长者饭堂');
  });

  it('hold no words of the original beyond the named rows: not the sentences that state the figures', () => {
    let checked = 0;
    for (const { report, source } of shipped) {
      const { text } = read(report);
      for (const fact of [report.budget, report.spent, report.executionRate, report.score]) {
        if (fact?.start == null || fact.derived) continue;
        expect(text).not.toContain(sentence(source, fact.start));
        checked++;
      }
      for (const i of report.indicators) if (i.span.text !== i.name) expect(text).not.toContain(i.span.text);
      // The rows, not the text around them.
      expect(text.length).toBeLessThan(source.length / 4);
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('are no empty paragraphs when a report lists little, and give the publisher of a sidecar', () => {
    const bare: Report = { ...taihe, deductions: [], indicators: [], projects: [], problems: [], measures: [], meta: undefined };
    expect(searchParagraphs(bare)).toEqual([expect.stringContaining('太和镇'), '2022 年度', searchTerms(taihe)]);
    const publisher = '广州市白云区太和镇人民政府办公室';
    expect(searchParagraphs({ ...bare, meta: { publisher } }).at(-1)).toBe(publisher);
  });
});
