// Parsing speed on the shipped reports: npm run bench [-- --seconds 3 --warmup 20]
// Reads content/reports once, warms up, then parses every file in rounds until the time budget is
// spent, and prints reports/second, MB/s and each file's median and fastest time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReport } from '../src/lib/parse-report.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' }, warmup: { type: 'string', default: '20' }, dir: { type: 'string', default: 'content/reports' } } });
const budgetMs = Number(values.seconds) * 1000;
const warmup = Number(values.warmup);

const files = readdirSync(values.dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(join(values.dir, name)) }));
if (!files.length) {
  console.error(`no .txt reports in ${values.dir}`);
  process.exit(2);
}

// A record that fails to parse would make the figures meaningless.
for (const f of files) if (!parseReport(f.bytes, { file: f.name }).report) throw new Error(`${f.name} gives no record`);
for (let i = 0; i < warmup; i++) for (const f of files) parseReport(f.bytes, { file: f.name });

const times = files.map(() => [] as number[]);
let rounds = 0;
const started = performance.now();
while (performance.now() - started < budgetMs) {
  files.forEach((f, i) => {
    const t = performance.now();
    parseReport(f.bytes, { file: f.name });
    times[i]!.push(performance.now() - t);
  });
  rounds++;
}
const elapsed = (performance.now() - started) / 1000;

const bytesPerRound = files.reduce((n, f) => n + f.bytes.length, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`${files.length} reports, ${(bytesPerRound / 1024).toFixed(1)} KiB, ${rounds} rounds in ${elapsed.toFixed(2)} s after ${warmup} warm-up rounds (node ${process.version})`);
console.log(`${((rounds * files.length) / elapsed).toFixed(1)} reports/s, ${((rounds * bytesPerRound) / 1e6 / elapsed).toFixed(2)} MB/s`);
console.log('file                         KiB   median ms   min ms');
files.forEach((f, i) => {
  const ts = times[i]!;
  console.log(`${f.name.padEnd(26)} ${(f.bytes.length / 1024).toFixed(1).padStart(6)} ${median(ts).toFixed(2).padStart(11)} ${Math.min(...ts).toFixed(2).padStart(8)}`);
});
