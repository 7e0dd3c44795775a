// Files the site publishes as the loader filed them, not rendered page by page: each report's social
// image, original file and record (linked from the cache), and the open-data files that are records one
// after another (read and written a record at a time). Rendering each as a route cost Astro about 7 ms
// a report on one core, and held a whole year's JSON in memory; linking costs a system call.
// The loader lists the reports (writeManifest); publishedFiles(cacheDir, manifest) says what to write.
// publishedFiles(…)[0] → { path: 'og/2022-baiyun-taihe-msstg9.png', from: '<cacheDir>/cards/<digest>.png', … }
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Report } from '../lib/schema.ts';
import { cardPath } from './cards.ts';
import { propsKey } from './cache-key.ts';
import { MEDIA_TYPES, originalName } from './original-pages.ts';
import { recordPath } from './records.ts';
import { TIDY_TABLES, tableHead, tableRows } from './tidy.ts';

/** A report as the published files need it, in the home table's order. */
export interface ManifestEntry {
  id: string;
  digest: string;
  /** The original file, absolute. */
  file: string;
  format: Report['source']['format'];
  year: number | null;
}

/** A file of the site: `path` in the output folder, made of one file or of records. */
export type Published = {
  path: string;
  type: string;
  /** Names the content, so an unchanged file is not written again. */
  key: string;
} & (
  | {
      from: string;
      /** Copied, not linked: a file of the user's, not of the cache. */
      copy?: boolean;
    }
  | ({
      /** Record files, in order. */
      records: string[];
      /**
       * Names how a record's part is made (what `as` joins, and the code that joins it): a file written
       * again keeps the parts of the records it still has while this is the same.
       */
      parts: string;
    } & (
      | {
          /** How the records are joined. */
          as: 'array' | 'lines';
        }
      | {
          /** The rows of a tidy table (src/site/tidy.ts), named by its file. */
          as: 'csv';
          table: string;
        }
    ))
);

const JSON_TYPE = 'application/json; charset=utf-8';

const manifestFile = (cacheDir: URL): string => fileURLToPath(new URL('published.json', cacheDir));

export const writeManifest = (cacheDir: URL, entries: readonly ManifestEntry[]): Promise<void> =>
  writeFile(manifestFile(cacheDir), JSON.stringify(entries));

export const readManifest = async (cacheDir: URL): Promise<ManifestEntry[]> =>
  JSON.parse(await readFile(manifestFile(cacheDir), 'utf8')) as ManifestEntry[];

/** The code that joins records into files (this module and the tables'), so a change to it writes them again. */
export const JOINING_CODE = ['site/published.ts', 'site/tidy.ts', 'site/report-rows.ts'];

/** The site's published files; `code` is the digest of JOINING_CODE. */
export function publishedFiles(cacheDir: URL, manifest: readonly ManifestEntry[], code = ''): Published[] {
  const record = (digest: string) => recordPath(cacheDir, digest);
  const joined = (path: string, entries: readonly ManifestEntry[], as: 'array' | 'lines'): Published => {
    const digests = entries.map((e) => e.digest);
    return {
      path,
      type: as === 'lines' ? 'application/jsonl; charset=utf-8' : JSON_TYPE,
      records: digests.map(record),
      as,
      parts: propsKey({ as, code }),
      key: propsKey({ as, digests, code }),
    };
  };
  const digests = manifest.map((e) => e.digest);
  const years = Map.groupBy(
    manifest.filter((e) => e.year !== null),
    (e) => e.year!,
  );
  return [
    // The digest covers the file the three are made from and the code that made them.
    ...manifest.flatMap((e): Published[] => [
      { path: `og/${e.id}.png`, type: 'image/png', from: cardPath(cacheDir, e.digest), key: e.digest },
      {
        path: `reports/${e.id}/${originalName({ source: { format: e.format } })}`,
        type: MEDIA_TYPES[e.format],
        from: e.file,
        copy: true,
        key: e.digest,
      },
      // /data/reports/<id>.json, e.g. /data/reports/2022-baiyun-taihe-msstg9.json: the record as filed.
      { path: `data/reports/${e.id}.json`, type: JSON_TYPE, from: record(e.digest), key: e.digest },
    ]),
    // Every record, in the home table's order: one JSON array, and JSON Lines that tools stream a record
    // at a time (DuckDB read_json, pandas/Polars read_json(lines=True), jq -c).
    joined('data/reports.json', manifest, 'array'),
    joined('data/reports.jsonl', manifest, 'lines'),
    // One year's records, e.g. /data/years/2022.json, for a reader who wants one year.
    ...[...years].map(([year, entries]) => joined(`data/years/${year}.json`, entries, 'array')),
    // The tidy tables, e.g. /data/indicators.csv: one row per item of every record, in the same order.
    ...TIDY_TABLES.map(
      (t): Published => ({
        path: `data/${t.file}`,
        type: 'text/csv; charset=utf-8',
        records: digests.map(record),
        as: 'csv',
        table: t.file,
        parts: propsKey({ as: 'csv', table: t.file, code }),
        key: propsKey({ as: 'csv', table: t.file, digests, code }),
      }),
    ),
  ];
}

/** A file made of records (reports.json, .jsonl, a year's JSON, a long table). */
export type Joined = Extract<Published, { records: string[] }>;

/** A record as a joined file reads it: its text as filed, and its value, parsed once whatever asks. */
export interface FiledRecord {
  text: string;
  value(): Report;
}

export function filedRecord(text: string): FiledRecord {
  let value: Report | undefined;
  return { text, value: () => (value ??= JSON.parse(text) as Report) };
}

/**
 * The text of a joined file, a record at a time: JSON.stringify(records, null, 2) for an array (each
 * record is filed pretty-printed, so it is indented once more), one compact record a line for lines,
 * the table's rows for a CSV. A generator, because every record at once would not fit in one string at
 * 40,000 reports.
 */
export async function* joinedText(file: Joined): AsyncGenerator<string> {
  yield joinedHead(file);
  for (const [i, path] of file.records.entries()) {
    if (i) yield joinedSeparator(file);
    yield joinedPart(file, filedRecord(await readFile(path, 'utf8')));
  }
  yield joinedTail(file);
}

const tableOf = (file: Extract<Joined, { as: 'csv' }>) => TIDY_TABLES.find((t) => t.file === file.table)!;

/** What a joined file starts with: an array's bracket, a table's byte-order mark and header. */
export function joinedHead(file: Joined): string {
  if (file.as === 'csv') return tableHead(tableOf(file));
  return file.as === 'array' ? '[' : '';
}

/** What a joined file ends with: an array's bracket, on a line of its own after a record. */
export const joinedTail = (file: Joined): string => (file.as === 'array' ? (file.records.length ? '\n]' : ']') : '');

/** What stands between two records' parts: an array's comma. */
export const joinedSeparator = (file: Joined): string => (file.as === 'array' ? ',' : '');

/** The text of a record in a joined file (the separator before it aside). */
export function joinedPart(file: Joined, record: FiledRecord): string {
  if (file.as === 'csv') return tableRows(tableOf(file), record.value());
  if (file.as === 'lines') return `${JSON.stringify(record.value())}\n`;
  return `\n  ${record.text.replaceAll('\n', '\n  ')}`;
}
