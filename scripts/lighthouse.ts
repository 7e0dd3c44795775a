// Lighthouse budgets of the built site: home, the largest report page and compare, on mobile and on
// desktop, in one Chromium and one process. A page passes when performance ≥ 90 (mobile) / ≥ 95
// (desktop) and accessibility, best practices and SEO are 100. The machines are shared, so each page
// gets up to three runs and its best score per category counts; a page stops early once it passes.
// npm run build && npm run lighthouse [DIST] [PAGE...]   (PAGE: home, report, compare; CHROME_PATH, default
// /usr/bin/chromium; LIGHTHOUSE_OUT=dir keeps each page's best report as JSON there)
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';

const dist = process.argv[2] ?? 'dist';
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const BUDGETS: Record<'mobile' | 'desktop', Record<Category, number>> = {
  mobile: { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 },
  desktop: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
};

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run npm run build first`);
  process.exit(1);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/** The built site as a static host serves it: gzip where the client accepts it, 404.html for a miss. */
function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const body = readFileSync(found ? file : join(dir, '404.html'));
    const ext = found ? extname(file) : '.html';
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipSync(body) : body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}

const gz = (page: string) => gzipSync(readFileSync(join(dist, page))).length;
const reports = readdirSync(join(dist, 'reports')).map((id) => `reports/${id}/index.html`);
const largest = reports.reduce((a, b) => (gz(a) >= gz(b) ? a : b));
const only = process.argv.slice(3);
const PAGES = (
  [
    ['home', '/'],
    ['report', `/${largest.replace(/index\.html$/, '')}`],
    ['compare', '/compare/'],
  ] as const
).filter(([name]) => only.length === 0 || only.includes(name));
const keep = process.env.LIGHTHOUSE_OUT;
if (keep) mkdirSync(keep, { recursive: true });

const server = await serve(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

const rows: Record<string, Record<string, string | number>> = {};
let failed = 0;
try {
  for (const [name, path] of PAGES) {
    for (const form of ['mobile', 'desktop'] as const) {
      const best: Record<string, number> = {};
      const budget = BUDGETS[form];
      const passes = () => CATEGORIES.every((c) => (best[c] ?? 0) >= budget[c]);
      let runs = 0;
      let metrics = '';
      while (runs < RUNS && !(runs > 0 && passes())) {
        runs++;
        const result = await lighthouse(
          server.url + path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          form === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result!.lhr;
        for (const c of CATEGORIES) {
          const score = Math.round((lhr.categories[c]?.score ?? 0) * 100);
          if (c === 'performance' && score > (best[c] ?? -1)) {
            if (keep) writeFileSync(join(keep, `${name}-${form}.json`), result!.report as string);
            const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
            metrics = `FCP ${ms('first-contentful-paint')} LCP ${ms('largest-contentful-paint')} TBT ${ms('total-blocking-time')} CLS ${lhr.audits['cumulative-layout-shift']?.displayValue ?? '?'}`;
          }
          best[c] = Math.max(best[c] ?? 0, score);
        }
        for (const c of CATEGORIES) {
          if (c === 'performance') continue;
          // Say why a non-performance category is short of 100: the audits that failed.
          if ((lhr.categories[c]?.score ?? 0) < 1 && runs === 1) {
            const bad = lhr.categories[c]!.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id);
            console.error(`${name} ${form} ${c}: ${bad.join(', ')}`);
          }
        }
      }
      const ok = passes();
      if (!ok) failed++;
      rows[`${name} ${form}`] = {
        path,
        runs,
        ...Object.fromEntries(CATEGORIES.map((c) => [c, best[c]!])),
        metrics,
        budget: ok ? 'ok' : 'MISSED',
      };
    }
  }
} finally {
  chrome.kill();
  server.close();
}
console.table(rows);
if (failed) {
  console.error(
    `lighthouse: ${failed} page/form factor(s) missed the budget (performance ≥ ${BUDGETS.mobile.performance} mobile, ≥ ${BUDGETS.desktop.performance} desktop; the rest 100), best of ${RUNS} runs`,
  );
  process.exit(1);
}
