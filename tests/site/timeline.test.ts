import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/schema.ts';
import { changes, indicatorKey, matchIndicators, repeats, SAME_POINT, similarity } from '../../src/site/timeline.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);
const taihe = reports.find((r) => r.id === '2022-baiyun-taihe-msstg9')!;
const lvtian = reports.find((r) => r.id === '2023-conghua-lvtian-57ejqu')!;
const later = (r: Report, patch: Partial<Report>): Report => ({ ...r, id: `${r.id}-later`, year: (r.year ?? 0) + 1, ...patch });

describe('changes', () => {
  it('gives the change from the report before, absolute and in percent, and nothing for the first', () => {
    const next = later(taihe, { score: { ...taihe.score!, value: 90 }, budget: { ...taihe.budget!, value: taihe.budget!.value * 1.1 } });
    const [first, second] = changes([taihe, next]);
    expect(first!.score).toBeNull();
    expect(second!.score).toMatchObject({ from: 2022, before: 98.95, after: 90, delta: -8.95, percent: -9.04, derived: false });
    expect(second!.budget!.percent).toBe(10);
  });

  it('gives no change where either year does not state the value, and marks a derived one', () => {
    // 吕田镇 states no budget; its spending is derived from the lines.
    const next = later(lvtian, {});
    const [, second] = changes([lvtian, next]);
    expect(second!.budget).toBeNull();
    expect(second!.spent).toMatchObject({ delta: 0, derived: true });
  });
});

describe('matchIndicators', () => {
  it('matches the same indicator across years despite spacing and punctuation', () => {
    const first = lvtian.indicators[0]!;
    const next = later(lvtian, { indicators: [{ ...first, name: ` ${first.name}，` }] });
    const rows = matchIndicators([lvtian, next]);
    expect(rows).toHaveLength(lvtian.indicators.length);
    expect(rows[0]!.cells.map((c) => c?.name.trim())).toEqual([first.name, `${first.name}，`]);
    expect(rows.slice(1).every((row) => row.cells[1] === null)).toBe(true);
    expect(indicatorKey('ＡＢ ５%')).toBe('ab5');
  });
});

describe('similarity and repeats', () => {
  it('finds a problem reworded a little, and not an unrelated one', () => {
    expect(similarity('资金使用效率有待提高', '一是资金使用效率还有待进一步提高')).toBeGreaterThanOrEqual(SAME_POINT);
    expect(similarity(taihe.problems[0]!, taihe.problems[2]!)).toBeLessThan(SAME_POINT);
    expect(similarity(taihe.problems[0]!, lvtian.problems[0]!)).toBeLessThan(SAME_POINT);
  });

  it('marks the problems and measures that repeat the year before, and where a problem was promised a measure', () => {
    const next = later(taihe, {
      problems: [taihe.problems[1]!, '农村集体经济薄弱，村级收入来源单一', taihe.measures[0]!.slice(0, 60)],
      measures: [taihe.measures[0]!, '加强绩效目标管理，科学设定绩效指标'],
    });
    const r = repeats(taihe, next);
    expect(r.problems.map((p) => p.problem?.index ?? null)).toEqual([1, null, null]);
    expect(r.problems[2]!.promised).toMatchObject({ year: 2022, list: 'measures', index: 0 });
    expect(r.problems[1]).toEqual({ problem: null, promised: null });
    expect(r.measures.map((m) => m?.index ?? null)).toEqual([0, null]);
  });
});
