// /data/reports.json: every record as the loader stored it, in the home table's order.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortReports } from '../../site/report-rows.ts';

export const GET: APIRoute = async () => {
  const reports = sortReports((await getCollection('reports')).map((entry) => entry.data));
  return new Response(JSON.stringify(reports, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
