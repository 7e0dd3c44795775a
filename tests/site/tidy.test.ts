import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/site/dictionary.ts';
import type { Report } from '../../src/lib/schema.ts';
import { DEDUCTIONS, INDICATORS, type Table, TIDY_TABLES, tableHead, tableRows } from '../../src/site/tidy.ts';
import { shippedReports } from './shipped-reports.ts';

const shipped = shippedReports();
const reports = shipped.map((s) => s.report);
/** The whole file, as /data/<table>.csv joins it (src/site/published.ts). */
const tableCsv = <T>(table: Table<T>, rs: Report[]) => tableHead(table) + rs.map((r) => tableRows(table, r)).join('');

describe('tidy tables', () => {
  it('have one row per item with its report id, and a source span that quotes the report text', () => {
    const rows: Record<string, string>[] = parse(tableCsv(INDICATORS, reports), { bom: true, columns: true });
    expect(rows).toHaveLength(reports.reduce((n, r) => n + r.indicators.length, 0));
    for (const row of rows) {
      const { source } = shipped.find((s) => s.report.id === row.report_id)!;
      expect(source.slice(Number(row.source_start), Number(row.source_end))).toBe(row.source_text);
    }
    const licheng = rows.filter((r) => r.report_id === '2021-zengcheng-licheng-92qjhn');
    expect(licheng.filter((r) => r.met === 'false')).toHaveLength(3);
  });

  it('leave a value the report does not state empty', () => {
    const rows: Record<string, string>[] = parse(tableCsv(INDICATORS, reports), { bom: true, columns: true });
    const lvtian = reports.find((r) => r.id === '2023-conghua-lvtian-57ejqu')!;
    const noCategory = lvtian.indicators.findIndex((i) => i.category === null);
    if (noCategory >= 0) expect(rows.find((r) => r.report_id === lvtian.id && r.item_no === String(noCategory + 1))!.category).toBe('');
    const deductions: Record<string, string>[] = parse(tableCsv(DEDUCTIONS, reports), { bom: true, columns: true });
    expect(deductions.map((d) => Number(d.points))).toEqual(reports.flatMap((r) => r.deductions.map((d) => d.points.value)));
  });

  it('give a report with none of its items no rows, and a file of no reports its header alone', () => {
    const none = reports.find((r) => r.deductions.length === 0)!;
    expect(tableRows(DEDUCTIONS, none)).toBe('');
    expect(parse(tableHead(DEDUCTIONS), { bom: true, columns: true })).toEqual([]);
    expect(tableHead(DEDUCTIONS).startsWith('\ufeffreport_id,')).toBe(true);
  });

  it('are each described column by column, in Chinese and English, with the licence', () => {
    const d = dictionary();
    for (const table of TIDY_TABLES) {
      const file = d.files.find((f) => f.path === `/data/${table.file}`)!;
      expect(file.columns!.map((c) => c.name)).toEqual(table.columns.map((c) => c.key));
    }
    expect(d.files.find((f) => f.path === '/data/reports.csv')!.columns!.every((c) => c.en && c.about.en && c.about.zh)).toBe(true);
    expect(d.licence.url).toMatch(/^https:\/\//);
  });
});
