// parquet.ts: the headline columns as Parquet, read back with hyparquet (what DuckDB, pandas and Polars read).
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { reportsParquet } from '../../src/site/parquet.ts';
import { reportRow } from '../../src/site/report-rows.ts';
import { shippedReports } from './shipped-reports.ts';

const reports = shippedReports().map((s) => s.report);

describe('reportsParquet', () => {
  it('holds one row per report with the values of the home table, null where a report states none', async () => {
    const file = reportsParquet(reports);
    const rows = await parquetReadObjects({ file });
    expect(rows).toHaveLength(reports.length);
    const { href: _, ...lvtian } = reportRow(reports.find((r) => r.id === '2023-conghua-lvtian-57ejqu')!);
    const read = rows.find((r) => r.id === '2023-conghua-lvtian-57ejqu')!;
    expect(read).toEqual(lvtian);
    expect(read.budget).toBeNull();
    expect(rows.map((r) => r.id)).toEqual(reports.map((r) => r.id));
  });

  it('types its columns: numbers as numbers, flags as booleans', () => {
    const schema = parquetSchema(parquetMetadata(reportsParquet(reports)));
    const types = Object.fromEntries(schema.children.map((c) => [c.element.name, c.element.type]));
    expect(types).toMatchObject({ id: 'BYTE_ARRAY', year: 'INT32', budget: 'DOUBLE', budgetDerived: 'BOOLEAN', indicators: 'INT32' });
  });
});
