// /data/reports.csv: one row per report with the headline columns, UTF-8 with a byte-order mark so
// spreadsheet programs read the Chinese headers; an empty cell means the report does not state it.
// Text that a spreadsheet would run as a formula is neutralised (OWASP's rule for CSV injection).
import { stringify } from 'csv-stringify/sync';
import type { ReportSummary } from '../lib/schema.ts';
import { reportRow, type ReportRow } from './report-rows.ts';

export const COLUMNS: { key: Exclude<keyof ReportRow, 'href'>; header: string; en: string; about: { zh: string; en: string } }[] = [
  {
    key: 'id',
    header: 'id',
    en: 'report id',
    about: { zh: '报告编号; 数据见 /data/reports/<id>.json', en: 'report id; record at /data/reports/<id>.json' },
  },
  { key: 'name', header: '单位', en: 'unit', about: { zh: '单位简称', en: 'short name of the unit' } },
  { key: 'entity', header: '单位全称', en: 'entity', about: { zh: '单位全称, 照原文', en: 'full name as written' } },
  { key: 'district', header: '区', en: 'district', about: { zh: '所在区', en: 'district' } },
  { key: 'year', header: '年度', en: 'year', about: { zh: '报告年度', en: 'year the report covers' } },
  {
    key: 'budget',
    header: '预算数(万元)',
    en: 'budget (10k yuan)',
    about: { zh: '全年预算数, 万元', en: 'budget for the year, in 万元 (10,000 yuan)' },
  },
  {
    key: 'budgetDerived',
    header: '预算数为推算',
    en: 'budget derived',
    about: { zh: '是: 报告没有写明总数, 由各项相加', en: '是 (yes) when summed from the lines, not stated' },
  },
  { key: 'spent', header: '支出数(万元)', en: 'spent (10k yuan)', about: { zh: '全年支出数, 万元', en: 'spending for the year, in 万元' } },
  {
    key: 'spentDerived',
    header: '支出数为推算',
    en: 'spent derived',
    about: { zh: '是: 由各项相加', en: '是 (yes) when summed from the lines' },
  },
  {
    key: 'executionRate',
    header: '执行率(%)',
    en: 'execution rate (%)',
    about: { zh: '预算执行率, 百分数', en: 'budget execution rate, percent' },
  },
  {
    key: 'executionRateDerived',
    header: '执行率为推算',
    en: 'rate derived',
    about: { zh: '是: 由支出/预算推算', en: '是 (yes) when computed as spent/budget' },
  },
  {
    key: 'score',
    header: '自评得分',
    en: 'self-assessed score',
    about: { zh: '自评总分 (满分 100)', en: 'self-assessed total score (of 100)' },
  },
  { key: 'grade', header: '等级', en: 'grade', about: { zh: '优 / 良 / 中 / 差', en: 'grade: 优 excellent, 良 good, 中 fair, 差 poor' } },
  {
    key: 'gradeDerived',
    header: '等级由得分推算',
    en: 'grade derived',
    about: { zh: '是: 报告没有写等级, 由得分推算 (优 ≥ 90, 良 ≥ 80, 中 ≥ 60)', en: '是 (yes) when derived from the score' },
  },
  {
    key: 'indicatorsMet',
    header: '指标达成数',
    en: 'indicators met',
    about: { zh: '列出的指标中达成的项数; 空白为没有列出指标', en: 'listed indicators that are met; empty when none are listed' },
  },
  {
    key: 'indicators',
    header: '指标数',
    en: 'indicators',
    about: { zh: '报告列出的指标数; 空白为没有列出指标', en: 'indicators listed; empty when none are listed' },
  },
];

/** What a spreadsheet takes as the start of a formula: = + - @, and a tab or carriage return before one. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that would start a formula gets a leading apostrophe, so it reads as text; numbers are not text cells. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function reportsCsv(reports: ReportSummary[]): string {
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
