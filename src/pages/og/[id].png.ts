// The social image of each report (og:image of /reports/<id>/): unit, year and headline figures, drawn
// by the loader's parser processes (src/site/cards.ts) and filed by the digest of the report's file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { readCard } from '../../site/cards.ts';

export const getStaticPaths = (async () =>
  (await getCollection('reports')).map((entry) => {
    const digest = String(entry.digest);
    // The digest names the image: a rebuild copies it while the file and the code are unchanged.
    return { params: { id: entry.id }, props: { digest }, cacheKey: digest };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ digest: string }> = async ({ props }) =>
  new Response(await readCard(cacheDir, props.digest), { headers: { 'Content-Type': 'image/png' } });
