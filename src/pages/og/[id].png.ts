// The social image of each report (og:image of /reports/<id>/): unit, year and headline figures.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Report } from '../../lib/schema.ts';
import { cardContent, cardTree } from '../../site/social-card.ts';
import { renderPng } from '../../social/render.ts';

export const getStaticPaths = (async () =>
  (await getCollection('reports')).map((entry) => ({ params: { id: entry.id }, props: { report: entry.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report }> = async ({ props }) => {
  const card = cardContent(props.report);
  return new Response(await renderPng(cardTree(card)), { headers: { 'Content-Type': 'image/png' } });
};
