// /data/indicators.csv, deductions.csv, fund-lines.csv, projects.csv: one row per item (src/site/tidy.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { sortReports } from '../../site/report-rows.ts';
import { tableCsv, TIDY_TABLES } from '../../site/tidy.ts';

export const getStaticPaths = (() =>
  TIDY_TABLES.map((t) => ({ params: { table: t.file.replace(/\.csv$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = TIDY_TABLES.find((t) => t.file === `${params.table}.csv`)!;
  const reports = sortReports((await getCollection('reports')).map((entry) => entry.data));
  return new Response(tableCsv(table, reports), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
