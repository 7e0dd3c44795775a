// Files published next to a report page: the original as published (original.pdf …) and, for a
// PDF, an image of each page a figure cites, with every figure's box on it (page-7.webp).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import type { Box } from '../../../lib/ingest/types.ts';
import { citedPages, MEDIA_TYPES, originalName, pageImageName } from '../../../site/original-pages.ts';
import { renderPage } from '../../../site/page-image.ts';
import { readRecord } from '../../../site/records.ts';

interface Props {
  path: string;
  type: string;
  page?: number;
  boxes?: Box[];
}

export async function getStaticPaths() {
  const entries = await getCollection('reports');
  const assets = await Promise.all(
    entries.map(async (entry) => {
      if (!entry.filePath) return [];
      const report = entry.data;
      const path = resolve(entry.filePath);
      // The file's digest covers its bytes and the record the boxes come from: a rebuild copies an unchanged asset.
      const cacheKey = String(entry.digest);
      const original = {
        params: { id: entry.id, asset: originalName(report) },
        props: { path, type: MEDIA_TYPES[report.source.format] },
        cacheKey,
      };
      if (report.source.format !== 'pdf') return [original];
      // The boxes are in the full record, read for a PDF only.
      const pages = citedPages(await readRecord(cacheDir, cacheKey)).map(({ page, boxes }) => ({
        params: { id: entry.id, asset: pageImageName(page) },
        props: { path, type: 'image/webp', page, boxes },
        cacheKey,
      }));
      return [original, ...pages];
    }),
  );
  return assets.flat();
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { path, type, page, boxes } = props;
  if (page === undefined) return new Response(new Uint8Array(await readFile(path)), { headers: { 'Content-Type': type } });
  const image = await renderPage(path, () => new Uint8Array(readFileSync(path)), page, boxes ?? []);
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': type } });
};
