// report-id.ts: stable ASCII ids from year, district and short name in pinyin.
import { describe, expect, it } from 'vitest';
import { reportId } from '../src/lib/report-id.ts';
import { record, reportNames } from './helpers/reports.ts';

const id = (parts: Partial<Parameters<typeof reportId>[0]>) => reportId({ year: null, district: null, name: null, entity: null, file: 'x.txt', ...parts });

describe('reportId', () => {
  it.each([
    [2022, '白云区', '太和镇', '2022-baiyun-taihe'],
    [2022, '番禺区', '化龙镇', '2022-panyu-hualong'],
    [2023, '增城区', '派潭镇', '2023-zengcheng-paitan'],
    [2023, '从化区', '吕田镇', '2023-conghua-lvtian'],
    [2021, '增城区', '荔城街道', '2021-zengcheng-licheng'],
  ])('%d %s %s → %s', (year, district, name, expected) => {
    expect(id({ year, district, name })).toBe(expected);
  });

  it('gives the five reports five different ids', () => {
    const ids = reportNames.map((n) => record(n).id);
    expect(new Set(ids).size).toBe(5);
  });

  it('uses the entity when there is no short name, and marks an unknown year', () => {
    expect(id({ entity: '化龙司法所' })).toBe('undated-hualongsifasuo');
  });

  it('falls back on the file name when no one is named', () => {
    expect(id({ year: 2022, file: 'content/reports/000_6506D5458F2BF397.txt' })).toBe('file-content-reports-000-6506d5458f2bf397');
  });
});
