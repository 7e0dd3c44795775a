// /data/years/<year>.json: the records of one year, e.g. /data/years/2022.json, in the home table's
// order, so that a reader who wants one year does not download them all.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { type Filed, jsonArray, readRecords } from '../../../site/records.ts';
import { sortReports } from '../../../site/report-rows.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('reports');
  const byYear = new Map<number, typeof entries>();
  for (const entry of entries) {
    const year = entry.data.year;
    if (year === null) continue;
    const group = byYear.get(year);
    if (group) group.push(entry);
    else byYear.set(year, [entry]);
  }
  return [...byYear].map(([year, group]) => ({
    params: { year: String(year) },
    props: { filed: group as Filed[], reports: sortReports(group.map((entry) => entry.data)) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ filed: Filed[]; reports: { id: string }[] }> = async ({ props }) =>
  new Response(await jsonArray(readRecords(cacheDir, props.filed, props.reports)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
