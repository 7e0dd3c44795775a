// /data/indicators.csv, deductions.csv, fund-lines.csv, projects.csv: one row per item (src/site/tidy.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { readRecords } from '../../site/records.ts';
import { sortReports } from '../../site/report-rows.ts';
import { streamedTableCsv, TIDY_TABLES } from '../../site/tidy.ts';

export const getStaticPaths = (() =>
  TIDY_TABLES.map((t) => ({ params: { table: t.file.replace(/\.csv$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = TIDY_TABLES.find((t) => t.file === `${params.table}.csv`)!;
  const entries = await getCollection('reports');
  const records = readRecords(cacheDir, entries, sortReports(entries.map((entry) => entry.data)));
  return new Response(await streamedTableCsv(table, records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
