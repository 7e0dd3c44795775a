import { describe, expect, it } from 'vitest';
import { ReportSummarySchema } from '../../src/lib/schema.ts';
import { digestsOf } from '../../src/site/by-digest.ts';
import { propsKey, rowNames } from '../../src/site/cache-key.ts';
import { shippedReports } from './shipped-reports.ts';

const [a, b] = shippedReports().map((s) => ReportSummarySchema.parse(s.report));
const digests = digestsOf([
  { id: a!.id, digest: 'da' },
  { id: b!.id, digest: 'db' },
]);

describe('propsKey', () => {
  it('is the same for the same props, and names each report by its digest, not its content', () => {
    const key = propsKey({ year: 2022, reports: [a, b] }, digests);
    expect(propsKey({ year: 2022, reports: [a, b] }, digests)).toBe(key);
    // The digest covers the record, so a copy of it keys the same.
    expect(propsKey({ year: 2022, reports: [structuredClone(a), b] }, digests)).toBe(key);
    expect(propsKey({ year: 2022, reports: [a, b] }, new Map([...digests, [a!.id, 'changed']]))).not.toBe(key);
  });

  it('changes with any other prop, their order, and what a Map holds', () => {
    const key = propsKey({ year: 2022, reports: [a, b] }, digests);
    expect(propsKey({ year: 2023, reports: [a, b] }, digests)).not.toBe(key);
    expect(propsKey({ year: 2022, reports: [b, a] }, digests)).not.toBe(key);
    expect(propsKey({ ranks: new Map([[a!.id, 1]]) })).not.toBe(propsKey({ ranks: new Map([[a!.id, 2]]) }));
    // A row that only names a report is keyed by what it says.
    expect(propsKey({ rows: [{ id: a!.id, name: '甲' }] }, digests)).not.toBe(propsKey({ rows: [{ id: a!.id, name: '乙' }] }, digests));
  });

  it('refuses a report that is not stored, rather than keying it by nothing', () => {
    expect(() => propsKey({ reports: [a] }, new Map())).toThrow(/not stored/);
  });
});

describe('rowNames', () => {
  const digests = new Map([
    ['a', 'da'],
    ['b', 'db'],
  ]);
  it("names each row by its report's digest and its place among that report's rows", () => {
    expect(rowNames([{ id: 'a' }, { id: 'a' }, { id: 'b' }, { id: 'b' }, { id: 'b' }], digests)).toEqual([
      'da 0',
      'da 1',
      'db 0',
      'db 1',
      'db 2',
    ]);
  });

  it('gives a page the same names while its rows come from the same reports, and other names when they move', () => {
    const before = rowNames([{ id: 'a' }, { id: 'b' }], digests);
    expect(rowNames([{ id: 'a' }, { id: 'b' }], digests)).toEqual(before);
    expect(rowNames([{ id: 'a' }, { id: 'b' }], new Map([...digests, ['b', 'changed']]))).not.toEqual(before);
    expect(rowNames([{ id: 'b' }, { id: 'a' }], digests)).not.toEqual(before);
  });

  it('refuses a row of a report that is not stored', () => {
    expect(() => rowNames([{ id: 'gone' }], digests)).toThrow(/gone/);
  });
});
