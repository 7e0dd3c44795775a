// Size of the search index per 1,000 reports: indexes 1,000 reports made from the built site's records
// (each copy under another unit name, so words are not all shared) as the build does (the document of
// src/site/search-record.ts, the same Pagefind), and prints the bytes written, the files, and the bytes
// per report.
// npm run build && npm run search:size [DIST] [N]
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Report } from '../src/lib/schema.ts';
import { searchDocument } from '../src/site/search-record.ts';

const dist = process.argv[2] ?? 'dist';
const count = Number(process.argv[3] ?? 1000);
// Common characters of place names, combined two at a time into names no report has.
const CHARS = [...'东南西北中新安平和丰石龙凤华兴太白云水江山田林沙湖城港岭塘桥头口洲'];

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const records: Report[] = JSON.parse(await readFile(join(dist, 'data/reports.json'), 'utf8'));
const out = await mkdtemp(join(tmpdir(), 'search-size-'));
const { index } = await pagefind.createIndex({});
if (!index) throw new Error('pagefind did not start');
try {
  for (let i = 0; i < count; i++) {
    const name = `${CHARS[i % CHARS.length]}${CHARS[Math.floor(i / CHARS.length) % CHARS.length]}${i}镇`;
    const r = records[i % records.length]!;
    const rename = (text: string | null) => (text && r.name ? text.replaceAll(r.name, name) : text);
    const { url, html } = searchDocument({ ...r, id: `r${i}`, name, entity: rename(r.entity), title: rename(r.title) });
    const added = await index.addHTMLFile({ url, content: html });
    if (added.errors.length) throw new Error(added.errors.join('; '));
  }
  await index.writeFiles({ outputPath: out });
  const written = await files(out);
  // The UI bundles and the WebAssembly are the same whatever the number of reports.
  const isIndex = (f: string) => /\/(index|fragment|filter)\/|\.pf_meta$/.test(f);
  const sizes = await Promise.all(written.map(async (f) => ({ f, size: (await stat(f)).size })));
  const indexBytes = sizes.filter((s) => isIndex(s.f)).reduce((sum, s) => sum + s.size, 0);
  const fixed = sizes.filter((s) => !isIndex(s.f) && /pagefind\.js$|\.pagefind$/.test(s.f)).reduce((sum, s) => sum + s.size, 0);
  console.table({
    [`${count} reports`]: {
      'index files': sizes.filter((s) => isIndex(s.f)).length,
      'index bytes': indexBytes,
      'per 1,000 reports': `${((indexBytes * 1000) / count / 1024 / 1024).toFixed(2)} MB`,
      'per report': `${(indexBytes / count / 1024).toFixed(1)} kB`,
      'search runtime (pagefind.js + wasm)': `${(fixed / 1024).toFixed(0)} kB`,
    },
  });
} finally {
  await pagefind.close();
  await rm(out, { recursive: true, force: true });
}
