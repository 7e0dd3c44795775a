// Size of the search index per 1,000 reports: files N reports made from the built site's records (each
// copy under another unit name, so words are not all shared) in a temp cache dir and indexes them as the
// build does (one Pagefind index per year, src/integrations/search-index-shards.ts, of the documents of
// src/site/search-record.ts), then prints the shards, the bytes and files of the index in the output, per
// report, and the search runtime (pagefind.js, its worker, the WebAssembly), which every shard carries and
// the browser loads from the first shard only.
// npm run build && npm run search:size [DIST] [N]
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { placeShards, searchCode, updateShards } from '../src/integrations/search-index-shards.ts';
import type { Report } from '../src/lib/schema.ts';
import { type ManifestEntry, writeManifest } from '../src/site/published.ts';
import { writeRecord } from '../src/site/records.ts';

const dist = process.argv[2] ?? 'dist';
const count = Number(process.argv[3] ?? 1000);
// Common characters of place names, combined two at a time into names no report has.
const CHARS = [...'东南西北中新安平和丰石龙凤华兴太白云水江山田林沙湖城港岭塘桥头口洲'];

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const records: Report[] = JSON.parse(await readFile(join(dist, 'data/reports.json'), 'utf8'));
const work = await mkdtemp(join(tmpdir(), 'search-size-'));
const cacheDir = pathToFileURL(`${work}/cache/`);
const out = join(work, 'pagefind');
try {
  await mkdir(join(work, 'cache'));
  const manifest: ManifestEntry[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${CHARS[i % CHARS.length]}${CHARS[Math.floor(i / CHARS.length) % CHARS.length]}${i}镇`;
    const r = records[i % records.length]!;
    const rename = (text: string | null) => (text && r.name ? text.replaceAll(r.name, name) : text);
    const report = { ...r, id: `r${i}`, name, entity: rename(r.entity), title: rename(r.title) };
    await writeRecord(cacheDir, `d${i}`, report);
    manifest.push({ id: report.id, digest: `d${i}`, file: '', format: report.source.format, year: report.year });
  }
  await writeManifest(cacheDir, manifest);
  const { shards } = await updateShards(cacheDir, join(work, 'shards'), await searchCode());
  await placeShards(join(work, 'shards'), out, shards);
  const sizes = await Promise.all((await files(out)).map(async (f) => ({ f, size: (await stat(f)).size })));
  const sum = (list: typeof sizes) => list.reduce((total, s) => total + s.size, 0);
  // The runtime is the same whatever the number of reports.
  const index = sizes.filter((s) => /\/(index|fragment|filter)\/|\.pf_meta$/.test(s.f));
  const runtime = sizes.filter((s) => /\/pagefind(-worker)?\.js$|\.pagefind$/.test(s.f));
  console.table({
    [`${count} reports`]: {
      shards: shards.length,
      'index files': index.length,
      'index bytes': sum(index),
      'per 1,000 reports': `${((sum(index) * 1000) / count / 1024 / 1024).toFixed(2)} MB`,
      'per report': `${(sum(index) / count / 1024).toFixed(1)} kB`,
      'search runtime (pagefind.js, worker, wasm) a shard': `${(sum(runtime) / shards.length / 1024).toFixed(0)} kB`,
      'output bytes': sum(sizes),
    },
  });
} finally {
  await pagefind.close();
  await rm(work, { recursive: true, force: true });
}
