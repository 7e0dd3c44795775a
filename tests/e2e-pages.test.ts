// Browser walk of every page type of the fixture site: axe finds no violation at 390 and 1280 px, no
// page scrolls sideways on a phone, and the view in the address (filters, sort, measure, highlighted
// units) is reproduced by opening a copied link, and by Back and Forward.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../src/lib/schema.ts';
import { AXE, launchWithProfile, serveBuiltSite } from './helpers/browser.ts';
import type { serve } from './setup/static-server.ts';

const { dist, build } = inject('site');

let server: Awaited<ReturnType<typeof serve>>;
let browser: BrowserContext;
let closeBrowser: (() => Promise<void>) | undefined;
let records: Report[];

beforeAll(async () => {
  ({ server, records } = await serveBuiltSite(dist, build));
  ({ context: browser, close: closeBrowser } = await launchWithProfile());
});

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.url}${path}`);
  return page;
}

const PAGE_TYPES = [
  '/',
  '/reports/2023-conghua-lvtian/',
  '/reports/2021-zengcheng-licheng/',
  '/units/baiyun-taihe/',
  '/districts/baiyun/2023/',
  '/years/2023/',
  '/compare/',
  '/explore/',
  '/explore/deductions/',
  '/explore/indicators/',
  '/explore/red-flags/',
  '/data/dictionary/',
];

describe('every page type', () => {
  it.each(PAGE_TYPES)(
    '%s: no axe violation and no sideways scroll at 390 and 1280 px',
    async (path) => {
      for (const width of [390, 1280]) {
        const page = await open(path, width);
        await page.waitForLoadState('load');
        await page.evaluate(AXE); // not a script tag: the page's CSP forbids inline scripts
        const violations = await page.evaluate(async () => {
          // @ts-expect-error axe is injected above
          const result = await window.axe.run(document, {
            runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          });
          return result.violations.map(
            (v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        expect(violations, `${path} at ${width}`).toEqual([]);
        if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
        await page.close();
      }
    },
    120_000,
  );
});

const visibleRows = (page: Page) =>
  page.locator('table[data-view] tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.querySelector('th')!.textContent!.trim()));

describe('the address holds the view', () => {
  it('explorer: filtered and sorted, a copied link shows the same rows; Back and Forward step through', async () => {
    const page = await open('/explore/indicators/');
    await page.locator('form[data-view-controls]').waitFor({ state: 'visible' });
    const all = await visibleRows(page);
    await page.locator('select[name="met"]').selectOption('unmet');
    const unmet = await visibleRows(page);
    expect(unmet.length).toBe(records.reduce((n, r) => n + r.indicators.filter((i) => i.met === false).length, 0));
    expect(unmet.length).toBeLessThan(all.length);
    await page.getByRole('button', { name: /^指标/ }).click();
    const sorted = await visibleRows(page);
    expect(sorted).toEqual([...unmet].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    const url = page.url();
    expect(new URL(url).searchParams.get('met')).toBe('unmet');
    expect(new URL(url).searchParams.get('sort')).toBe('name');

    const copy = await browser.newPage();
    await copy.goto(url);
    await copy.locator('form[data-view-controls]').waitFor({ state: 'visible' });
    expect(await visibleRows(copy)).toEqual(sorted);
    expect(await copy.locator('select[name="met"]').inputValue()).toBe('unmet');
    await copy.close();

    await page.goBack();
    await expect.poll(() => visibleRows(page)).toEqual(unmet);
    await page.goBack();
    await expect.poll(() => visibleRows(page)).toEqual(all);
    await page.goForward();
    await expect.poll(() => visibleRows(page)).toEqual(unmet);
    await page.close();
  });

  it('home: a district filter in the address is applied when the page opens, and without JavaScript every report is listed', async () => {
    const page = await open('/?district=白云区');
    await page.locator('form[data-view-controls]').waitFor({ state: 'visible' });
    const names = await visibleRows(page);
    expect(names.sort()).toEqual(
      records
        .filter((r) => r.district === '白云区')
        .map((r) => r.name!)
        .sort(),
    );
    await page.close();

    const context = await browser.browser()!.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(`${server.url}/?district=白云区`);
    expect(await bare.locator('table[data-view] tbody tr').count()).toBe(records.length);
    await context.close();
  });

  it('compare: measure, order and highlighted units survive a copied link', async () => {
    const page = await open('/compare/2023/');
    await page.locator('[data-compare]').waitFor({ state: 'visible' });
    await page.locator('select[name="measure"]').selectOption('score');
    const taihe = page.locator('tr[data-id="2023-baiyun-taihe-msstg9"] button.highlight');
    await taihe.click();
    await expect.poll(() => taihe.getAttribute('aria-pressed')).toBe('true');
    const url = page.url();
    expect(new URL(url).searchParams.get('measure')).toBe('score');
    expect(new URL(url).searchParams.get('hl')).toBe('2023-baiyun-taihe-msstg9');
    const summary = await page.locator('#chart-summary').textContent();
    expect(summary).toContain('太和镇');

    const copy = await browser.newPage();
    await copy.goto(url);
    await copy.locator('[data-compare]').waitFor({ state: 'visible' });
    expect(await copy.locator('select[name="measure"]').inputValue()).toBe('score');
    expect(await copy.locator('tr[data-id="2023-baiyun-taihe-msstg9"] button.highlight').getAttribute('aria-pressed')).toBe('true');
    expect(await copy.locator('#chart-summary').textContent()).toBe(summary);
    expect(await copy.locator('[data-compare] figcaption').textContent()).toContain('自评得分');
    await copy.close();
    await page.close();
  });

  it('compare: the distribution by district marks and names the highlighted units, and is kept in the address', async () => {
    const page = await open('/compare/2023/?hl=2023-baiyun-beihe-44re04');
    await page.locator('[data-compare]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-compare] figcaption').textContent()).not.toContain('分布');
    await page.locator('select[name="chart"]').selectOption('strip');
    await expect.poll(() => page.locator('[data-compare] figcaption').textContent()).toContain('各区分布');
    expect(new URL(page.url()).searchParams.get('chart')).toBe('strip');
    // Drawn as SVG: one dot per report with a value, the highlighted one larger and named.
    const marked = page.locator('[data-compare] svg.strip a.dot.hl');
    expect(await marked.count()).toBe(1);
    expect(await marked.getAttribute('href')).toBe('/reports/2023-baiyun-beihe-44re04/');
    expect(await marked.locator('text').textContent()).toBe('北和镇');
    expect(await page.locator('#chart-summary').textContent()).toContain('北和镇');
    await page.goBack();
    await expect.poll(() => page.locator('[data-compare] figcaption').textContent()).not.toContain('分布');
    await page.close();
  });
});
