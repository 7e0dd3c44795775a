// /data/reports.jsonl: every record, one JSON object per line (JSON Lines), in the home table's order.
// One file that tools stream a record at a time (DuckDB read_json, pandas/Polars read_json(lines=True),
// jq -c), where /data/reports.json must be parsed whole.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortReports } from '../../site/report-rows.ts';

export const GET: APIRoute = async () => {
  const reports = sortReports((await getCollection('reports')).map((entry) => entry.data));
  return new Response(reports.map((r) => `${JSON.stringify(r)}\n`).join(''), {
    headers: { 'Content-Type': 'application/jsonl; charset=utf-8' },
  });
};
