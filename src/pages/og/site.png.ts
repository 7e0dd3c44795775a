// The social image of every page that is not a report.
import type { APIRoute } from 'astro';
import { SITE_CARD } from '../../site/social-card.ts';
import { renderCard } from '../../social/render.ts';

export const GET: APIRoute = () => new Response(renderCard(SITE_CARD), { headers: { 'Content-Type': 'image/png' } });
