// What a reader does beyond reading one report, in Chromium: search (Chinese and pinyin) and follow a
// result, land on a missing page, print a report, read in dark mode, see the charts without
// JavaScript and reach each bar by keyboard, share a link (metadata and card); axe on every page type.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../src/lib/schema.ts';
import { UNDATED } from '../src/site/search-shards.ts';
import { searchTerms } from '../src/site/search-terms.ts';
import { AXE, CHROMIUM, CHROMIUM_ARGS, serveBuiltSite } from './helpers/browser.ts';
import type { serve } from './setup/static-server.ts';

const { dist, build } = inject('site');

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let records: Report[];

beforeAll(async () => {
  ({ server, records } = await serveBuiltSite(dist, build));
  // launch() gives the browser a fresh temporary profile of its own, and lets each test open a context
  // with its own colour scheme or with JavaScript off.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in a fresh context; axe is evaluated through the DevTools protocol, which a CSP does not block. */
async function open(
  path: string,
  options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean; width?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(server.url + path);
  return page;
}
const close = (page: Page) => page.context().close();

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('search', () => {
  const results = (page: Page) => page.locator('[data-search-results] li');

  it.each([
    ['太和', '太和镇'],
    ['taihe', '太和镇'],
    ['长者饭堂', '荔城街道'],
  ])('finds %s in %s, from the header search box, and follows the result', async (query, unit) => {
    const page = await open('/');
    await page.getByRole('searchbox', { name: /搜索报告/ }).fill(query);
    await page.getByRole('button', { name: /搜索/ }).click();
    await page.waitForURL(/\/search\/\?q=/);
    await results(page).first().waitFor();
    const first = results(page).filter({ hasText: unit }).first();
    // The result names the unit and year, its district and heading, and shows the words it matched.
    expect(await first.locator('a').textContent()).toMatch(new RegExp(`^${unit} \\d{4}$`));
    const where = await first.locator('.where').textContent();
    // Chinese is segmented into words (长者饭堂 → 长者 饭堂), each marked.
    const marked = (await first.locator('mark').allTextContents()).join('');
    if (/\p{Script=Han}/u.test(query)) for (const ch of query) expect(marked).toContain(ch);
    await first.locator('a').click();
    await page.waitForURL(/\/reports\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').textContent()).toContain(unit);
    const report = records.find((r) => new URL(page.url()).pathname === `/reports/${r.id}/`)!;
    expect(report.name).toBe(unit);
    expect(where).toBe(` ${report.district} · ${await page.locator('h1').textContent()}`);
    await close(page);
  });

  it('finds the reports of one unit in every year, across the shards of the index', async () => {
    const page = await open('/search/?q=太和');
    await results(page).first().waitFor();
    const found = await results(page).locator('a').allTextContents();
    const years = records.filter((r) => r.name === '太和镇').map((r) => `太和镇 ${r.year}`);
    expect(new Set(years).size).toBeGreaterThan(1);
    for (const year of years) expect(found).toContain(year);
    await close(page);
  });

  it('keeps every part of a query across the shards, as one index would: a unit of one year and a word of every year', async () => {
    // A unit whose reports are all of one year: the other years' shards do not hold its pinyin, and
    // Pagefind alone would drop it there and list their reports that have the other word.
    const unit = records.find((r) => r.name && r.year !== null && records.every((o) => o.name !== r.name || o.year === r.year))!;
    expect(new Set(records.map((r) => r.year)).size).toBeGreaterThan(1);
    const pinyin = searchTerms(unit).split(' ')[0]!;
    const page = await open('/search/');
    const count = async (q: string) => {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toMatch(/找到|没有/);
      return Number(/找到 (\d+)/.exec((await page.locator('[data-search-status]').textContent())!)?.[1] ?? 0);
    };
    const alone = await count(pinyin);
    expect(alone).toBeGreaterThan(0);
    expect(await count('年度')).toBeGreaterThan(alone);
    const both = await count(`${pinyin} 年度`);
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThanOrEqual(alone);
    for (const name of await results(page).locator('a').allTextContents()) expect(name).toContain(unit.name);
    await close(page);
  });

  it('indexes every report of the build exactly once, in a shard of its year, in the language of the pages, and no other page', () => {
    const read = (path: string) => readFileSync(join(dist, path));
    const shards: string[] = JSON.parse(read('pagefind/shards.json').toString());
    const shardOf = (r: Report) => `/pagefind/${r.year ?? UNDATED}/`;
    // Newest year first, the reports without a year last.
    const years = [...new Set(records.map((r) => r.year))].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
    expect(shards).toEqual(years.map((year) => `/pagefind/${year ?? UNDATED}/`));
    const urls: string[] = [];
    for (const shard of shards) {
      const entry = JSON.parse(read(`${shard}pagefind-entry.json`).toString());
      expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
      expect(entry.languages['zh-cn'].page_count).toBe(records.filter((r) => shardOf(r) === shard).length);
      // Each page's fragment: gzip of "pagefind_dcd" and its JSON.
      const fragments = readdirSync(join(dist, shard, 'fragment'));
      for (const f of fragments) {
        const text = gunzipSync(read(`${shard}fragment/${f}`)).toString();
        const { url } = JSON.parse(text.slice(text.indexOf('{')));
        expect(shardOf(records.find((r) => `/reports/${r.id}/` === url)!)).toBe(shard);
        urls.push(url);
      }
    }
    expect(urls.sort()).toEqual(records.map((r) => `/reports/${r.id}/`).sort());
  });

  it('says when nothing matches', async () => {
    const page = await open('/search/?q=zzzzqqq');
    // The first query loads the index and its WebAssembly: slow on a busy machine.
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toContain('没有找到');
    expect(await results(page).count()).toBe(0);
    await close(page);
  });
});

describe('a missing page', () => {
  it('answers 404 with a Chinese page that leads back', async () => {
    const page = await open('/');
    const response = await page.goto(`${server.url}/reports/2022-baiyun-taihe-typo/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('找不到这个页面');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('link', { name: '查看全部报告' }).click();
    await page.waitForURL(`${server.url}/`);
    await close(page);
  });
});

describe('print', () => {
  it('prints a report without navigation, each figure with the words it quotes, the original on a new page', async () => {
    const taihe = records.find((r) => r.id === '2022-baiyun-taihe-msstg9')!;
    const page = await open(`/reports/${taihe.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['header.site', 'footer.site', '.site-search', 'details.toc'])
      expect(await page.locator(hidden).first().isVisible()).toBe(false);
    const budget = page.locator('dd[data-field="budget"] a.fig');
    const after = await budget.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(taihe.budget!.text);
    expect(await page.locator('#source').evaluate((s) => getComputedStyle(s).breakBefore)).toBe('page');
    const size = await page
      .locator('.source-text p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(13); // 10.5pt
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await close(page);
  });
});

/** WCAG contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('dark mode', () => {
  it('follows the system setting, with readable text and links', async () => {
    const page = await open('/reports/2021-zengcheng-licheng-92qjhn/', { colorScheme: 'dark' });
    const colors = await page.evaluate(() => {
      const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      return {
        bg: style('body').backgroundColor,
        text: style('body').color,
        link: style('main a').color,
        unmet: style('tr.unmet').backgroundColor,
      };
    });
    expect(contrast(colors.bg, 'rgb(0, 0, 0)')).toBeLessThan(1.5); // the page is dark
    expect(contrast(colors.text, colors.bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(colors.link, colors.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.text, colors.unmet)).toBeGreaterThanOrEqual(4.5);
    await close(page);
  });
});

describe('charts without JavaScript', () => {
  it('shows every embeddable chart as SVG, with its link back, and each bar reachable by keyboard', async () => {
    const page = await open('/embed/budget-spent/all/', { javaScriptEnabled: false });
    const svg = page.locator('svg.svg-chart');
    expect(await svg.isVisible()).toBe(true);
    const rows = svg.locator('a.row');
    const drawn = records.filter((r) => r.budget || r.spent).length;
    expect(await rows.count()).toBe(drawn);
    expect(await svg.locator('rect.bar').count()).toBeGreaterThan(drawn);
    expect(await page.getByRole('link', { name: /对比各镇街/ }).getAttribute('target')).toBe('_top');
    // Tab from the top reaches the first bar's row; Enter opens its report.
    let focused = '';
    for (let i = 0; i < 5 && !focused.startsWith('/reports/'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    }
    expect(focused).toBe(await rows.first().getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}${focused}`);
    await close(page);
  });
});

describe('sharing a link', () => {
  it('gives a report page a canonical URL, a card and an image that is a PNG', async () => {
    const page = await open('/reports/2022-baiyun-taihe-msstg9/');
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/reports\/2022-baiyun-taihe-msstg9\/$/);
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:title"]')).toBe('太和镇 2022');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = new URL((await meta('meta[property="og:image"]'))!);
    expect(image.pathname).toBe('/og/2022-baiyun-taihe-msstg9.png');
    const png = Buffer.from(await (await fetch(server.url + image.pathname)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    await close(page);
  });

  it('publishes robots.txt, a sitemap of every report, and a favicon', async () => {
    const robots = await (await fetch(`${server.url}/robots.txt`)).text();
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
    const index = await (await fetch(server.url + new URL(sitemapUrl).pathname)).text();
    const sitemap = await (await fetch(server.url + new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).pathname)).text();
    for (const r of records) expect(sitemap).toContain(`/reports/${r.id}/</loc>`);
    expect(sitemap).not.toContain('/embed/');
    const ico = await fetch(`${server.url}/favicon.ico`);
    expect(ico.status).toBe(200);
    expect([...new Uint8Array(await ico.arrayBuffer()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });
});

describe('axe', () => {
  // Every page type in light mode; in dark mode the pages with the most colours (unmet rows, marks, charts).
  const LIGHT = [
    '/',
    '/reports/2022-baiyun-taihe-msstg9/',
    '/reports/2021-zengcheng-licheng-92qjhn/',
    '/compare/',
    '/search/?q=太和',
    '/glossary/',
    '/embed/score/all/',
    '/no-such-page/',
  ];
  const DARK = ['/reports/2021-zengcheng-licheng-92qjhn/', '/compare/', '/search/?q=太和', '/embed/indicators/all/'];
  const cases = [...LIGHT.map((path) => [path, 'light'] as const), ...DARK.map((path) => [path, 'dark'] as const)];
  it.each(cases)('finds no violation on %s (%s)', async (path, colorScheme) => {
    const page = await open(path, { colorScheme });
    if (path.startsWith('/search/')) await page.locator('[data-search-results] li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });
});
