import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { parseFile } from '../src/lib/parse-report.ts';
import type { Fact, GradeFact, Report } from '../src/lib/schema.ts';
import { COVER_FIELD_LABEL } from '../src/lib/vocabulary.ts';
import { derivedNote, formatFact } from '../src/site/format.ts';
import type { CompareData } from '../src/site/chart-data.ts';
import { reportHref } from '../src/site/report-rows.ts';
import { factsOf, sourceId, stated } from '../src/site/source-marks.ts';
import { citedPages } from '../src/site/original-pages.ts';
import { BAD_FILES, PUBLISHED_PDF } from './setup/build-site.ts';
import { headersFor } from './setup/static-server.ts';

const { dist, reportsDir, build, strict, again, codeChanged } = inject('site');
if (build.code !== 0) throw new Error(`astro build failed:\n${build.log}`);
const read = (path: string): string => readFileSync(join(dist, path), 'utf8');
const records: Report[] = JSON.parse(read('data/reports.json'));
const reportFiles = readdirSync(reportsDir).filter((n) => !n.endsWith('.meta.yaml'));
const pages = new Map(
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => [path, parse(read(path))] as const),
);
const pageOf = (r: Report): HTMLElement => pages.get(`reports/${r.id}/index.html`)!;
/** A script file and the modules it imports, as text. */
function scriptText(src: string, seen = new Set<string>()): string {
  if (seen.has(src)) return '';
  seen.add(src);
  const code = read(src.slice(1));
  return code + [...code.matchAll(/from\s*["'](\.\/[^"']+\.js)["']/g)].map((m) => scriptText(join(src, '..', m[1]!), seen)).join('\n');
}
/** Text without line breaks: a <br> reads as one, the source may have \r\n. */
const flat = (text: string | null | undefined): string => (text ?? '').replace(/\r|\n/g, '');

describe('the build', () => {
  it('succeeds, reporting each file that gives no record by name', () => {
    expect(build.log).toMatch(/zz-empty\.txt error .* input\/empty/);
    expect(build.log).toMatch(/zz-binary\.txt error .* decode\/binary/);
    expect(build.log).toContain(`parsed ${reportFiles.length}, reused 0`);
  });

  it('under STRICT=1 re-parses nothing and fails once, listing every error', () => {
    expect(strict.code).not.toBe(0);
    expect(strict.log).toContain(codeChanged ? `parsed ${reportFiles.length}, reused 0` : `parsed 0, reused ${reportFiles.length}`);
    const listing = strict.log.slice(strict.log.indexOf('STRICT=1: 2 error(s)'));
    expect(listing).not.toBe(strict.log);
    for (const name of Object.keys(BAD_FILES)) expect(listing).toContain(name);
  });

  it('renders no report page again when nothing changed, whatever command started it', () => {
    expect(again.code).toBe(0);
    const reportPages = [...again.log.matchAll(/\/reports\/[^/\s]+\/index\.html([^\n]*)/g)];
    expect(reportPages.length).toBe(records.length);
    if (!codeChanged) for (const [line, rest] of reportPages) expect(rest, line).toContain('(cached)');
  });
});

describe('doubt travels with the figure', () => {
  const byFile = (file: string) => records.find((r) => r.file.endsWith(file))!;

  it('a field left null by a conflict shows 未说明 and links each competing reading to its words', () => {
    const r = byFile('conflicting-totals.txt');
    const dd = pageOf(r).querySelector('[data-field="budget"]')!;
    expect(dd.querySelector('.na')?.text).toBe('未说明');
    const doubt = dd.querySelector('[data-doubt="budget"]')!;
    expect(doubt.text).toContain('存疑');
    const links = doubt.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    expect(links).toHaveLength(2);
    for (const href of links) expect(pageOf(r).querySelector(href)?.tagName).toBe('MARK');
  });

  it('a stated grade against its score band is shown flagged next to the grade', () => {
    const r = byFile('estimates-grade-against-band.txt');
    const dd = pageOf(r).querySelector('[data-field="grade"]')!;
    expect(dd.querySelector('a.fig')?.text).toBe('良');
    expect(dd.querySelector('[data-doubt="grade"]')?.text).toContain('对应等级“优”');
  });

  it('a figure without doubt is shown plain', () => {
    const r = byFile('estimates-grade-against-band.txt');
    expect(pageOf(r).querySelector('[data-field="budget"] [data-doubt]')).toBeNull();
  });

  it("a project's evaluation says whose figures they are", () => {
    const r = byFile('project-form-tabs.txt');
    expect(r.scope).toBe('project');
    expect(pageOf(r).querySelector('p.scope')?.text).toContain('农村公路养护项目');
  });
});

describe('content security policy', () => {
  const directives = (policy: string) =>
    policy
      .split(';')
      .map((d) =>
        d
          .trim()
          .split(/\s+/)
          .filter((t) => !/^'sha(?:256|384|512)-/.test(t))
          .join(' '),
      )
      .filter(Boolean)
      .sort();
  const header = headersFor(read('_headers'))['Content-Security-Policy']!;

  it('is on every page as a meta, the same as the _headers file sends (less what only a header can say)', () => {
    expect(header).toBeDefined();
    const expected = directives(header).filter((d) => !d.startsWith('frame-ancestors'));
    for (const [path, html] of pages) {
      const meta = html.querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta, path).not.toBeNull();
      expect(directives(meta!.getAttribute('content')!), path).toEqual(expected);
    }
  });

  it('needs no inline script, style element or style attribute on any page', () => {
    // A JSON data block is not run, so the policy need not allow it. <noscript> is read as text, so parse it too.
    for (const [path, html] of pages) {
      const parts = [html, ...html.querySelectorAll('noscript').map((n) => parse(n.text))];
      expect(
        parts
          .flatMap((part) => part.querySelectorAll('script:not([src]):not([type="application/json"]), style, [style]'))
          .map((e) => e.outerHTML.slice(0, 80)),
        path,
      ).toEqual([]);
    }
  });
});

describe('open data', () => {
  it('holds exactly what parseFile gives for every report file', async () => {
    const names = reportFiles.filter((n) => !(n in BAD_FILES));
    // Records name their file by its path in the reports folder only, never the build machine's path.
    const expected = await Promise.all(names.map(async (n) => (await parseFile(readFileSync(join(reportsDir, n)), { file: n })).report));
    expect(records).toHaveLength(names.length);
    // The loader adds what a sidecar says (tests/site-pages.test.ts); the rest is parseReport's.
    for (const report of expected)
      expect({ ...records.find((r) => r.id === report?.id), meta: undefined }).toEqual({ ...report, meta: undefined });
    for (const r of records) expect(JSON.parse(read(`data/reports/${r.id}.json`))).toEqual(r);
  });

  it('has every record once more as JSON Lines, and split by year', () => {
    const lines = read('data/reports.jsonl').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual(records);
    const years = readdirSync(join(dist, 'data/years')).sort();
    expect(years).toEqual([...new Set(records.map((r) => `${r.year}.json`))].sort());
    for (const file of years) {
      const year = Number(file.replace('.json', ''));
      expect(JSON.parse(read(`data/years/${file}`))).toEqual(records.filter((r) => r.year === year));
    }
  });

  it('is described by schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(read('data/schema.json')));
    for (const r of records) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...records[0], budget: { ...records[0]!.budget, value: '66446.66' } })).toBe(false);
  });

  it('has a CSV with a byte-order mark and one row per report', () => {
    const csv = read('data/reports.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.trimEnd().split('\r\n').slice(1);
    expect(rows.map((row) => row.split(',')[0]).sort()).toEqual(records.map((r) => r.id).sort());
  });
});

describe('pages', () => {
  it('give every report a page, linked from the home table', () => {
    const home = pages.get('index.html')!;
    const links = home.querySelectorAll('table th a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(records.map((r) => `/reports/${r.id}/`).sort());
    for (const r of records) expect(pageOf(r), r.id).toBeDefined();
  });

  it('show the headline figures of the record: stated ones linked, derived ones marked, missing ones 未说明', () => {
    for (const r of records) {
      for (const field of ['budget', 'spent', 'executionRate', 'score', 'grade'] as const) {
        const cell = pageOf(r).querySelector(`dd[data-field="${field}"]`)!;
        const fact: Fact | GradeFact | null = r[field];
        if (!fact) expect(cell.querySelector('.na')?.text.trim()).toBe('未说明');
        else if (fact.derived)
          expect(cell.querySelector('.fig.derived')!.text.replace(/\s/g, '')).toBe(
            `${formatFact(fact)}（${derivedNote(fact)}）`.replace(/\s/g, ''),
          );
        else {
          const link = cell.querySelector('a.fig')!;
          expect(link.text).toBe(formatFact(fact));
          expect(link.getAttribute('href')).toBe(`#${sourceId(stated(fact)!)}`);
          if (typeof fact.value === 'number') expect(Number(link.text.replace(/[^\d.]/g, ''))).toBe(fact.value);
        }
      }
    }
  });

  it('link every figure to a mark that holds its source text', async () => {
    for (const r of records) {
      const page = pageOf(r);
      // The text the offsets index: the decoded file, or the text recovered from a PDF.
      const source = (await parseFile(readFileSync(join(reportsDir, r.file)), { file: r.file })).text;
      const facts = new Map<string, (Fact | GradeFact)[]>();
      for (const f of factsOf(r)) {
        const range = stated(f);
        if (range) facts.set(sourceId(range), [...(facts.get(sourceId(range)) ?? []), f]);
      }
      const links = page.querySelectorAll('a.fig');
      expect(new Set(links.map((a) => a.getAttribute('href')!.slice(1)))).toEqual(new Set(facts.keys()));
      for (const link of links) {
        const id = link.getAttribute('href')!.slice(1);
        const quoted = facts.get(id)!;
        expect(quoted.map(formatFact), `${r.id} ${id}`).toContain(link.text);
        const [start, end] = id.split('-').slice(1).map(Number);
        expect(flat(page.getElementById(id)?.text)).toContain(flat(source.slice(start, end)));
        expect(flat(source.slice(start, end))).toBe(flat(quoted[0]!.text));
      }
    }
  });

  it('link the other years of the same town, and its page over the years', () => {
    const years = (id: string) =>
      pageOf(records.find((r) => r.id === id)!)
        .querySelectorAll('nav.years a[href^="/reports/"]')
        .map((a) => a.getAttribute('href'));
    expect(years('2022-baiyun-taihe-msstg9')).toEqual(['/reports/2021-baiyun-taihe-msstg9/', '/reports/2023-baiyun-taihe-msstg9/']);
    expect(years('2021-baiyun-taihe-msstg9')).toEqual(['/reports/2022-baiyun-taihe-msstg9/', '/reports/2023-baiyun-taihe-msstg9/']);
    expect(years('2022-panyu-hualong-eintln')).toEqual([]);
    expect(
      pageOf(records.find((r) => r.id === '2022-panyu-hualong-eintln')!)
        .querySelector('nav.years a[href^="/units/"]')
        ?.getAttribute('href'),
    ).toBe('/units/panyu-hualong/');
  });

  it('say in words which indicators are not met', () => {
    for (const r of records) {
      const unmet = pageOf(r).querySelectorAll('tr.unmet');
      expect(unmet).toHaveLength(r.indicators.filter((i) => i.met === false).length);
      for (const row of unmet) expect(row.text).toContain('未达成');
    }
  });

  it('have no broken internal link or fragment', () => {
    for (const [path, page] of pages) {
      for (const a of page.querySelectorAll('a[href]:not([rel~="external"])')) {
        const href = a.getAttribute('href')!;
        expect(href, path).toMatch(/^[/#]/);
        const [target, fragment] = href.split('#') as [string, string | undefined];
        const file = target === '' ? path : join(target.slice(1), target.endsWith('/') ? 'index.html' : '');
        expect(existsSync(join(dist, file)), `${path}: ${href}`).toBe(true);
        // A fragment of a page of ours names an element; of a PDF, a page (#page=N).
        if (fragment && file.endsWith('.pdf')) expect(fragment, `${path}: ${href}`).toMatch(/^page=\d+$/);
        else if (fragment) expect(pages.get(file)?.getElementById(fragment), `${path}: ${href}`).toBeTruthy();
      }
    }
  });

  it('ship no JavaScript on report and unit pages, no canvas drawing or parser code anywhere, and show report markup as text', () => {
    // One of the parser's module-level patterns stands for all of them: a script that bundles any
    // module of the parser by way of a shared constant carries these words.
    const parserWords = COVER_FIELD_LABEL.slice(0, 30);
    for (const r of records) expect(pageOf(r).querySelectorAll('script:not([type="application/json"])'), r.id).toHaveLength(0);
    for (const [path, page] of pages) {
      if (path.startsWith('units/')) expect(page.querySelectorAll('script'), path).toHaveLength(0);
      const code = page
        .querySelectorAll('script[src]')
        .map((s) => scriptText(s.getAttribute('src')!))
        .join('\n');
      expect(code.includes('getContext'), path).toBe(false);
      expect(code.includes(parserWords), path).toBe(false);
    }
    const hostile = records.find((r) => r.file.endsWith('hostile-report.txt'))!;
    const text = pageOf(hostile).querySelector('.source-text')!;
    expect(text.text).toContain('<script>alert(1)</script>');
    expect(text.text).toContain('![i](http://127.0.0.1:1/x.png)');
    expect(text.querySelectorAll('img, a, script')).toHaveLength(0);
  });
});

describe('a report read from a PDF', () => {
  const report = () => records.find((r) => r.source.format === 'pdf')!;
  const asset = (r: Report, name: string) => readFileSync(join(dist, 'reports', r.id, name));

  it('publishes the original file, byte for byte, and links it for download', () => {
    const r = report();
    expect(r.file.endsWith(PUBLISHED_PDF.name)).toBe(true);
    expect(pageOf(r).querySelector('a[download]')?.getAttribute('href')).toBe(`${reportHref(r.id)}original.pdf`);
    expect(asset(r, 'original.pdf').equals(readFileSync(join(reportsDir, PUBLISHED_PDF.name)))).toBe(true);
  });

  it('shows an image of each page a figure cites, linked from each such figure and to the PDF page', () => {
    const r = report();
    const page = pageOf(r);
    const cited = citedPages(r);
    expect(cited.length).toBeGreaterThan(0);
    for (const { page: n, boxes } of cited) {
      expect(boxes.length).toBeGreaterThan(0);
      const figure = page.getElementById(`page-${n}`)!;
      expect(figure.querySelector('img')?.getAttribute('src')).toBe(`${reportHref(r.id)}page-${n}.webp`);
      expect(figure.querySelector(`a[href="${reportHref(r.id)}original.pdf#page=${n}"]`)).toBeTruthy();
      const image = asset(r, `page-${n}.webp`);
      expect(`${image.subarray(0, 4).toString('latin1')}${image.subarray(8, 12).toString('latin1')}`).toBe('RIFFWEBP');
    }
    const links = page.querySelectorAll('a.page-link').map((a) => a.getAttribute('href'));
    expect(new Set(links)).toEqual(new Set(cited.map(({ page: n }) => `#page-${n}`)));
    // No page images for reports read from text.
    for (const other of records.filter((x) => x.source.format === 'txt'))
      expect(pageOf(other).querySelectorAll('#pages, a.page-link'), other.id).toHaveLength(0);
  });
});

describe('compare pages', () => {
  const years = [...new Set(records.map((r) => r.year!))].sort((a, b) => b - a);
  const dataOf = (path: string): CompareData => JSON.parse(pages.get(path)!.getElementById('compare-data')!.text);

  it('show one year each, the newest at /compare/, with its data written once', () => {
    expect(dataOf('compare/index.html').year).toBe(years[0]);
    for (const year of years) {
      const page = pages.get(`compare/${year}/index.html`)!;
      expect(page.querySelectorAll('script[type="application/json"]')).toHaveLength(1);
      expect(page.querySelectorAll('[data-views]')).toHaveLength(0);
      const data = dataOf(`compare/${year}/index.html`);
      const inYear = records.filter((r) => r.year === year);
      expect(data.units.map((u) => u[0]).sort()).toEqual(inYear.map((r) => r.id).sort());
      // Every report of the year is drawn in each chart or counted as having nothing to draw.
      for (const chart of data.charts) expect(chart.points.length + chart.left, `${year} ${chart.id}`).toBe(inYear.length);
      const linked = page.querySelectorAll('table[data-view] tbody th a').map((a) => a.getAttribute('href'));
      expect(linked.sort()).toEqual(inYear.map((r) => reportHref(r.id)).sort());
    }
  });

  it('draw every chart as SVG at build time: named, described, one link per drawn report', () => {
    for (const year of years) {
      const page = pages.get(`compare/${year}/index.html`)!;
      const data = dataOf(`compare/${year}/index.html`);
      // The first measure in the figure, the others for readers without JavaScript (the parser keeps <noscript> as text).
      const hidden = page.querySelectorAll('noscript').flatMap((n) => parse(n.text).querySelectorAll('figure.chart svg.svg-chart'));
      const svgs = [...page.querySelectorAll('[data-compare] svg.svg-chart'), ...hidden];
      expect(svgs.map((svg) => svg.querySelector('title')!.text.split('（')[0])).toEqual(data.charts.map((c) => c.title));
      data.charts.forEach((chart, i) => {
        const svg = svgs[i]!;
        expect(svg.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.tagName, chart.id).toBe('TITLE');
        // The description points to the table twin, or says there is nothing to draw.
        const desc = svg.querySelector(`#${svg.getAttribute('aria-describedby')}`)?.text ?? '';
        expect(chart.points.length ? desc.includes('表格') : desc === '没有可画的数字。', `${year} ${chart.id}: ${desc}`).toBe(true);
        const linked = svg.querySelectorAll('a').map((a) => a.getAttribute('href'));
        expect(linked.sort(), `${year} ${chart.id}`).toEqual(chart.points.map(([u]) => reportHref(data.units[u]![0])).sort());
        expect(svg.querySelectorAll('a title')).toHaveLength(chart.points.length);
      });
    }
  });

  it('draw what the records hold, derived values marked', () => {
    const data = dataOf('compare/index.html');
    const budget = data.charts.find((c) => c.id === 'budget-spent')!;
    budget.points.forEach(([unit, ...values], i) => {
      const r = records.find((x) => x.id === data.units[unit]![0])!;
      expect(values).toEqual([r.budget?.value ?? null, r.spent?.value ?? null]);
      expect(budget.derived.filter(([p]) => p === i).map(([, k]) => k)).toEqual(
        [r.budget, r.spent].flatMap((f, k) => (f?.derived ? [k] : [])),
      );
    });
  });
});
