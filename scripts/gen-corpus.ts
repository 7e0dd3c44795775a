// Writes N distinct, valid reports made from the shipped ones (see corpus.ts) for scale benchmarks:
//   node scripts/gen-corpus.ts N OUTDIR [--no-validate]
// Every report is parsed and must give its expected id and the same shape as its template; the script
// fails on the first problem. Files already in OUTDIR with the same name are overwritten, others kept.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decode } from '../src/lib/decode.ts';
import { generateReport, maxReports, toTemplate, validate } from './corpus.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'no-validate': { type: 'boolean', default: false }, templates: { type: 'string', default: 'content/reports' } },
});
const [count, out] = positionals;
const n = Number(count);
if (!Number.isInteger(n) || n < 1 || !out) {
  console.error('usage: node scripts/gen-corpus.ts N OUTDIR [--no-validate] [--templates DIR]');
  process.exit(2);
}
if (n > maxReports()) {
  console.error(`at most ${maxReports()} distinct reports`);
  process.exit(2);
}

const templates = readdirSync(values.templates)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => toTemplate(decode(readFileSync(join(values.templates, f))).text, f));
mkdirSync(out, { recursive: true });
const ids = new Set<string>();
const started = performance.now();
for (let i = 0; i < n; i++) {
  const g = generateReport(templates, i);
  if (ids.has(g.expectedId)) throw new Error(`${g.name}: id ${g.expectedId} twice`);
  ids.add(g.expectedId);
  if (!values['no-validate']) {
    const problems = validate(g, templates);
    if (problems.length) throw new Error(`${g.name} (template ${g.template}): ${problems.join('; ')}`);
  }
  writeFileSync(join(out, g.name), g.text);
}
const checked = values['no-validate'] ? 'not validated' : 'each parsed and checked against its template';
console.log(`${n} reports in ${out}, ${checked}, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
