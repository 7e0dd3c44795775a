// Whole reports against the reviewed expectations in tests/expected: scalar fields, list items by name, fund lines, counts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/lib/schema.ts';
import { record, reportNames } from './helpers/reports.ts';

type Scalar = string | number | boolean | null;
type Want = Scalar | { value: Scalar; derived?: boolean } | { anyOf: Scalar[] };
type Item = Record<string, Want> & { optional?: boolean };
interface Expected {
  file: string;
  fields: Record<string, Want>;
  optional?: Record<string, Want>;
  lists: Record<'deductions' | 'scoreParts' | 'indicators' | 'projects', Item[]>;
  fundLines: Item[];
  counts: Record<'problems' | 'measures', number>;
}

const expected = (name: string): Expected => JSON.parse(readFileSync(new URL(`expected/${name}.json`, import.meta.url), 'utf8'));

/** A Fact's value, or the plain value. */
const valueOfFact = (x: unknown): unknown => (x && typeof x === 'object' && 'value' in x ? (x as { value: unknown }).value : (x ?? null));

/** Names as the expectations write them: no notes in parentheses, no spaces or punctuation. */
const key = (name: unknown) =>
  String(name)
    .normalize('NFKC')
    .replace(/\([^()]*\)/g, '')
    .replace(/[\s、,。.·“”"':;]/g, '');

function expectValue(got: unknown, want: Want, what: string): void {
  const v = valueOfFact(got);
  if (want === null) {
    // A value the report does not state may only be there as derived.
    if (v !== null) expect((got as { derived?: boolean }).derived, `${what} is not stated, so it must be null or derived`).toBe(true);
    return;
  }
  if (typeof want === 'object' && 'anyOf' in want) {
    expect(want.anyOf, what).toContain(v);
    return;
  }
  const [value, derived] = typeof want === 'object' ? [want.value, want.derived] : [want, undefined];
  if (typeof value === 'number') expect(v, what).toBeCloseTo(value, 6);
  else expect(v, what).toBe(value);
  if (derived !== undefined) expect((got as { derived?: boolean }).derived, `${what}.derived`).toBe(derived);
}

/** Each expected item is found by name with its numbers; every item found is expected. */
function expectItems(got: Record<string, unknown>[], wants: Item[], nameKey: (x: Record<string, unknown>) => unknown, what: string): void {
  const used = new Set<number>();
  for (const want of wants) {
    const { optional, ...attrs } = want;
    const i = got.findIndex((g, k) => !used.has(k) && key(nameKey(g)) === key(nameKey(attrs)));
    if (i < 0) {
      if (!optional) expect.fail(`${what}: missing ${String(nameKey(attrs))}; found ${got.map((g) => nameKey(g)).join(', ')}`);
      continue;
    }
    used.add(i);
    for (const [attr, w] of Object.entries(attrs)) expectValue(got[i]![attr], w, `${what}[${String(nameKey(attrs))}].${attr}`);
  }
  const extra = got.filter((_, k) => !used.has(k)).map(nameKey);
  expect(extra, `${what}: items the report does not have`).toEqual([]);
}

describe.each(reportNames)('%s', (name) => {
  const want = expected(name);
  const r = record(name) as Report & Record<string, unknown>;

  it('names its report file', () => {
    expect(`${name}.txt`).toBe(want.file);
  });

  it('has the expected scalar fields', () => {
    for (const [field, w] of Object.entries(want.fields)) expectValue(r[field], w, field);
    for (const [field, w] of Object.entries(want.optional ?? {})) if (r[field] != null) expectValue(r[field], w, field);
  });

  it.each(['deductions', 'scoreParts', 'indicators', 'projects'] as const)('has the expected %s', (list) => {
    expectItems(r[list] as unknown as Record<string, unknown>[], want.lists[list], (x) => x.name ?? x.item, list);
  });

  it('has the expected fund lines', () => {
    expectItems(
      r.fundLines as unknown as Record<string, unknown>[],
      want.fundLines,
      (x) => `${String(x.flow)} ${String(x.label)}`,
      'fundLines',
    );
  });

  it('has the expected number of problems and measures', () => {
    expect(r.problems).toHaveLength(want.counts.problems);
    expect(r.measures).toHaveLength(want.counts.measures);
    expect(r.problemSpans).toHaveLength(want.counts.problems);
    expect(r.measureSpans).toHaveLength(want.counts.measures);
  });
});
