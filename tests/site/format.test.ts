import { describe, expect, it } from 'vitest';
import { derivedNote, formatFact, formatNumber, NOT_STATED } from '../../src/site/format.ts';
import { reportRow, sortReports } from '../../src/site/report-rows.ts';
import { shippedReports } from './shipped-reports.ts';

describe('format', () => {
  it('shows a missing value as 未说明 and a stated 0 as 0', () => {
    expect(formatNumber(null)).toBe(NOT_STATED);
    expect(formatFact(null)).toBe('未说明');
    expect(formatNumber(0)).toBe('0');
  });

  it('keeps every digit and the unit', () => {
    expect(formatFact({ value: 66446.66, unit: '万元' })).toBe('66,446.66 万元');
    expect(formatFact({ value: 1.2345, unit: '万元' })).toBe('1.2345 万元');
    expect(formatFact({ value: 99.54, unit: '%' })).toBe('99.54%');
    expect(formatFact({ value: '优', unit: '等级' })).toBe('优');
  });

  it('says why a value is derived', () => {
    expect(derivedNote({ rule: 'grade/from-score' })).toBe('由得分推算');
  });
});

describe('report rows', () => {
  const reports = shippedReports().map((s) => s.report);

  it('sorts newest first, then by district and name', () => {
    expect(sortReports(reports).map((r) => r.id)).toEqual([
      '2023-conghua-lvtian-57ejqu',
      '2023-zengcheng-paitan-iledoe',
      '2022-baiyun-taihe-msstg9',
      '2022-panyu-hualong-eintln',
      '2021-zengcheng-licheng-92qjhn',
    ]);
  });

  it('counts met indicators, keeps missing values null and flags derived ones', () => {
    const row = reportRow(reports.find((r) => r.id === '2023-conghua-lvtian-57ejqu')!);
    expect(row).toMatchObject({
      budget: null,
      spent: 11799.02,
      spentDerived: true,
      budgetDerived: false,
      executionRate: null,
      score: 97.82,
      grade: '优',
      gradeDerived: true,
      href: '/reports/2023-conghua-lvtian-57ejqu/',
    });
    expect(row.indicatorsMet).toBeLessThanOrEqual(row.indicators!);
  });

  it('gives no indicator counts, not 0/0, for a report that lists none', () => {
    const none = reports.find((r) => r.indicators.length === 0)!;
    expect(reportRow(none)).toMatchObject({ indicators: null, indicatorsMet: null });
  });
});
