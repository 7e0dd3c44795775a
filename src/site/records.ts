// Each report's full record, on disk by the digest of its file (src/site/by-digest.ts), next to its
// page's view of the original text: the content store keeps only the summary the list pages read
// (ReportSummarySchema), and the report page, its JSON and the open-data files read the record here,
// one at a time, so a build never holds every full record at once.
// <cacheDir>/records/<digest>.json → the record as ReportSchema gives it
import { readFile, writeFile } from 'node:fs/promises';
import type { Report } from '../lib/schema.ts';
import { byDigest, digestsOf, type Keyed } from './by-digest.ts';

const records = (cacheDir: URL) => byDigest(cacheDir, 'records');

export async function writeRecord(cacheDir: URL, digest: string, report: Report): Promise<void> {
  const files = records(cacheDir);
  await files.ready();
  await writeFile(files.path(digest), JSON.stringify(report));
}

export const hasRecord = (cacheDir: URL, digest: string): boolean => records(cacheDir).has(digest);

export const readRecord = async (cacheDir: URL, digest: string): Promise<Report> =>
  JSON.parse(await readFile(records(cacheDir).path(digest), 'utf8')) as Report;

/** Removes the records of files that are gone or changed. */
export const pruneRecords = (cacheDir: URL, keep: ReadonlySet<string>): Promise<void> => records(cacheDir).prune(keep);

/** The digests of `reports`, in their order; `entries` give them. */
export function digestsIn(entries: readonly Keyed[], reports: readonly { id: string }[]): string[] {
  const digests = digestsOf(entries);
  return reports.map((r) => digests.get(r.id)!);
}

/** Reads the records of these digests (in their order) one at a time. */
export async function* readRecords(cacheDir: URL, digests: readonly string[]): AsyncGenerator<Report> {
  for (const digest of digests) yield await readRecord(cacheDir, digest);
}

const encoder = new TextEncoder();

/**
 * The bytes of JSON.stringify(records, null, 2), made a record at a time: the whole text of every
 * record would not fit in one string at 40,000 reports (V8 strings stop at 2^29 characters).
 */
export async function jsonArray(records: AsyncIterable<Report>): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  for await (const r of records)
    parts.push(encoder.encode(`${parts.length ? ',\n' : '[\n'}  ${JSON.stringify(r, null, 2).replaceAll('\n', '\n  ')}`));
  return concat(parts.length ? [...parts, encoder.encode('\n]')] : [encoder.encode('[]')]);
}

/** The bytes of one JSON object per line (JSON Lines), made a record at a time. */
export async function jsonLines(records: AsyncIterable<Report>): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  for await (const r of records) parts.push(encoder.encode(`${JSON.stringify(r)}\n`));
  return concat(parts);
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
