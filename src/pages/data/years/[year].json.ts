// /data/years/<year>.json: the records of one year, e.g. /data/years/2022.json, in the home table's
// order, so that a reader who wants one year does not download them all.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Report } from '../../../lib/schema.ts';
import { sortReports } from '../../../site/report-rows.ts';

export const getStaticPaths = (async () => {
  const byYear = new Map<number, Report[]>();
  for (const { data } of await getCollection('reports')) {
    if (data.year === null) continue;
    const group = byYear.get(data.year);
    if (group) group.push(data);
    else byYear.set(data.year, [data]);
  }
  return [...byYear].map(([year, reports]) => ({ params: { year: String(year) }, props: { reports: sortReports(reports) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ reports: Report[] }> = ({ props }) =>
  new Response(JSON.stringify(props.reports, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
