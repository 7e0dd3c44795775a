// /data/schema.json: the JSON Schema of one record, generated from the Zod ReportSchema.
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { ReportSchema } from '../../lib/schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(ReportSchema, { reused: 'ref' }), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
