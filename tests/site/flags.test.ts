import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/schema.ts';
import { FLAG_SOURCES, flagsOf } from '../../src/site/flags.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);
const byId = (id: string): Report => reports.find((r) => r.id === id)!;

describe('flagsOf', () => {
  it('flags each failed check with the row that shows it, and nothing for a report whose checks pass', () => {
    const paitan = byId('2023-zengcheng-paitan-iledoe');
    const failed = paitan.checks.map((c, i) => [c, i] as const).filter(([c]) => !c.ok);
    expect(flagsOf(paitan).filter((f) => f.kind === 'check')).toEqual(
      failed.map(([c, i]) => ({ kind: 'check', message: c.message, anchor: `check-${i}` })),
    );
    expect(flagsOf(byId('2022-baiyun-taihe-msstg9')).filter((f) => f.kind === 'check')).toEqual([]);
  });

  it('flags 优 with unmet indicators, and an execution rate under 90 %', () => {
    // 太和镇: 优 (derived), 2 unmet; 化龙镇: under 90 %.
    expect(flagsOf(byId('2022-baiyun-taihe-msstg9')).map((f) => f.kind)).toContain('excellent-unmet');
    const hualong = byId('2022-panyu-hualong-eintln');
    expect(flagsOf(hualong).find((f) => f.kind === 'low-rate')?.message).toContain(`${hualong.executionRate!.value}%`);
    expect(flagsOf(byId('2023-conghua-lvtian-57ejqu')).map((f) => f.kind)).not.toContain('low-rate');
  });

  it('flags a stated rate that spent/budget does not round to, when no rate check says so already', () => {
    const taihe = byId('2022-baiyun-taihe-msstg9');
    const wrong: Report = { ...taihe, checks: [], executionRate: { ...taihe.executionRate!, value: 95.1 } };
    expect(flagsOf(wrong).find((f) => f.kind === 'rate-mismatch')?.message).toContain('99.54%');
    expect(flagsOf({ ...taihe, checks: [] }).map((f) => f.kind)).not.toContain('rate-mismatch');
    // 99.5 stated with one decimal: 99.54 rounds to it.
    expect(flagsOf({ ...taihe, checks: [], executionRate: { ...taihe.executionRate!, value: 99.5 } }).map((f) => f.kind)).not.toContain(
      'rate-mismatch',
    );
  });

  it('is the sum of its sources, so a new kind of doubt is one more function', () => {
    for (const r of reports) expect(flagsOf(r)).toHaveLength(FLAG_SOURCES.reduce((n, source) => n + source(r).length, 0));
  });
});
