// Each report's full record, on disk by the digest of its file (src/site/by-digest.ts), next to its
// page's view of the original text: the content store keeps only the summary the list pages read
// (ReportSummarySchema), and the report page, its JSON and the open-data files read the record here,
// one at a time, so a build never holds every full record at once. The file is pretty-printed: it is
// published as it is, as /data/reports/<id>.json (src/site/published.ts).
// <cacheDir>/records/<digest>.json → the record as ReportSchema gives it
import { readFile } from 'node:fs/promises';
import type { Report } from '../lib/schema.ts';
import { byDigest } from './by-digest.ts';

const records = (cacheDir: URL) => byDigest(cacheDir, 'records');

export function writeRecord(cacheDir: URL, digest: string, report: Report): void {
  records(cacheDir).write(digest, JSON.stringify(report, null, 2));
}

/** Where the record of this digest is filed (published as it is, src/site/published.ts). */
export const recordPath = (cacheDir: URL, digest: string): string => records(cacheDir).path(digest);

/** The digests whose record is filed. */
export const filedRecords = (cacheDir: URL): Promise<Set<string>> => records(cacheDir).filed();

export const readRecord = async (cacheDir: URL, digest: string): Promise<Report> =>
  JSON.parse(await readFile(records(cacheDir).path(digest), 'utf8')) as Report;

/** Removes the records of files that are gone or changed. */
export const pruneRecords = (cacheDir: URL, keep: ReadonlySet<string>): Promise<void> => records(cacheDir).prune(keep);
