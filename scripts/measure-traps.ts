// Wrong, missed and right values on the trap reports: npm run measure:traps [-- NAME... -v]
// Each tests/fixtures/traps/NAME.txt is parsed and its record compared with a careful reader's
// expectation in tests/fixtures/traps/expect/NAME.json (null where the report states nothing, "*" where
// any reading is fine, { "refused": true } for a document that is not a report). A value the record
// states that differs from the expectation is wrong; an expected value the record lacks is missed.
// Derived values are never counted wrong. Prints WRONG= MISSED= RIGHT= last.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../src/lib/parse-report.ts';
import type { Report } from '../src/lib/schema.ts';

const TRAPS = 'tests/fixtures/traps';
const EXPECT = join(TRAPS, 'expect');
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const only = args.filter((a) => !a.startsWith('-'));
const SCALARS = [
  'year',
  'entity',
  'province',
  'city',
  'district',
  'name',
  'kind',
  'scope',
  'project',
  'budget',
  'spent',
  'executionRate',
  'score',
  'grade',
] as const;

type Value = string | number | boolean | null;
type Expectation = { refused?: boolean } & Record<string, unknown>;

/** A field as compared: a Fact's value (marked when derived), or the field itself. */
const compared = (x: unknown): Value => {
  if (x && typeof x === 'object' && 'value' in x) {
    const f = x as { value: Value; derived?: boolean };
    return f.derived ? `derived:${f.value}` : f.value;
  }
  return (x ?? null) as Value;
};
const same = (a: Value, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-6 : a === b);

/** Each list field's items as [name, values compared]. */
const LISTS: Record<string, (item: never) => [string, Value[]]> = {
  indicators: (i: Report['indicators'][number]) => [i.name, [compared(i.target), compared(i.actual), i.met]],
  deductions: (d: Report['deductions'][number]) => [d.item, [compared(d.points)]],
  scoreParts: (p: Report['scoreParts'][number]) => [p.name, [compared(p.max), compared(p.score)]],
  projects: (p: Report['projects'][number]) => [p.name, [compared(p.budget), compared(p.spent), compared(p.rate)]],
  fundLines: (l: Report['fundLines'][number]) => [l.label, [compared(l.budget), compared(l.amount), compared(l.rate)]],
};

let wrong = 0;
let missed = 0;
let right = 0;
for (const file of readdirSync(EXPECT).sort()) {
  const name = file.replace(/\.json$/, '');
  if (only.length && !only.includes(name)) continue;
  const expected = JSON.parse(readFileSync(join(EXPECT, file), 'utf8')) as Expectation;
  const { report, diagnostics } = parseReport(readFileSync(join(TRAPS, `${name}.txt`)), { file: `${name}.txt` });
  const lines: string[] = [];
  const bad = (kind: 'WRONG' | 'MISSED', message: string) => {
    if (kind === 'WRONG') wrong++;
    else missed++;
    lines.push(`  ${kind} ${message}`);
  };
  if (expected.refused) {
    if (report) bad('WRONG', 'should be refused; got a record');
    else right++;
    console.log(
      `${name}: ${report ? 'RECORD' : 'refused'} ${diagnostics.map((d) => d.code).join(',')}${lines.length ? `\n${lines.join('\n')}` : ''}`,
    );
    continue;
  }
  if (!report) lines.push(`  NO RECORD: ${diagnostics.map((d) => d.code).join(' ')}`);
  const record = (report ?? { indicators: [], deductions: [], scoreParts: [], projects: [], fundLines: [] }) as unknown as Record<
    string,
    unknown
  >;
  for (const key of SCALARS) {
    if (!(key in expected) || expected[key] === '*') continue;
    const want = expected[key];
    const got = compared(record[key]);
    if (typeof got === 'string' && got.startsWith('derived:')) {
      if (want !== null && same(Number(got.slice(8)), want)) right++;
      continue;
    }
    if (same(got, want)) {
      if (want !== null) right++;
    } else if (got !== null) bad('WRONG', `${key}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    else bad('MISSED', `${key}: want ${JSON.stringify(want)}`);
  }
  for (const [key, itemOf] of Object.entries(LISTS)) {
    if (!(key in expected)) continue;
    const want = new Map((expected[key] as unknown[][]).map((x) => [String(x[0]), x.slice(1)]));
    const seen = new Set<string>();
    for (const [item, values] of (record[key] as never[]).map(itemOf)) {
      const w = want.get(item);
      if (!w) {
        if (values.some((v) => typeof v === 'number')) bad('WRONG', `${key} extra ${item} ${JSON.stringify(values)}`);
        continue;
      }
      seen.add(item);
      values.forEach((v, i) => {
        const e = w[i];
        if (e === '*') return;
        if (same(v, e)) {
          if (e !== null) right++;
        } else if (v !== null) bad('WRONG', `${key} ${item}[${i}]: got ${JSON.stringify(v)} want ${JSON.stringify(e)}`);
        else bad('MISSED', `${key} ${item}[${i}]: want ${JSON.stringify(e)}`);
      });
    }
    for (const [item, w] of want) if (!seen.has(item)) bad('MISSED', `${key} ${item} ${JSON.stringify(w)}`);
  }
  console.log(`${name}:${lines.length ? `\n${lines.join('\n')}` : ' ok'}`);
  if (verbose) console.log(`  diagnostics: ${diagnostics.map((d) => `${d.code}${d.line ? `@${d.line}` : ''}`).join(' ')}`);
}
console.log(`WRONG=${wrong} MISSED=${missed} RIGHT=${right}`);
