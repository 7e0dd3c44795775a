// Time bounds on hostile input, which tests never assert: npm run bench:hostile [-- --size 100000]
// Each input (a run of one unit, alone or after a title) is parsed at size/4 and at size; the time is
// CPU time of this process, the fastest of two runs, and is printed per KiB as a ratio to the floor:
// the shipped reports' time per KiB, measured in the same process. Targets: 4× the input takes under
// 10× the time (a quadratic step takes 16×), and no input costs over 40× the floor per KiB. Exits 1
// when one is missed; inputs still quadratic in the lead's extractors are listed with "(lead)".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReport } from '../src/lib/parse-report.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, lead: { type: 'boolean', default: false } } });
const size = Number(values.size);
const GROWTH = 10;
const PER_KIB = 40;
const TITLE = '2022年度广州市白云区太和镇部门整体支出绩效自评报告\n';
const UNITS = ['1', '１', '（', '（一）', '(1)', '一', '一、', '①', '-', '9,', '.', '|', '\t', '全年预算数1万元，', '扣1分'];
/** Quadratic in src/lib/extract, listed-counts.ts or checks.ts (notes/for-lead.md); run with --lead. */
const LEAD = new Set([
  'title 1',
  'title １',
  'title 一',
  'alone 全年预算数1万元，',
  'title 全年预算数1万元，',
  'alone 扣1分',
  'title 扣1分',
]);

function cpuMs(bytes: Uint8Array, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    parseReport(bytes, { file: 'bench.txt' });
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const dir = 'content/reports';
const shipped = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(dir, f)));
for (const b of shipped) cpuMs(b, 3);
const floorPerKiB = shipped.reduce((ms, b) => ms + cpuMs(b, 5), 0) / (shipped.reduce((n, b) => n + b.length, 0) / 1024);
console.log(`floor: shipped reports ${floorPerKiB.toFixed(3)} ms/KiB (node ${process.version}); inputs of ${size} characters`);
console.log('input                          KiB   ms (1/4)   ms (1)  growth  per KiB ×floor');

let missed = 0;
for (const unit of UNITS) {
  for (const [where, prefix] of [
    ['alone', ''],
    ['title', TITLE],
  ] as const) {
    const name = `${where} ${unit}`;
    const lead = LEAD.has(name);
    if (lead && !values.lead) continue;
    const bytes = (n: number) => new TextEncoder().encode(prefix + unit.repeat(Math.ceil(n / unit.length)));
    const large = bytes(size);
    const small = cpuMs(bytes(size / 4));
    const full = cpuMs(large);
    // Under 20 ms fixed costs (compiling patterns, the first collection) swamp the growth: not judged.
    const growth = small >= 20 ? full / small : NaN;
    const perKiB = full / (large.length / 1024) / floorPerKiB;
    const ok = !(growth >= GROWTH) && perKiB < PER_KIB;
    if (!ok && !lead) missed++;
    const label = `${JSON.stringify(unit)} ${where}${lead ? ' (lead)' : ''}`;
    console.log(
      `${label.padEnd(28)} ${(large.length / 1024).toFixed(0).padStart(6)} ${small.toFixed(0).padStart(10)} ${full.toFixed(0).padStart(8)} ${(Number.isNaN(growth) ? '-' : growth.toFixed(1)).padStart(7)} ${perKiB.toFixed(1).padStart(8)}${ok ? '' : '  MISSED'}`,
    );
  }
}
if (missed) {
  console.error(`${missed} input(s) missed a target (growth < ${GROWTH}, per KiB < ${PER_KIB}× the floor)`);
  process.exit(1);
}
