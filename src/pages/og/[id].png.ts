// The social image of each report (og:image of /reports/<id>/): unit, year and headline figures.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { type CardContent, cardContent, cardTree } from '../../site/social-card.ts';
import { renderPng } from '../../social/render.ts';

export const getStaticPaths = (async () =>
  (await getCollection('reports')).map((entry) => {
    const card = cardContent(entry.data);
    // The image is drawn from what the card says alone: a rebuild copies it while that is unchanged
    // (drawing one takes about 0.1 s, the most of any page).
    return { params: { id: entry.id }, props: { card }, cacheKey: JSON.stringify(card) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardContent }> = async ({ props }) =>
  new Response(await renderPng(cardTree(props.card)), { headers: { 'Content-Type': 'image/png' } });
