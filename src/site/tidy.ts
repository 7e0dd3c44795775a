// Open data for analysts: long ("tidy") tables next to the headline CSV, one row per item with its
// report id and the source span (character offsets into the report's text, as in the JSON), and the
// data dictionary generated from the same column list, so the two cannot disagree.
import { stringify } from 'csv-stringify/sync';
import type { Fact, Report } from '../lib/schema.ts';
import { displayName } from './report-rows.ts';

export interface Column<T> {
  key: string;
  zh: string;
  en: string;
  about: { zh: string; en: string };
  get: (row: T) => string | number | boolean | null;
}
export interface Table<T> {
  /** Under /data/. */
  file: string;
  zh: string;
  en: string;
  rows: (reports: Report[]) => T[];
  columns: Column<T>[];
}

/** Data licence of the site's own files (the compilation, links and offsets); each report's own terms are in its meta. */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

interface Item<T> {
  report: Report;
  item: T;
  index: number;
}
const itemsOf =
  <T>(pick: (r: Report) => T[]) =>
  (reports: Report[]): Item<T>[] =>
    reports.flatMap((report) => pick(report).map((item, index) => ({ report, item, index })));

/** The columns every long table starts with. */
function reportColumns<T>(): Column<Item<T>>[] {
  return [
    {
      key: 'report_id',
      zh: '报告编号',
      en: 'report id',
      about: {
        zh: '报告的编号, 与 /data/reports/<id>.json 和 /reports/<id>/ 对应',
        en: 'id of the report; its record is /data/reports/<id>.json, its page /reports/<id>/',
      },
      get: (x) => x.report.id,
    },
    {
      key: 'unit',
      zh: '单位',
      en: 'unit',
      about: { zh: '单位简称', en: 'short name of the reporting unit' },
      get: (x) => displayName(x.report),
    },
    {
      key: 'district',
      zh: '区',
      en: 'district',
      about: { zh: '所在区; 空白为报告没有写明', en: 'district; empty when not stated' },
      get: (x) => x.report.district,
    },
    { key: 'year', zh: '年度', en: 'year', about: { zh: '报告年度', en: 'year the report covers' }, get: (x) => x.report.year },
    {
      key: 'item_no',
      zh: '序号',
      en: 'item no.',
      about: { zh: '该项在报告中的顺序, 从 1 起', en: 'position of the item in the report, from 1' },
      get: (x) => x.index + 1,
    },
  ];
}

/** A fact as three columns: value, unit, derived; empty when the report does not state it. */
function factColumns<T>(key: string, zh: string, en: string, pick: (row: T) => Fact | null): Column<T>[] {
  return [
    { key, zh, en, about: { zh: `${zh}; 空白为报告没有写明`, en: `${en}; empty when not stated` }, get: (x) => pick(x)?.value ?? null },
    {
      key: `${key}_unit`,
      zh: `${zh}单位`,
      en: `${en} unit`,
      about: { zh: `${zh}的单位 (万元, %, 分, 或报告所用的单位)`, en: `unit of ${en} (万元, %, points, or as stated)` },
      get: (x) => pick(x)?.unit ?? null,
    },
    {
      key: `${key}_derived`,
      zh: `${zh}为推算`,
      en: `${en} derived`,
      about: { zh: '是: 由其他数字推算, 不是报告写明的', en: 'true when computed from other figures rather than stated' },
      get: (x) => (pick(x) ? pick(x)!.derived : null),
    },
  ];
}

function spanColumns<T>(span: (row: T) => { start: number | null; end: number | null; text?: string | null } | null): Column<T>[] {
  return [
    {
      key: 'source_start',
      zh: '原文起点',
      en: 'source start',
      about: { zh: '该项在报告原文中的起始位置 (UTF-16 字符偏移)', en: 'start of the item in the report text (UTF-16 offset)' },
      get: (x) => span(x)?.start ?? null,
    },
    {
      key: 'source_end',
      zh: '原文终点',
      en: 'source end',
      about: { zh: '结束位置 (不含)', en: 'end of the item in the report text (exclusive)' },
      get: (x) => span(x)?.end ?? null,
    },
    {
      key: 'source_text',
      zh: '原文',
      en: 'source text',
      about: { zh: '原文片段', en: 'the quoted source text' },
      get: (x) => span(x)?.text ?? null,
    },
  ];
}

/** The stretch of source that holds all of `facts`. */
function around(facts: (Fact | null)[]): { start: number; end: number } | null {
  const stated = facts.filter((f) => f && f.start !== null && f.end !== null) as Fact[];
  return stated.length ? { start: Math.min(...stated.map((f) => f.start!)), end: Math.max(...stated.map((f) => f.end!)) } : null;
}

type Ind = Item<Report['indicators'][number]>;
type Ded = Item<Report['deductions'][number]>;
type Fund = Item<Report['fundLines'][number]>;
type Proj = Item<Report['projects'][number]>;

export const INDICATORS: Table<Ind> = {
  file: 'indicators.csv',
  zh: '绩效指标',
  en: 'performance indicators',
  rows: itemsOf((r) => r.indicators),
  columns: [
    ...reportColumns(),
    { key: 'name', zh: '指标', en: 'indicator', about: { zh: '指标名称, 照原文', en: 'name as written' }, get: (x) => x.item.name },
    {
      key: 'category',
      zh: '类别',
      en: 'category',
      about: { zh: '数量指标、质量指标…; 空白为没有写明', en: 'category (quantity, quality …); empty when not stated' },
      get: (x) => x.item.category,
    },
    {
      key: 'comparator',
      zh: '比较',
      en: 'comparator',
      about: { zh: '实际值与目标值如何比较 (>=, <= …)', en: 'how the actual is held against the target' },
      get: (x) => x.item.comparator,
    },
    ...factColumns<Ind>('target', '目标', 'target', (x) => x.item.target),
    ...factColumns<Ind>('actual', '实际', 'actual', (x) => x.item.actual),
    {
      key: 'met',
      zh: '是否达成',
      en: 'met',
      about: { zh: '是 / 否; 空白为无法判断', en: 'true / false; empty when it cannot be told' },
      get: (x) => x.item.met,
    },
    ...spanColumns<Ind>((x) => x.item.span),
  ],
};

export const DEDUCTIONS: Table<Ded> = {
  file: 'deductions.csv',
  zh: '扣分',
  en: 'deductions',
  rows: itemsOf((r) => r.deductions),
  columns: [
    ...reportColumns(),
    {
      key: 'item',
      zh: '扣分项',
      en: 'item',
      about: { zh: '扣分的项目, 照原文', en: 'what lost points, as written' },
      get: (x) => x.item.item,
    },
    { key: 'points', zh: '扣分', en: 'points', about: { zh: '扣去的分数', en: 'points deducted' }, get: (x) => x.item.points.value },
    {
      key: 'reason',
      zh: '原因',
      en: 'reason',
      about: { zh: '扣分原因; 空白为没有写明', en: 'reason; empty when not stated' },
      get: (x) => x.item.reason,
    },
    ...spanColumns<Ded>((x) => x.item.points),
  ],
};

export const FUND_LINES: Table<Fund> = {
  file: 'fund-lines.csv',
  zh: '资金收支分项',
  en: 'fund lines',
  rows: itemsOf((r) => r.fundLines),
  columns: [
    ...reportColumns(),
    {
      key: 'label',
      zh: '项目',
      en: 'line',
      about: { zh: '资金来源或支出类别, 照原文', en: 'fund source or kind of spending, as written' },
      get: (x) => x.item.label,
    },
    { key: 'flow', zh: '收/支', en: 'flow', about: { zh: 'income 收入 / expense 支出', en: 'income or expense' }, get: (x) => x.item.flow },
    ...factColumns<Fund>('budget', '预算数', 'budget', (x) => x.item.budget),
    ...factColumns<Fund>('amount', '金额', 'amount', (x) => x.item.amount),
    ...factColumns<Fund>('rate', '执行率', 'rate', (x) => x.item.rate),
    ...spanColumns<Fund>((x) => around([x.item.budget, x.item.amount, x.item.rate])),
  ],
};

export const PROJECTS: Table<Proj> = {
  file: 'projects.csv',
  zh: '重点项目',
  en: 'key projects',
  rows: itemsOf((r) => r.projects),
  columns: [
    ...reportColumns(),
    { key: 'name', zh: '项目', en: 'project', about: { zh: '项目名称, 照原文', en: 'name as written' }, get: (x) => x.item.name },
    ...factColumns<Proj>('budget', '预算数', 'budget', (x) => x.item.budget),
    ...factColumns<Proj>('spent', '支出数', 'spent', (x) => x.item.spent),
    ...factColumns<Proj>('rate', '执行率', 'rate', (x) => x.item.rate),
    ...spanColumns<Proj>((x) => x.item.span),
  ],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of tables of different row types
// biome-ignore lint/suspicious/noExplicitAny: one list of tables whose rows differ
export const TIDY_TABLES: Table<any>[] = [INDICATORS, DEDUCTIONS, FUND_LINES, PROJECTS];

/**
 * A table's CSV opens with a byte-order mark (spreadsheets then read the Chinese) and English keys as
 * headers; tableHead(table) + tableRows(table, r) for each report r is the whole file, written a record at a
 * time (src/site/published.ts). Cells: true/false, an empty cell for not stated.
 */
export const tableHead = <T>(table: Table<T>): string => cellsCsv(table, []);

/** A report's rows of a table, as CSV lines ('' when it has none of the table's items). */
export function tableRows<T>(table: Table<T>, report: Report): string {
  const cells = cellsOf(table, [report]);
  return cells.length ? cellsCsv(table, cells, false) : '';
}

const cellsOf = <T>(table: Table<T>, reports: Report[]) => table.rows(reports).map((row) => table.columns.map((c) => c.get(row)));

/** The CSV of these cells, with the header (and byte-order mark) that opens the file, or without. */
function cellsCsv<T>(table: Table<T>, cells: ReturnType<typeof cellsOf>, opening = true): string {
  return stringify(cells, {
    bom: opening,
    header: opening,
    columns: table.columns.map((c) => c.key),
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    cast: { boolean: (value) => String(value) },
  });
}
