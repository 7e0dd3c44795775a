// Every published format of the shipped reports (tests/fixtures/published/, made by
// scripts/make-fixtures.ts) gives the record of the same report's .txt, with text grounded in
// what was recovered and, for PDFs, each Fact on the page whose text states it.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixRadicals } from '../../src/lib/ingest/radicals.ts';
import { openPdf } from '../../src/lib/ingest/pdfjs.ts';
import { parseFile, type FileResult } from '../../src/lib/parse-report.ts';
import type { Fact, Report } from '../../src/lib/schema.ts';
import { FORM_ROWS, formCells } from '../helpers/published-form.ts';
import { parsed, reportNames, reportText } from '../helpers/reports.ts';

const DIR = new URL('../fixtures/published/', import.meta.url);
const files = readdirSync(DIR)
  .filter((f) => f !== 'manifest.json')
  .sort();
const reportsOf = files.filter((f) => /^\d{3}\./.test(f));
const forms = files.filter((f) => f.startsWith('form-004.'));
const results = new Map<string, FileResult>();
const read = (f: string) => new Uint8Array(readFileSync(new URL(f, DIR)));

beforeAll(async () => {
  for (const f of files) results.set(f, await parseFile(read(f), { file: `tests/fixtures/published/${f}` }));
}, 120_000);

const nameOf = (f: string) => reportNames.find((n) => n.startsWith(f.slice(0, 3)))!;
/** The record without where things stand: offsets, lines, pages, the file. */
const placeless = (r: Report | null) =>
  JSON.parse(JSON.stringify(r, (k, v) => (['start', 'end', 'line', 'page', 'box', 'file', 'source', 'text'].includes(k) ? undefined : v)));
const squeeze = (s: string) => s.replace(/\s+/g, '');

function facts(node: unknown, out: Fact[] = []): Fact[] {
  if (Array.isArray(node)) node.forEach((n) => facts(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.derived === 'boolean' && 'value' in o) out.push(o as unknown as Fact);
    else Object.values(o).forEach((n) => facts(n, out));
  }
  return out;
}

describe.each(reportsOf)('%s', (f) => {
  it('recovers the text of the report, ignoring whitespace and the page footers it had', () => {
    const source = reportText(nameOf(f))
      .split('\n')
      .filter((l) => !/^\s*[—-]\s*\d+\s*[—-]\s*$/.test(l))
      .join('\n');
    expect(squeeze(results.get(f)!.text)).toBe(squeeze(source));
  });

  it('gives the record of the .txt: values, counts, ids', () => {
    const got = results.get(f)!;
    expect(got.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(placeless(got.report)).toEqual(placeless(parsed(nameOf(f)).report));
    expect(got.report!.source.format).toBe(f.split('.').pop() === 'htm' ? 'html' : f.split('.').pop());
  });

  it('grounds every stated Fact in the recovered text', () => {
    const got = results.get(f)!;
    const stated = facts(got.report).filter((x) => !x.derived);
    expect(stated.length).toBeGreaterThan(0);
    for (const x of stated) expect(got.text.slice(x.start!, x.end!)).toBe(x.text);
  });
});

describe.each(reportsOf.filter((f) => f.endsWith('.pdf')))('%s pages', (f) => {
  it('puts every stated Fact on the page whose text contains it, inside the page', async () => {
    const got = results.get(f)!;
    expect(got.report!.source.pages).toBeGreaterThan(1);
    // The pages' own text, read again straight from pdf.js.
    const doc = await openPdf(read(f));
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(squeeze(fixRadicals(content.items.map((i) => ('str' in i ? i.str : '')).join(''), true).text));
    }
    await doc.loadingTask.destroy();
    const stated = facts(got.report).filter((x) => !x.derived);
    for (const x of stated) {
      expect(x.page, x.text!).toBeGreaterThanOrEqual(1);
      expect(pages[x.page! - 1], `${x.text} on page ${x.page}`).toContain(squeeze(x.text!));
      const [x0, y0, x1, y1] = x.box!;
      expect(0 <= x0 && x0 < x1 && x1 <= 1 && 0 <= y0 && y0 < y1 && y1 <= 1, `${x.text} box ${x.box}`).toBe(true);
    }
  });

  it('leaves no page furniture in the text', () => {
    const text = results.get(f)!.text;
    expect(text).not.toMatch(/^\s*[—-]\s*\d+\s*[—-]\s*$/m);
    expect(text).not.toMatch(/^\s*\d+\s*$/m);
  });
});

describe.each(forms)('%s (the self-evaluation form)', (f) => {
  it('reads the form grid cell by cell, merged cells included', () => {
    const grid = results.get(f)!.ingested.tables.find((t) => t.rows >= FORM_ROWS)!;
    expect(grid, 'a grid of the whole form').toBeDefined();
    const got = grid.cells.filter((c) => c.text).map((c) => [c.row, c.col, c.rowSpan, c.colSpan, squeeze(c.text)]);
    const want = formCells()
      .filter((c) => c[4])
      .map(([r, c, rs, cs, t]) => [r, c, rs, cs, squeeze(t)]);
    expect(got.sort()).toEqual(want.sort());
  });

  it('gives the money and the indicators of the form', () => {
    const r = results.get(f)!.report!;
    expect([r.budget?.value, r.spent?.value, r.executionRate?.value]).toEqual([82912.04, 75317.78, 90.8]);
    expect(r.indicators.map((i) => [squeeze(i.name), i.met])).toEqual([
      ['开展政策培训、业务培训', true],
      ['外出招商活动次数', false],
      ['服务企业数', true],
      ['引进注册资本1000万的企业数', true],
      ['垃圾专车专运完成率', true],
      ['城乡环境卫生干净度', true],
      ['重大社会治安事件发生率', true],
      ['在册涉毒管控人员帮教服务覆盖率', false],
      ['长者饭堂就餐人次', true],
      ['失业人员再就业率', true],
    ]);
  });
});

describe('published files', () => {
  it('states nothing for a spreadsheet formula saved without its result, and says so', () => {
    const got = results.get('formula-no-cache.xlsx')!;
    expect(got.text).not.toMatch(/0\.9|90%/);
    const note = got.diagnostics.find((d) => d.code === 'input/formula-no-value');
    expect(note?.message).toContain('D2');
  });

  it('reads a saved web page in its declared charset without the site chrome', () => {
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const text = results.get(f)!.text;
      for (const chrome of ['首页', '当前位置', '索引号', '发布机构', '字体', '打印', '关闭', '分享到', '主办单位', 'ICP'])
        expect(text, `${f}: ${chrome}`).not.toContain(chrome);
    }
  });

  it('has a manifest entry with producer, version and sha256 for every fixture', async () => {
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as Record<
      string,
      { producer: string; version: string; sha256: string }
    >;
    const { createHash } = await import('node:crypto');
    for (const f of files) {
      expect(manifest[f], f).toBeDefined();
      expect(manifest[f]!.sha256).toBe(createHash('sha256').update(read(f)).digest('hex'));
    }
  });
});
