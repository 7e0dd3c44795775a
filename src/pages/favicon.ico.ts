// /favicon.ico: the site's icon (src/site/favicon.ts) as a 32×32 PNG inside an .ico.
import type { APIRoute } from 'astro';
import { FAVICON_SVG } from '../site/favicon.ts';
import { pngToIco } from '../site/ico.ts';
import { svgToPng } from '../social/render.ts';

const SIZE = 32;

export const GET: APIRoute = async () =>
  new Response(pngToIco(await svgToPng(FAVICON_SVG, SIZE), SIZE), { headers: { 'Content-Type': 'image/x-icon' } });
