// /data/reports.parquet: the headline columns of every report, in the home table's order (src/site/parquet.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { reportsParquet } from '../../site/parquet.ts';
import { sortReports } from '../../site/report-rows.ts';

export const GET: APIRoute = async () => {
  const reports = sortReports((await getCollection('reports')).map((entry) => entry.data));
  return new Response(reportsParquet(reports), { headers: { 'Content-Type': 'application/vnd.apache.parquet' } });
};
