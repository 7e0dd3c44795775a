// /data/reports/<id>.json: one record, e.g. /data/reports/2022-baiyun-taihe-msstg9.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { readRecord } from '../../../site/records.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('reports');
  // The record is all the file holds, and the digest keys it, so a rebuild copies an unchanged file.
  return entries.map((entry) => ({ params: { id: entry.id }, props: { digest: String(entry.digest) }, cacheKey: String(entry.digest) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ digest: string }> = async ({ props }) =>
  new Response(JSON.stringify(await readRecord(cacheDir, props.digest), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
