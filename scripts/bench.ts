// Parsing speed on the shipped reports: npm run bench [-- --seconds 3 --warmup 20]
// Prints wall and CPU rates and the load average: on a busy machine the CPU rate and each file's fastest parse say more.
// Reads content/reports once, warms up, then parses every file in rounds until the time budget is
// spent, and prints reports/second, MB/s and each file's median and fastest time, and the ratio of a
// parse to a floor measured in the same rounds: one pass of a single regex over the decoded text.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decode } from '../src/lib/decode.ts';
import { parseReport } from '../src/lib/parse-report.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '20' },
    dir: { type: 'string', default: 'content/reports' },
  },
});
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

// The floor: a literal-led pattern V8 scans for at memory speed, so the ratio says how far a parse
// is from the least any extraction could cost.
const FLOOR = /预算执行率[^0-9]{0,6}([0-9.]+)%/g;
const texts = files.map((f) => decode(f.bytes).text);
let found = 0;
const floorPass = () => {
  for (const text of texts) for (const m of text.matchAll(FLOOR)) found += m[1]!.length;
};
for (let i = 0; i < warmup * 10; i++) floorPass();

const times = files.map(() => [] as number[]);
let rounds = 0;
let parseMs = 0;
let floorMs = 0;
const started = performance.now();
// CPU time as well as wall: on a shared machine a parse waits for a core, and the wall clock counts the wait.
let cpuMs = 0;
while (performance.now() - started < budgetMs) {
  const cpu = process.cpuUsage();
  files.forEach((f, i) => {
    const t = performance.now();
    parseReport(f.bytes, { file: f.name });
    const ms = performance.now() - t;
    times[i]!.push(ms);
    parseMs += ms;
  });
  const used = process.cpuUsage(cpu);
  cpuMs += (used.user + used.system) / 1000;
  // Ten floor passes per round, since one is too short for the timer.
  const t = performance.now();
  for (let k = 0; k < 10; k++) floorPass();
  floorMs += (performance.now() - t) / 10;
  rounds++;
}
const elapsed = parseMs / 1000;
if (!found) throw new Error('the floor pattern found nothing');

const bytesPerRound = files.reduce((n, f) => n + f.bytes.length, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(
  `${files.length} reports, ${(bytesPerRound / 1024).toFixed(1)} KiB, ${rounds} rounds (${elapsed.toFixed(2)} s of parsing) after ${warmup} warm-up rounds (node ${process.version})`,
);
console.log(
  `${((rounds * files.length) / elapsed).toFixed(1)} reports/s, ${((rounds * bytesPerRound) / 1e6 / elapsed).toFixed(2)} MB/s, ${(parseMs / floorMs).toFixed(0)}× one regex pass over the same text`,
);
const fastest = times.reduce((sum, ts) => sum + Math.min(...ts), 0);
console.log(
  `${((rounds * files.length) / (cpuMs / 1000)).toFixed(1)} reports per CPU second; ${((files.length * 1000) / fastest).toFixed(1)} reports/s at each file's fastest parse`,
);
// Wall rates move with what else runs: the load says how much that was.
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${availableParallelism()} cores`,
);
console.log('file                         KiB   median ms   min ms');
files.forEach((f, i) => {
  const ts = times[i]!;
  console.log(
    `${f.name.padEnd(26)} ${(f.bytes.length / 1024).toFixed(1).padStart(6)} ${median(ts).toFixed(2).padStart(11)} ${Math.min(...ts)
      .toFixed(2)
      .padStart(8)}`,
  );
});
