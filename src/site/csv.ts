// /data/reports.csv: one row per report with the headline columns, UTF-8 with a byte-order mark so
// spreadsheet programs read the Chinese headers; an empty cell means the report does not state it.
// Text that a spreadsheet would run as a formula is neutralised (OWASP's rule for CSV injection).
import { stringify } from 'csv-stringify/sync';
import type { Report } from '../lib/schema.ts';
import { reportRow, type ReportRow } from './report-rows.ts';

const COLUMNS: { key: Exclude<keyof ReportRow, 'href'>; header: string }[] = [
  { key: 'id', header: 'id' },
  { key: 'name', header: '单位' },
  { key: 'entity', header: '单位全称' },
  { key: 'district', header: '区' },
  { key: 'year', header: '年度' },
  { key: 'budget', header: '预算数(万元)' },
  { key: 'budgetDerived', header: '预算数为推算' },
  { key: 'spent', header: '支出数(万元)' },
  { key: 'spentDerived', header: '支出数为推算' },
  { key: 'executionRate', header: '执行率(%)' },
  { key: 'executionRateDerived', header: '执行率为推算' },
  { key: 'score', header: '自评得分' },
  { key: 'grade', header: '等级' },
  { key: 'gradeDerived', header: '等级由得分推算' },
  { key: 'indicatorsMet', header: '指标达成数' },
  { key: 'indicators', header: '指标数' },
];

/** What a spreadsheet takes as the start of a formula: = + - @, and a tab or carriage return before one. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that would start a formula gets a leading apostrophe, so it reads as text; numbers are not text cells. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function reportsCsv(reports: Report[]): string {
  return stringify(reports.map(reportRow), {
    bom: true,
    header: true,
    columns: COLUMNS,
    record_delimiter: 'windows',
    // csv-stringify quotes only the record delimiter (\r\n); a lone \n must be quoted as well.
    quoted_match: /[\r\n]/,
    cast: { boolean: (value) => (value ? '是' : '否'), string: neutralise },
  });
}
