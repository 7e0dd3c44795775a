// The social image of every page that is not a report.
import type { APIRoute } from 'astro';
import { cardTree, SITE_CARD } from '../../site/social-card.ts';
import { renderPng } from '../../social/render.ts';

export const GET: APIRoute = async () => new Response(await renderPng(cardTree(SITE_CARD)), { headers: { 'Content-Type': 'image/png' } });
