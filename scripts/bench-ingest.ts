// Ingest speed per format on the published fixtures (or --dir): npm run bench:ingest [-- --seconds 2]
// Reads each file once to warm up, then ingests every file in rounds until the time budget is spent,
// and prints, per format, ms per file, ms per page (paged formats) and MB/s. The first PDF read of a
// process also pays for loading pdf.js; that cost is printed on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest, type Ingested } from '../src/lib/ingest/index.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '2' }, dir: { type: 'string', default: 'tests/fixtures/published' } },
});
const budgetMs = Number(values.seconds) * 1000;
const files = readdirSync(values.dir)
  .filter((f) => !f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(values.dir, name))) }));

const first = performance.now();
const firstPdf = files.find((f) => f.name.endsWith('.pdf'));
if (firstPdf) await ingest(firstPdf.bytes, firstPdf.name);
const coldMs = performance.now() - first;

const results = new Map<string, Ingested>();
for (const f of files) results.set(f.name, await ingest(f.bytes, f.name));
const times = new Map(files.map((f) => [f.name, [] as number[]]));
const started = performance.now();
let rounds = 0;
while (performance.now() - started < budgetMs) {
  for (const f of files) {
    const t = performance.now();
    await ingest(f.bytes, f.name);
    times.get(f.name)!.push(performance.now() - t);
  }
  rounds++;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(
  `${files.length} files in ${values.dir}, ${rounds} rounds (node ${process.version}); first PDF of the process, with loading pdf.js: ${coldMs.toFixed(0)} ms`,
);
console.log('format   files   pages      MB   ms/file   ms/page    MB/s');
const formats = [...new Set([...results.values()].map((r) => r.format))].sort();
for (const format of formats) {
  const group = files.filter((f) => results.get(f.name)!.format === format);
  const ms = group.reduce((n, f) => n + median(times.get(f.name)!), 0);
  const mb = group.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  const pages = group.reduce((n, f) => n + (results.get(f.name)!.pages ?? 0), 0);
  const row = [
    format.padEnd(6),
    String(group.length).padStart(7),
    String(pages || '-').padStart(7),
    mb.toFixed(2).padStart(7),
    (ms / group.length).toFixed(1).padStart(9),
    (pages ? (ms / pages).toFixed(1) : '-').padStart(9),
    (mb / (ms / 1000)).toFixed(2).padStart(7),
  ];
  console.log(row.join(' '));
}
