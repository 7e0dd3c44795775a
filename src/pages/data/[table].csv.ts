// /data/indicators.csv, deductions.csv, fund-lines.csv, projects.csv: one row per item (src/site/tidy.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { propsKey } from '../../site/cache-key.ts';
import { digestsIn, readRecords } from '../../site/records.ts';
import { sortReports } from '../../site/report-rows.ts';
import { TIDY_TABLES, tidyCsvs } from '../../site/tidy.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('reports');
  const digests = digestsIn(entries, sortReports(entries.map((entry) => entry.data)));
  // A table is made of every record, in order: a rebuild copies it while no report changed.
  return TIDY_TABLES.map((t) => ({ params: { table: t.file.replace(/\.csv$/, '') }, props: { digests }, cacheKey: propsKey(digests) }));
}) satisfies GetStaticPaths;

// Every table is made in one reading of the records, kept until each table has been written.
let made: { key: string; tables: ReturnType<typeof tidyCsvs>; left: number } | null = null;

export const GET: APIRoute<{ digests: string[] }> = async ({ params, props }) => {
  const table = TIDY_TABLES.find((t) => t.file === `${params.table}.csv`)!;
  const key = props.digests.join(' ');
  if (made?.key !== key) made = { key, tables: tidyCsvs(readRecords(cacheDir, props.digests)), left: TIDY_TABLES.length };
  const csv = (await made.tables).get(table)!;
  if (--made.left === 0) made = null;
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
