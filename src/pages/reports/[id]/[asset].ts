// Images published next to a report page from a PDF: one of each page a figure cites, with every
// figure's box on it (page-7.webp). The original itself is published as it is (src/site/published.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import type { Box } from '../../../lib/ingest/types.ts';
import { citedPages, pageImageName } from '../../../site/original-pages.ts';
import { renderPage } from '../../../site/page-image.ts';
import { readRecord } from '../../../site/records.ts';

interface Props {
  path: string;
  page: number;
  boxes: Box[];
}

export async function getStaticPaths() {
  const entries = await getCollection('reports');
  const assets = await Promise.all(
    entries.map(async (entry) => {
      if (!entry.filePath || entry.data.source.format !== 'pdf') return [];
      const path = resolve(entry.filePath);
      // The file's digest covers its bytes and the record the boxes come from: a rebuild copies an unchanged image.
      const cacheKey = String(entry.digest);
      // The boxes are in the full record.
      return citedPages(await readRecord(cacheDir, cacheKey)).map(({ page, boxes }) => ({
        params: { id: entry.id, asset: pageImageName(page) },
        props: { path, page, boxes },
        cacheKey,
      }));
    }),
  );
  return assets.flat();
}

export const GET: APIRoute<Props> = async ({ props: { path, page, boxes } }) => {
  const image = await renderPage(path, () => new Uint8Array(readFileSync(path)), page, boxes);
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/webp' } });
};
