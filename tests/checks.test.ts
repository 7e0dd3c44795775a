// checks.ts: the consistency checks the reports allow, recomputed by hand from their figures.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/lib/checks.ts';
import { makeDoc } from '../src/lib/document.ts';
import { extractors } from '../src/lib/extract/index.ts';
import type { Fields } from '../src/lib/extractor.ts';
import type { Check } from '../src/lib/schema.ts';
import { quote, record } from './helpers/reports.ts';

/** The checks of a record with one id, as [ok, expected, actual]. */
const outcomes = (checks: Check[], id: string) => checks.filter((c) => c.id === id).map((c) => [c.ok, c.expected, c.actual]);

/** Every extractor run on `source`: together they fill every field. */
function checksOf(source: string, change: (f: Fields) => Fields = (f) => f): Check[] {
  const doc = makeDoc(source);
  const fields = Object.assign({}, ...extractors.map((e) => e(doc).fields)) as Fields;
  return runChecks(change(fields));
}

describe('checks on the five reports', () => {
  it('000: 66138.47 / 66446.66 = 99.536% agrees with 99.54%; 100 − 0.05 − 1 = 98.95', () => {
    const { checks } = record('000_6506d5458f2bf397');
    expect(outcomes(checks, 'checks/rate')).toEqual([[true, 99.5362, 99.54]]);
    expect(outcomes(checks, 'checks/deductions')).toEqual([[true, 98.95, 98.95]]);
  });

  it('001: 40430.2 / 48865.73 = 82.74% agrees with 82.7% at one decimal', () => {
    expect(outcomes(record('001_b6a3c52251988525').checks, 'checks/rate')).toEqual([[true, 82.7373, 82.7]]);
  });

  it('002: income lines sum to 28081.92, 0.37 short of 28082.29; spending lines sum exactly', () => {
    expect(outcomes(record('002_bf9dfd7af09c6cef').checks, 'checks/fund-lines')).toEqual([
      [false, 28081.92, 28082.29],
      [true, 28082.29, 28082.29],
    ]);
  });

  it('003: 4 and 5 indicators as stated; 74/83 = 89.16% is not the stated 89.15%; 310/320 = 96.88%', () => {
    const { checks } = record('003_70a4941c04d84bdd');
    expect(outcomes(checks, 'checks/count')).toEqual([
      [true, 4, 4],
      [true, 5, 5],
    ]);
    const ratios = outcomes(checks, 'checks/ratio');
    expect(ratios).toContainEqual([false, 89.1566, 89.15]);
    expect(ratios).toContainEqual([true, 96.875, 96.88]);
  });

  it('004: 31.5 + 57.01 = 88.51; fund spending sums to 75317.77 against 75317.78; fund budgets sum exactly', () => {
    const { checks } = record('004_a0655f5b282921e2');
    expect(outcomes(checks, 'checks/score-parts')).toEqual([[true, 88.51, 88.51]]);
    const [spending, budgets] = checks.filter((c) => c.id === 'checks/fund-lines');
    // Whether 0.01 is a disagreement or rounding is the library's call; the sums are the report's.
    expect([spending!.expected, spending!.actual]).toEqual([75317.77, 75317.78]);
    expect([budgets!.ok, budgets!.expected, budgets!.actual]).toEqual([true, 82912.04, 82912.04]);
  });

  it('points each check at the stated value it tests', () => {
    const { checks, executionRate } = record('000_6506d5458f2bf397');
    const rate = checks.find((c) => c.id === 'checks/rate')!;
    expect([rate.start, rate.end]).toEqual([executionRate!.start, executionRate!.end]);
  });
});

describe('checks that fail', () => {
  const HUALONG = quote(
    '001_b6a3c52251988525.txt:43',
    '(三)部门整体收支情况\n\n广州市番禺区化龙镇人民政府 2022 年度支出预算数 48,865.73 万元,支出执行数 40,430.2 万元,完成预算的 82.7%。',
  );

  it('a rate that is not spending over budget at the stated precision', () => {
    const checks = checksOf(HUALONG, (f) => ({ ...f, executionRate: { ...f.executionRate!, value: 82.8 } }));
    expect(outcomes(checks, 'checks/rate')).toEqual([[false, 82.7373, 82.8]]);
    expect(checks[0]!.message).toContain('不符');
  });

  it('no rate check without a budget', () => {
    expect(checksOf(HUALONG, (f) => ({ ...f, budget: null }))).toEqual([]);
  });

  it('parts that do not add up to the total', () => {
    const source = quote(
      '004_a0655f5b282921e2.txt:95',
      '部门绩效自评得分 88.51 分，其中管理效能分值 40 分，自评得分 31.5 分；履行职能分值 60 分，自评得分 57.01 分。',
    );
    expect(outcomes(checksOf(source), 'checks/score-parts')).toEqual([[true, 88.51, 88.51]]);
    const off = checksOf(source, (f) => ({ ...f, score: { ...f.score!, value: 88 } }));
    expect(outcomes(off, 'checks/score-parts')).toEqual([[false, 88.51, 88]]);
  });
});
