// schema.ts: ReportSchema accepts the five records and rejects malformed ones; the types are its output.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { type FactSchema, ReportSchema, ReportSummarySchema, type Fact, type Report } from '../src/lib/schema.ts';
import { record, reportNames } from './helpers/reports.ts';

/** A deep copy of a record to break. */
const copy = (name: string): Record<string, unknown> => structuredClone(record(name)) as Record<string, unknown>;
const issues = (value: unknown) => {
  const result = ReportSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('ReportSchema', () => {
  it.each(reportNames)('accepts the record of %s', (name) => {
    expect(ReportSchema.safeParse(record(name)).success).toBe(true);
  });

  it('rejects a record missing a key', () => {
    const broken = copy('000_6506d5458f2bf397');
    delete broken.budget;
    expect(issues(broken)).toEqual(['budget']);
  });

  it('rejects a Fact whose value is a string', () => {
    const broken = copy('000_6506d5458f2bf397');
    (broken.budget as Record<string, unknown>).value = '66446.66';
    expect(issues(broken)).toEqual(['budget.value']);
  });

  it('rejects ids that are not ASCII slugs', () => {
    for (const id of ['2022 太和', '2022-Baiyun-Taihe', '']) {
      expect(issues({ ...copy('000_6506d5458f2bf397'), id })).toEqual(['id']);
    }
  });

  it('rejects a grade outside 优良中差 and a unit other than 等级', () => {
    const grade = record('000_6506d5458f2bf397').grade!;
    expect(issues({ ...copy('000_6506d5458f2bf397'), grade: { ...grade, value: '优秀' } })).toEqual(['grade.value']);
    expect(issues({ ...copy('000_6506d5458f2bf397'), grade: { ...grade, unit: '分' } })).toEqual(['grade.unit']);
  });

  it('rejects negative offsets, a fractional line and an unknown kind or flow', () => {
    const r = copy('002_bf9dfd7af09c6cef');
    expect(issues({ ...r, spent: { ...(r.spent as object), start: -1 } })).toEqual(['spent.start']);
    expect(issues({ ...r, spent: { ...(r.spent as object), line: 1.5 } })).toEqual(['spent.line']);
    expect(issues({ ...r, kind: 'village' })).toEqual(['kind']);
    const lines = structuredClone(r.fundLines) as { flow: string }[];
    lines[0]!.flow = 'transfer';
    expect(issues({ ...r, fundLines: lines })).toEqual(['fundLines.0.flow']);
  });

  it('rejects a year no report can have', () => {
    expect(issues({ ...copy('001_b6a3c52251988525'), year: 22 })).toEqual(['year']);
  });
});

describe('ReportSummarySchema', () => {
  it.each(reportNames)(
    'keeps of %s what list pages read: no line, a rule only for a derived fact, a passed check only by its id',
    (name) => {
      const full = record(name) as Report;
      const summary = ReportSummarySchema.parse(full);
      const facts = (r: Pick<Report, 'budget' | 'spent' | 'executionRate' | 'score' | 'grade' | 'indicators' | 'deductions'>) => [
        r.budget,
        r.spent,
        r.executionRate,
        r.score,
        r.grade,
        ...r.indicators.flatMap((i) => [i.target, i.actual, i.completion]),
        ...r.deductions.map((d) => d.points),
      ];
      const [kept, all] = [facts(summary as unknown as Report), facts(full)];
      for (const [i, fact] of kept.entries()) {
        if (!fact) continue;
        const { line, rule, ...rest } = all[i]!;
        expect(fact, name).toEqual(fact.derived ? { ...rest, rule } : rest);
      }
      expect(summary.checks).toEqual(full.checks.map((c) => (c.ok ? { id: c.id, ok: true } : c)));
      expect(ReportSummarySchema.parse(summary)).toEqual(summary);
    },
  );
});

describe('types', () => {
  it("are the schema's output", () => {
    expectTypeOf<Report>().toEqualTypeOf<z.output<typeof ReportSchema>>();
    expectTypeOf<Fact>().toEqualTypeOf<z.output<typeof FactSchema>>();
    const parsed = ReportSchema.parse(record('003_70a4941c04d84bdd'));
    expectTypeOf(parsed).toEqualTypeOf<Report>();
    expect(parsed.budget).toBeNull();
  });
});
