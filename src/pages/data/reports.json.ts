// /data/reports.json: every record as the loader filed it, in the home table's order.
import type { APIRoute } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { digestsIn, jsonArray, readRecords } from '../../site/records.ts';
import { sortReports } from '../../site/report-rows.ts';

export const GET: APIRoute = async () => {
  const entries = await getCollection('reports');
  const records = readRecords(cacheDir, digestsIn(entries, sortReports(entries.map((entry) => entry.data))));
  return new Response(await jsonArray(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
