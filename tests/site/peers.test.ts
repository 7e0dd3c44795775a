import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/schema.ts';
import { corpus, RANKED, ranks, rankText, yearGroupName } from '../../src/site/peers.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);
const taihe = reports.find((r) => r.id === '2022-baiyun-taihe-msstg9')!;
const lvtian = reports.find((r) => r.id === '2023-conghua-lvtian-57ejqu')!;
const score = RANKED.find((m) => m.key === 'score')!;
const rate = RANKED.find((m) => m.key === 'executionRate')!;
const withScore = (r: Report, id: string, value: number | null): Report => ({
  ...r,
  id,
  score: value === null ? null : { ...r.score!, value },
});

describe('ranks', () => {
  it('ranks highest first, ties sharing a rank and the next rank skipped', () => {
    const group = [withScore(taihe, 'a', 90), withScore(taihe, 'b', 95), withScore(taihe, 'c', 95), withScore(taihe, 'd', 80)];
    const r = ranks(group, score);
    expect(['a', 'b', 'c', 'd'].map((id) => r.get(id)!.rank)).toEqual([3, 1, 1, 4]);
    expect(r.get('b')).toMatchObject({ tiedWith: 1, of: 4, notStated: 0 });
    expect(rankText(r.get('b')!)).toBe('并列第 1 / 4');
    expect(rankText(r.get('d')!)).toBe('第 4 / 4');
  });

  it('does not rank a report that does not state the value, and does not count it', () => {
    // 吕田镇 states no execution rate.
    const r = ranks([taihe, lvtian], rate);
    expect(r.get(lvtian.id)).toEqual({ rank: null, of: 1, tiedWith: 0, notStated: 1 });
    expect(r.get(taihe.id)!.rank).toBe(1);
    expect(rankText(r.get(lvtian.id)!)).toBe('未说明，不参与排名');
  });
});

describe('corpus', () => {
  it('groups a unit over the years and names units and districts in pinyin', () => {
    const c = corpus([...reports, { ...taihe, id: '2023-baiyun-taihe-msstg9', year: 2023 }]);
    const unit = c.unitOf(taihe);
    expect(unit.id).toBe('baiyun-taihe');
    expect(unit.reports.map((r) => r.year)).toEqual([2022, 2023]);
    expect(c.districtId('白云区')).toBe('baiyun');
    expect(c.years).toEqual([2023, 2022, 2021]);
    expect(c.inDistrictYear('增城区', 2023).map((r) => r.id)).toEqual(['2023-zengcheng-paitan-iledoe']);
    expect(c.districts.find((d) => d.name === '增城区')!.years).toEqual([2023, 2021]);
  });

  it('gives two units whose names read alike in pinyin distinct ids', () => {
    // 太和镇 and 泰和镇 are both "taihe".
    const other = { ...taihe, id: 'x', name: '泰和镇', entity: '广州市白云区泰和镇人民政府' };
    const c = corpus([taihe, other]);
    expect(new Set(c.units.map((u) => u.id)).size).toBe(2);
    expect(c.units.map((u) => u.id).sort()).toEqual(['baiyun-taihe', 'baiyun-taihe-2']);
  });

  it('names the year group by its city, or 全部单位 when the cities differ', () => {
    expect(yearGroupName([taihe, lvtian], 2022)).toBe('广州市 2022');
    expect(yearGroupName([taihe, { ...lvtian, city: '深圳市' }], 2022)).toBe('全部单位 2022');
  });
});
