// /data/years/<year>.json: the records of one year, e.g. /data/years/2022.json, in the home table's
// order, so that a reader who wants one year does not download them all.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { digestsOf } from '../../../site/by-digest.ts';
import { propsKey } from '../../../site/cache-key.ts';
import { jsonArray, readRecords } from '../../../site/records.ts';
import { sortReports } from '../../../site/report-rows.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('reports');
  const digests = digestsOf(entries);
  const byYear = new Map<number, string[]>();
  for (const r of sortReports(entries.map((entry) => entry.data))) {
    if (r.year === null) continue;
    const group = byYear.get(r.year);
    if (group) group.push(digests.get(r.id)!);
    else byYear.set(r.year, [digests.get(r.id)!]);
  }
  // The file is its records, in order: a rebuild copies it while the year's digests are unchanged.
  return [...byYear].map(([year, digests]) => ({ params: { year: String(year) }, props: { digests }, cacheKey: propsKey(digests) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ digests: string[] }> = async ({ props }) =>
  new Response(await jsonArray(readRecords(cacheDir, props.digests)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
