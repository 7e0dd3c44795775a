// /data/reports.jsonl: every record, one JSON object per line (JSON Lines), in the home table's order.
// One file that tools stream a record at a time (DuckDB read_json, pandas/Polars read_json(lines=True),
// jq -c), where /data/reports.json must be parsed whole.
import type { APIRoute } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { digestsIn, jsonLines, readRecords } from '../../site/records.ts';
import { sortReports } from '../../site/report-rows.ts';

export const GET: APIRoute = async () => {
  const entries = await getCollection('reports');
  const records = readRecords(cacheDir, digestsIn(entries, sortReports(entries.map((entry) => entry.data))));
  return new Response(await jsonLines(records), { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
};
