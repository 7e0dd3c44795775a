// /data/reports.csv: the headline columns of every report (see src/site/csv.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { reportsCsv } from '../../site/csv.ts';
import { sortReports } from '../../site/report-rows.ts';

export const GET: APIRoute = async () => {
  const reports = sortReports((await getCollection('reports')).map((entry) => entry.data));
  return new Response(reportsCsv(reports), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
