import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Report } from '../src/lib/schema.ts';
import { launchWithProfile, serveBuiltSite } from './helpers/browser.ts';
import type { serve } from './setup/static-server.ts';

const { dist, build } = inject('site');

let server: Awaited<ReturnType<typeof serve>>;
let browser: BrowserContext;
let closeBrowser: (() => Promise<void>) | undefined;
let page: Page;
let records: Report[];

beforeAll(async () => {
  ({ server, records } = await serveBuiltSite(dist, build));
  ({ context: browser, close: closeBrowser } = await launchWithProfile());
});

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
});

beforeEach(async () => {
  await page?.close();
  page = await browser.newPage();
});

const visibleRows = 'table[data-view] tbody tr:visible';
const names = (p: Page) => p.locator(`${visibleRows} th a`).allTextContents();
const scores = async (p: Page) => (await p.locator(`${visibleRows} td:nth-child(7)`).allTextContents()).map(Number);

describe('home', () => {
  it('sorts by a column and filters by year, then opens a report', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('[data-view-controls]').waitFor({ state: 'visible' });
    const byScore = records.map((r) => r.score!.value).sort((a, b) => b - a);
    expect(await scores(page)).not.toEqual(byScore);
    // Highest first on the first click, then the other way.
    await page.getByRole('button', { name: '自评得分' }).click();
    expect(await scores(page)).toEqual(byScore);
    await page.getByRole('button', { name: '自评得分' }).click();
    expect(await scores(page)).toEqual([...byScore].reverse());

    await page.locator('select[name="year"]').selectOption('2022');
    const in2022 = records.filter((r) => r.year === 2022).map((r) => r.name!);
    expect((await names(page)).sort()).toEqual(in2022.sort());

    await page.getByRole('link', { name: '太和镇' }).click(); // the 2021 row is filtered out
    await page.waitForURL('**/reports/2022-baiyun-taihe-msstg9/');
    expect(await page.locator('h1').textContent()).toContain('太和镇');
  });
});

describe('report page', () => {
  it('follows a figure to its highlighted source text', async () => {
    const taihe = records.find((r) => r.id === '2022-baiyun-taihe-msstg9')!;
    await page.goto(`${server.url}/reports/${taihe.id}/`);
    await page.locator('dd[data-field="budget"] a').click();
    expect(new URL(page.url()).hash).toBe(`#src-${taihe.budget!.start}-${taihe.budget!.end}`);
    const target = page.locator(':target');
    expect(await target.textContent()).toBe(taihe.budget!.text);
    await expect.poll(() => target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 212, 59)');
    expect(await target.isVisible()).toBe(true);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(page.viewportSize()!.height);
  });

  it('shows markup in a report as text: nothing runs, nothing is fetched', async () => {
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      requests.push(r.url());
    });
    const hostile = records.find((r) => r.file === 'hostile-report.txt')!;
    await page.goto(`${server.url}/reports/${hostile.id}/`, { waitUntil: 'load' });
    const text = await page.locator('.source-text').innerText();
    for (const literal of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '[x](javascript:alert(1))',
      '![i](http://127.0.0.1:1/x.png)',
    ]) {
      expect(text).toContain(literal);
    }
    expect(await page.locator('.source-text img, .source-text a, .source-text script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
  });
});

describe('content security policy', () => {
  /** Every CSP violation the page reports, as an event or on the console. */
  async function watch(p: Page): Promise<() => Promise<string[]>> {
    const console: string[] = [];
    p.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
    });
    // Init scripts run through the debugging protocol, outside the page's policy.
    await p.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    return async () => [...console, ...(await p.evaluate(() => (window as unknown as { violations: string[] }).violations))];
  }

  it('is sent with every page, and no page type violates it, also when used', async () => {
    const violations = await watch(page);
    const pages = ['/', '/compare/', ...records.map((r) => `/reports/${r.id}/`)];
    for (const path of pages) {
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], path).toMatch(/default-src 'none'/);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(1);
      if (path === '/') {
        await page.locator('table th button, table th').first().click();
        await page
          .locator('select')
          .first()
          .selectOption({ index: 1 })
          .catch(() => undefined);
      } else if (path === '/compare/') {
        await page.locator('[data-compare-controls]').waitFor({ state: 'visible' });
        await page
          .locator('select')
          .first()
          .selectOption({ index: 1 })
          .catch(() => undefined);
      } else {
        await page.locator('a[href^="#src-"]').first().click();
      }
      expect(await violations(), path).toEqual([]);
    }
  });
});

describe('compare page', () => {
  it('shows every chart as SVG without JavaScript', async () => {
    // The persistent context cannot turn JavaScript off per page; the DevTools protocol can.
    const bare = await browser.newPage();
    await (await browser.newCDPSession(bare)).send('Emulation.setScriptExecutionDisabled', { value: true });
    await bare.goto(`${server.url}/compare/`);
    expect(await bare.locator('[data-compare-controls]').isVisible()).toBe(false);
    const charts = bare.locator('figure.chart svg.svg-chart');
    expect(await charts.count()).toBe(await bare.locator('select[name="measure"] option').count());
    for (const chart of await charts.all()) {
      expect(await chart.isVisible()).toBe(true);
      expect(await chart.locator('rect.bar, circle').count()).toBeGreaterThan(0);
    }
    await bare.close();
  });

  it('redraws the chart of every measure', async () => {
    await page.goto(`${server.url}/compare/`);
    await page.locator('[data-compare-controls]').waitFor({ state: 'visible' });
    const chart = page.locator('[data-compare] svg.svg-chart');
    for (const measure of await page
      .locator('select[name="measure"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
      await page.locator('select[name="measure"]').selectOption(measure);
      await expect.poll(() => chart.getAttribute('aria-labelledby')).toBe(`chart-${measure}-title`);
      expect(await chart.locator('rect.bar').count(), measure).toBeGreaterThan(0);
    }
  });

  // The grouped budget chart and the stacked indicator chart: a bar, reached by keyboard, opens a report in the table.
  it.each(['budget-spent', 'indicators'])('opens the report of a bar in the %s chart, also by keyboard', async (measure) => {
    await page.goto(`${server.url}/compare/2022/?measure=${measure}`);
    await page.locator('[data-compare-controls]').waitFor({ state: 'visible' });
    const linked = await page.locator('table[data-view] tbody th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const row = page.locator('[data-compare] svg a.row').first();
    await row.focus();
    expect(await row.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/reports\/[a-z0-9-]+\/$/);
    expect(linked).toContain(new URL(page.url()).pathname);
    await page.goBack();
    await page.locator('[data-compare] svg a.row rect.bar').first().click();
    await page.waitForURL(/\/reports\/[a-z0-9-]+\/$/);
    expect(linked).toContain(new URL(page.url()).pathname);
  });
});

describe('a report read from a PDF', () => {
  it("shows the cited pages as images, jumps to a figure's page, and downloads the original", async () => {
    const report = records.find((r) => r.source.format === 'pdf')!;
    await page.goto(`${server.url}/reports/${report.id}/`);
    const link = page.locator('a.page-link').first();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((url) => url.hash === target);
    const image = page.locator(`${target} img`);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(500);
    const download = await page.request.get(`${server.url}${await page.locator('a[download]').getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
