// Gzip size of what each page type sends — HTML (with any inline <style>), CSS files and JavaScript
// (script files, inline scripts and the modules they import) — from the built site, and the budgets
// CI holds: every report page within 20 KB gzip of HTML + CSS (images apart), the compare page within
// 70 KB gzip of JavaScript. Exits 1 when a budget is passed.
// npm run build && npm run measure [DIST].
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run npm run build first`);
  process.exit(1);
}

const gz = (text: string | Buffer): number => gzipSync(text).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g;

/** A script file and every module it imports statically, each counted once. */
function scriptFiles(path: string, seen: Set<string>): void {
  if (seen.has(path)) return;
  seen.add(path);
  for (const m of readFileSync(path, 'utf8').matchAll(IMPORT)) scriptFiles(join(m[1]!.startsWith('/') ? dist : dirname(path), m[1]!), seen);
}

function measure(page: string) {
  const html = readFileSync(join(dist, page), 'utf8');
  const dom = parse(html);
  const local = (href: string | undefined) => (href?.startsWith('/') ? [join(dist, href)] : []);
  const files = new Set<string>();
  for (const s of dom.querySelectorAll('script[src], link[rel="modulepreload"]'))
    for (const f of local(s.getAttribute('src') ?? s.getAttribute('href'))) scriptFiles(f, files);
  // A JSON data block (type=application/json) is data in the HTML, not JavaScript.
  const inline = dom
    .querySelectorAll('script:not([src]):not([type="application/json"])')
    .map((s) => s.text)
    .join('\n');
  const css = dom
    .querySelectorAll('link[rel="stylesheet"]')
    .flatMap((l) => local(l.getAttribute('href')))
    .map((f) => readFileSync(f, 'utf8'));
  return {
    html: gz(html),
    css: css.length ? gz(css.join('\n')) : 0,
    js: (inline ? gz(inline) : 0) + [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0),
    scripts: files.size + (inline ? 1 : 0),
  };
}

/** Every index.html under `dir` (recursively), or [] when there is none. */
const htmlUnder = (dir: string): string[] =>
  existsSync(join(dist, dir))
    ? readdirSync(join(dist, dir), { recursive: true, encoding: 'utf8' })
        .filter((p) => p.endsWith('index.html'))
        .map((p) => join(dir, p))
    : [];
const largest = (pages: string[]): string =>
  pages.reduce((a, b) => (gz(readFileSync(join(dist, a))) >= gz(readFileSync(join(dist, b))) ? a : b));
// One row per page type: its largest page, and how many pages of that type there are.
const TYPES: [string, string[]][] = [
  ['home', ['index.html']],
  ['home, later pages', htmlUnder('page')],
  ['report', htmlUnder('reports')],
  ['unit', htmlUnder('units')],
  ['district-year', htmlUnder('districts')],
  ['year', htmlUnder('years')],
  ['compare (one year)', htmlUnder('compare')],
  ['explore: deductions', htmlUnder('explore/deductions')],
  ['explore: indicators', htmlUnder('explore/indicators')],
  ['explore: red flags', htmlUnder('explore/red-flags')],
  ['data dictionary', htmlUnder('data/dictionary')],
];
const rows = TYPES.filter(([, pages]) => pages.length > 0).map(
  ([name, pages]) => [`${name} (largest of ${pages.length})`, largest(pages)] as const,
);

// Budgets held in CI: every report page's HTML + CSS, and the compare page's JavaScript.
const KB = 1024;
const BUDGET = { reportHtmlCss: 20 * KB, compareJs: 70 * KB };
const reports = htmlUnder('reports');
const htmlCss = (m: ReturnType<typeof measure>) => m.html + m.css;
const reportSizes = new Map(reports.map((page) => [page, htmlCss(measure(page))]));

console.table(
  Object.fromEntries(
    rows.map(([name, page]) => {
      const m = measure(page);
      return [name, { file: page, 'HTML gz': kb(m.html), 'CSS files gz': kb(m.css), 'JS gz': kb(m.js), scripts: m.scripts }];
    }),
  ),
);

const compareJs = existsSync(join(dist, 'compare/index.html')) ? measure('compare/index.html').js : 0;
const over = [
  ...reports
    .filter((page) => reportSizes.get(page)! > BUDGET.reportHtmlCss)
    .map((page) => `${page}: HTML + CSS ${kb(reportSizes.get(page)!)} gzip > ${kb(BUDGET.reportHtmlCss)}`),
  ...(compareJs > BUDGET.compareJs ? [`compare/index.html: JS ${kb(compareJs)} gzip > ${kb(BUDGET.compareJs)}`] : []),
];
if (over.length) {
  console.error(`over budget:\n${over.join('\n')}`);
  process.exit(1);
}
console.log(
  `budgets held: ${reports.length} report pages ≤ ${kb(BUDGET.reportHtmlCss)} HTML + CSS gzip (largest ${kb(Math.max(...reportSizes.values()))}); compare ${kb(compareJs)} ≤ ${kb(BUDGET.compareJs)} JS gzip`,
);
