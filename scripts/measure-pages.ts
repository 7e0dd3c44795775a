// Gzip size of what each page type sends — HTML (with any inline <style>), CSS files and JavaScript
// (script files, inline scripts and the modules they import) — from the built site:
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
  for (const s of dom.querySelectorAll('script[src], link[rel="modulepreload"]')) for (const f of local(s.getAttribute('src') ?? s.getAttribute('href'))) scriptFiles(f, files);
  const inline = dom.querySelectorAll('script:not([src])').map((s) => s.text).join('\n');
  const css = dom.querySelectorAll('link[rel="stylesheet"]').flatMap((l) => local(l.getAttribute('href'))).map((f) => readFileSync(f, 'utf8'));
  return {
    html: gz(html),
    css: css.length ? gz(css.join('\n')) : 0,
    js: (inline ? gz(inline) : 0) + [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0),
    scripts: files.size + (inline ? 1 : 0),
  };
}

const reports = readdirSync(join(dist, 'reports')).map((id) => `reports/${id}/index.html`);
const largest = reports.reduce((a, b) => (gz(readFileSync(join(dist, a))) >= gz(readFileSync(join(dist, b))) ? a : b));
const rows = [
  ['home', 'index.html'],
  [`report (largest of ${reports.length})`, largest],
  ['compare', 'compare/index.html'],
] as const;

console.table(
  Object.fromEntries(
    rows.map(([name, page]) => {
      const m = measure(page);
      return [name, { file: page, 'HTML gz': kb(m.html), 'CSS files gz': kb(m.css), 'JS gz': kb(m.js), scripts: m.scripts }];
    }),
  ),
);
