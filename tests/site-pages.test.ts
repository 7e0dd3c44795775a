// The reader-facing pages of the built fixture site (tests/setup/build-site.ts: the shipped reports
// plus several units over several years and districts) hold what the records say: ranks within each
// peer group, changes over the years, repeated problems, red flags, explorers, open data, sidecar meta.
// Expected values are computed here from data/reports.json, independently of src/site.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import type { Report } from '../src/lib/schema.ts';
import { VARIANTS } from './helpers/fixture-corpus.ts';

const { dist, build } = inject('site');
if (build.code !== 0) throw new Error(`astro build failed:\n${build.log}`);
const read = (path: string): string => readFileSync(join(dist, path), 'utf8');
const html = (path: string): HTMLElement => parse(read(path));
const records: Report[] = JSON.parse(read('data/reports.json'));
const byId = (id: string): Report => records.find((r) => r.id === id)!;
const nameOf = (r: Report): string => r.name ?? r.entity ?? r.id;
const csvRows = (path: string): string[][] =>
  read(path)
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));

/** A year's peer group is named by its city when all its reports name the same one. */
function yearGroup(year: number): string {
  const cities = new Set(records.filter((r) => r.year === year).map((r) => r.city));
  return `${cities.size === 1 ? ([...cities][0] ?? '全部单位') : '全部单位'} ${year}`;
}

/** Competition rank, highest first: 1 + how many peers state a higher value; null when not stated. */
function expectedRank(r: Report, peers: Report[], pick: (r: Report) => number | null) {
  const v = pick(r);
  const stated = peers.map(pick).filter((x) => x !== null);
  return {
    rank: v === null ? null : 1 + stated.filter((x) => x > v).length,
    of: stated.length,
    tied: v !== null && stated.filter((x) => x === v).length > 1,
  };
}

describe('the fixture', () => {
  it('has several units over several years and districts', () => {
    for (const v of VARIANTS)
      expect(
        records.some((r) => r.file.endsWith(v.file)),
        v.file,
      ).toBe(true);
    expect(new Set(records.map((r) => r.district)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(records.map((r) => r.year)).size).toBeGreaterThanOrEqual(3);
    expect(
      records
        .filter((r) => r.name === '太和镇')
        .map((r) => r.year)
        .sort(),
    ).toEqual([2021, 2022, 2023]);
  });
});

describe('rankings on report pages', () => {
  const MEASURES = [
    { label: '执行率', pick: (r: Report) => r.executionRate?.value ?? null },
    { label: '自评得分', pick: (r: Report) => r.score?.value ?? null },
  ];

  it('rank each report in its district and year and in its year, ties shared, unstated values not ranked', () => {
    let ties = 0;
    let unstated = 0;
    for (const r of records) {
      const page = html(`reports/${r.id}/index.html`);
      const groups = [
        { name: `${r.district} ${r.year}`, peers: records.filter((x) => x.district === r.district && x.year === r.year) },
        { name: yearGroup(r.year!), peers: records.filter((x) => x.year === r.year) },
      ];
      for (const g of groups) {
        for (const m of MEASURES) {
          const li = page.querySelector(`.standings li[data-group="${g.name}"][data-measure="${m.label}"]`);
          expect(li, `${r.id} ${g.name} ${m.label}`).not.toBeNull();
          const want = expectedRank(r, g.peers, m.pick);
          expect(li!.getAttribute('data-rank'), `${r.id} ${g.name} ${m.label}`).toBe(want.rank === null ? '' : String(want.rank));
          expect(li!.getAttribute('data-of')).toBe(String(want.of));
          if (want.rank === null) {
            unstated++;
            expect(li!.text).toContain('未说明，不参与排名');
          } else expect(li!.text).toContain(`${want.tied ? '并列' : ''}第 ${want.rank} / ${want.of}`);
          if (want.tied) ties++;
          if (g.peers.length > want.of) expect(li!.text).toContain(`另有 ${g.peers.length - want.of} 份未说明`);
        }
      }
    }
    // The fixture has both: 太和镇 and 东和镇 2023 share a score, 北和镇 states no execution rate.
    expect(ties).toBeGreaterThan(0);
    expect(unstated).toBeGreaterThan(0);
  });

  it('name and link the peer groups, whose pages list exactly those reports', () => {
    const taihe = html('reports/2023-baiyun-taihe-msstg9/index.html');
    const link = taihe.querySelector('.standings li[data-group="白云区 2023"] a')!;
    expect(link.getAttribute('href')).toBe('/districts/baiyun/2023/');
    const listed = html('districts/baiyun/2023/index.html')
      .querySelectorAll('table[data-view] tbody th a')
      .map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(
      records
        .filter((r) => r.district === '白云区' && r.year === 2023)
        .map((r) => `/reports/${r.id}/`)
        .sort(),
    );
    const year = html('years/2023/index.html').querySelectorAll('table[data-view] tbody th a');
    expect(year).toHaveLength(records.filter((r) => r.year === 2023).length);
  });
});

describe('unit pages', () => {
  const unitOf = (r: Report) =>
    records.filter((x) => x.district === r.district && nameOf(x) === nameOf(r)).sort((a, b) => a.year! - b.year!);

  it('show every year with the change from the year before', () => {
    const page = html('units/baiyun-taihe/index.html');
    const reports = unitOf(byId('2022-baiyun-taihe-msstg9'));
    const rows = page.querySelectorAll('table.trend-table tbody tr');
    expect(rows.map((tr) => tr.getAttribute('data-year'))).toEqual(reports.map((r) => String(r.year)));
    reports.forEach((r, i) => {
      for (const key of ['budget', 'spent', 'executionRate', 'score'] as const) {
        const change = rows[i]!.querySelector(`td[data-field="${key}"] .change`);
        const [before, after] = [reports[i - 1]?.[key]?.value, r[key]?.value];
        if (i === 0 || before == null || after == null) expect(change, `${r.id} ${key}`).toBeNull();
        else expect(Number(change!.getAttribute('data-delta')), `${r.id} ${key}`).toBeCloseTo(after - before, 2);
      }
    });
  });

  it('mark a problem that repeats the year before, and not one that is new', () => {
    const reports = unitOf(byId('2023-baiyun-donghe-hwu5pt'));
    const page = html('units/baiyun-donghe/index.html');
    let repeated = 0;
    let fresh = 0;
    reports.forEach((r, i) => {
      r.problems.forEach((p, k) => {
        const li = page.getElementById(`y${r.year}-problems-${k + 1}`)!;
        const same = i > 0 ? reports[i - 1]!.problems.indexOf(p) : -1;
        if (same >= 0) {
          repeated++;
          expect(li.getAttribute('data-repeats'), `${r.year} ${k}`).toBe(`y${reports[i - 1]!.year}-problems-${same + 1}`);
          expect(li.text).toContain('再次出现');
        } else if (i > 0 && !reports[i - 1]!.problems.some((q) => q.slice(0, 6) === p.slice(0, 6))) {
          fresh++;
          expect(li.getAttribute('data-repeats'), `${r.year} ${k}`).toBeUndefined();
        }
      });
    });
    expect(repeated).toBeGreaterThan(0);
    expect(fresh).toBe(1); // the problem the fixture rewrote for 2023
  });

  it('match indicators across years by name', () => {
    const reports = unitOf(byId('2023-haizhu-xihu-7r2w3m'));
    const rows = html('units/haizhu-xihu/index.html').querySelectorAll('table.matrix tbody tr');
    expect(rows).toHaveLength(new Set(reports.flatMap((r) => r.indicators.map((i) => i.name))).size);
    for (const tr of rows)
      expect(tr.querySelectorAll('td[data-met]')).toHaveLength(
        reports.filter((r) => r.indicators.some((i) => i.name === tr.querySelector('th')!.text)).length,
      );
  });
});

describe('explorers', () => {
  it('list every failed check, 优 with unmet indicators and rate under 90 % as a red flag', () => {
    const rows = html('explore/red-flags/index.html').querySelectorAll('table[data-view] tbody tr');
    const count = (kind: string, id: string) =>
      rows.filter((tr) => tr.getAttribute('data-kind') === kind && tr.getAttribute('data-id') === id).length;
    for (const r of records) {
      expect(count('check', r.id), r.id).toBe(r.checks.filter((c) => !c.ok).length);
      expect(count('excellent-unmet', r.id), r.id).toBe(r.grade?.value === '优' && r.indicators.some((i) => i.met === false) ? 1 : 0);
      expect(count('low-rate', r.id), r.id).toBe(r.executionRate && r.executionRate.value < 90 ? 1 : 0);
    }
    expect(rows.length).toBeGreaterThan(0);
  });

  it('list every deduction and every indicator, linking to its place on the report page', () => {
    const deductions = html('explore/deductions/index.html').querySelectorAll('table[data-view] tbody tr');
    expect(deductions).toHaveLength(records.reduce((n, r) => n + r.deductions.length, 0));
    for (const tr of deductions)
      expect(tr.querySelector('td.num a')!.getAttribute('href')).toMatch(/^\/reports\/[a-z0-9-]+\/#src-\d+-\d+$/);
    const indicators = html('explore/indicators/index.html').querySelectorAll('table[data-view] tbody tr');
    expect(indicators).toHaveLength(records.reduce((n, r) => n + r.indicators.length, 0));
    const unmet = records.reduce((n, r) => n + r.indicators.filter((i) => i.met === false).length, 0);
    expect(indicators.filter((tr) => tr.getAttribute('data-met') === 'unmet')).toHaveLength(unmet);
  });
});

describe('report pages', () => {
  it('summarise failures next to the headline figures, and link every failed check to its source', () => {
    for (const r of records) {
      const page = html(`reports/${r.id}/index.html`);
      const failed = r.checks.filter((c) => !c.ok).length;
      expect(page.querySelectorAll('#flags li[data-kind="check"]'), r.id).toHaveLength(failed);
      for (const li of page.querySelectorAll('.checks li.bad'))
        expect(li.querySelector('a.src-link'), `${r.id}: ${li.text}`).not.toBeNull();
    }
  });

  it('show where a report comes from when its sidecar says, and say so when there is none', () => {
    const taihe = byId('2022-baiyun-taihe-msstg9');
    expect(taihe.meta).toEqual({
      url: 'https://www.by.gov.cn/zwgk/taihe-2022.pdf',
      publisher: '广州市白云区太和镇人民政府',
      published: '2023-06-30',
      licence: '政府信息公开',
    });
    const meta = html(`reports/${taihe.id}/index.html`).querySelector('dl.meta')!;
    expect(meta.text).toContain('广州市白云区太和镇人民政府');
    expect(meta.querySelector('a')!.getAttribute('href')).toBe(taihe.meta!.url);
    // 荔城街道's sidecar has a field that is not allowed and a non-web address: a warning, no meta.
    expect(byId('2021-zengcheng-licheng-92qjhn').meta).toBeUndefined();
    expect(build.log).toMatch(/004-licheng\.meta\.yaml warning .*author.* meta\/invalid/);
    for (const r of records.filter((x) => !x.meta)) {
      const page = html(`reports/${r.id}/index.html`);
      expect(page.querySelector('[data-meta="none"]'), r.id).not.toBeNull();
      expect(page.text).not.toContain(r.file);
    }
  });
});

describe('open data', () => {
  it('leaves the indicator counts empty, not 0, for a report that lists none', () => {
    const [header, ...rows] = csvRows('data/reports.csv');
    const [met, all] = [header!.indexOf('指标达成数'), header!.indexOf('指标数')];
    for (const row of rows) {
      const r = byId(row[0]!);
      expect([row[met], row[all]], r.id).toEqual(
        r.indicators.length ? [String(r.indicators.filter((i) => i.met === true).length), String(r.indicators.length)] : ['', ''],
      );
    }
  });

  it('has a long table per kind of item, one row each, described column by column in the dictionary', () => {
    const dictionary = JSON.parse(read('data/dictionary.json'));
    const counts: Record<string, number> = {
      'indicators.csv': records.reduce((n, r) => n + r.indicators.length, 0),
      'deductions.csv': records.reduce((n, r) => n + r.deductions.length, 0),
      'fund-lines.csv': records.reduce((n, r) => n + r.fundLines.length, 0),
      'projects.csv': records.reduce((n, r) => n + r.projects.length, 0),
    };
    for (const [file, n] of Object.entries(counts)) {
      const text = read(`data/${file}`);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const header = text.slice(1).split('\r\n')[0]!.split(',');
      expect(header.slice(0, 2)).toEqual(['report_id', 'unit']);
      const described = dictionary.files.find((f: { path: string }) => f.path === `/data/${file}`);
      expect(described.columns.map((c: { name: string }) => c.name)).toEqual(header);
      for (const c of described.columns) expect(c.en && c.zh && c.about.en && c.about.zh, `${file} ${c.name}`).toBeTruthy();
      // Rows may hold quoted line breaks, so count the records by their report id column.
      const ids = new Set(records.map((r) => r.id));
      expect(
        text.split('\r\n').filter((line) => ids.has(line.split(',')[0]!)),
        file,
      ).toHaveLength(n);
    }
    expect(dictionary.licence.name).toBeTruthy();
  });
});

describe('home', () => {
  it('lists every report once and links every year and district-year page, which all exist', () => {
    const home = html('index.html');
    expect(home.querySelectorAll('table[data-view] tbody tr')).toHaveLength(records.length);
    const links = home.querySelectorAll('.index a').map((a) => a.getAttribute('href')!);
    const districtYears = new Set(records.filter((r) => r.district).map((r) => `${r.district}/${r.year}`));
    expect(links.filter((h) => h.startsWith('/districts/'))).toHaveLength(districtYears.size);
    for (const href of links) expect(readdirSync(join(dist, href))).toContain('index.html');
  });
});
