// report-id.ts: stable ASCII ids from year, district and short name in pinyin.
import { describe, expect, it } from 'vitest';
import { reportId } from '../src/lib/report-id.ts';
import { record, reportNames } from './helpers/reports.ts';

const id = (parts: Partial<Parameters<typeof reportId>[0]>) =>
  reportId({ year: null, district: null, name: null, entity: null, file: 'x.txt', ...parts });

describe('reportId', () => {
  it.each([
    [2022, '白云区', '太和镇', '2022-baiyun-taihe-msstg9'],
    [2022, '番禺区', '化龙镇', '2022-panyu-hualong-eintln'],
    [2023, '增城区', '派潭镇', '2023-zengcheng-paitan-iledoe'],
    [2023, '从化区', '吕田镇', '2023-conghua-lvtian-57ejqu'],
    [2021, '增城区', '荔城街道', '2021-zengcheng-licheng-92qjhn'],
  ])('%d %s %s → %s', (year, district, name, expected) => {
    expect(id({ year, district, name })).toBe(expected);
  });

  it('gives the five reports five different ids', () => {
    const ids = reportNames.map((n) => record(n).id);
    expect(new Set(ids).size).toBe(5);
  });

  it('uses the entity when there is no short name, and marks an unknown year', () => {
    expect(id({ entity: '化龙司法所' })).toMatch(/^undated-hualongsifasuo-[0-9a-z]{6}$/);
  });

  it('falls back on the file name when no one is named', () => {
    expect(id({ year: 2022, file: 'content/reports/000_6506D5458F2BF397.txt' })).toBe('file-content-reports-000-6506d5458f2bf397');
  });

  it('gives homophones, and one name as 镇 and as 街道, different ids', () => {
    const ids = ['石井镇', '石景镇', '石井街道', '实井镇'].map((name) => id({ year: 2022, district: '白云区', name }));
    expect(ids.every((x) => x.startsWith('2022-baiyun-shijing-'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the same unit the same id whatever else exists, and only its year changes', () => {
    const a = id({ year: 2022, district: '白云区', name: '石井镇' });
    expect(id({ year: 2022, district: '白云区', name: '石井镇' })).toBe(a);
    expect(id({ year: 2023, district: '白云区', name: '石井镇' })).toBe(a.replace(/^2022/, '2023'));
  });

  it('keeps 2,000 distinct generated units of one district and year apart', () => {
    // Names drawn from a few homophone groups, the way collisions arise in real towns.
    const groups = ['石井景警', '太泰态汰', '和河合荷', '龙隆笼珑', '田甜填恬', '城成诚承'];
    const names: string[] = [];
    for (let i = 0; i < 2000; i++) {
      let name = '';
      for (let k = 0, n = i >> 1; k < 6; k++, n >>= 2) name += groups[k]![n & 3];
      names.push(`${name}${i % 2 ? '镇' : '街道'}`);
    }
    expect(new Set(names).size).toBe(2000);
    const ids = [...names].map((name) => id({ year: 2022, district: '白云区', name }));
    expect(new Set(ids).size).toBe(2000);
  });
});
