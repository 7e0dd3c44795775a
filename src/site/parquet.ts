// /data/reports.parquet: the headline columns of every report (those of the home table and the CSV)
// as typed, compressed columns that DuckDB, pandas and Polars read directly; null where the report
// does not state a value. reportsParquet(reports) → ArrayBuffer ("PAR1" … "PAR1")
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import type { ReportSummary } from '../lib/schema.ts';
import { reportRow, type ReportRow } from './report-rows.ts';

type Column = Exclude<keyof ReportRow, 'href'>;
const COLUMNS: [Column, 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN'][] = [
  ['id', 'STRING'],
  ['name', 'STRING'],
  ['entity', 'STRING'],
  ['district', 'STRING'],
  ['year', 'INT32'],
  ['budget', 'DOUBLE'],
  ['budgetDerived', 'BOOLEAN'],
  ['spent', 'DOUBLE'],
  ['spentDerived', 'BOOLEAN'],
  ['executionRate', 'DOUBLE'],
  ['executionRateDerived', 'BOOLEAN'],
  ['score', 'DOUBLE'],
  ['grade', 'STRING'],
  ['gradeDerived', 'BOOLEAN'],
  ['indicatorsMet', 'INT32'],
  ['indicators', 'INT32'],
  ['flags', 'INT32'],
];

export function reportsParquet(reports: ReportSummary[]): ArrayBuffer {
  const rows = reports.map(reportRow);
  const columnData: ColumnSource[] = COLUMNS.map(([name, type]) => ({ name, type, data: rows.map((row) => row[name]) }));
  return parquetWriteBuffer({ columnData, kvMetadata: [{ key: 'units', value: 'budget, spent: 万元; executionRate: %; score: 分' }] });
}
