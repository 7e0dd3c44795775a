// /data/dictionary.json: the data dictionary (src/site/dictionary.ts) for programs.
import type { APIRoute } from 'astro';
import { dictionary } from '../../site/dictionary.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(dictionary(), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
