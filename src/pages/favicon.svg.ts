// /favicon.svg: the site's icon (src/site/favicon.ts).
import type { APIRoute } from 'astro';
import { FAVICON_SVG } from '../site/favicon.ts';

export const GET: APIRoute = () => new Response(FAVICON_SVG, { headers: { 'Content-Type': 'image/svg+xml' } });
