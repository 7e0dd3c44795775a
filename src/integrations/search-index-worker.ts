// The search index, made in a worker thread of the build (src/integrations/search-index.ts): reading and
// parsing each record (about 1 ms) stays off the main thread, which generates the pages, and Pagefind
// indexes and writes its files (about 26 s at 10,000 reports) in its own process, while the pages are
// generated. It starts at once and says when every report is added, then when the files are written.
import { rm } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { readManifest } from '../site/published.ts';
import { readRecord } from '../site/records.ts';
import { searchDocument } from '../site/search-record.ts';

export interface SearchIndexData {
  /** The cache dir (a file: URL), where the loader filed the manifest and the records. */
  cacheDir: string;
  /** Where to write the index files (emptied first): not the output, which the build is still writing. */
  outputPath: string;
}
export type SearchIndexMessage = { indexed: number; seconds: number } | { written: number; seconds: number } | { error: string };

/** Records sent to Pagefind before waiting for its answers: it indexes one while the next is read. */
const IN_FLIGHT = 16;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

const fail = (errors: string[]): Error => new Error(`pagefind: ${errors.join('; ')}`);

/** Adds every report of the manifest (only those: a removed report is not found) to a new index, a record at a time. */
async function indexRecords(cacheDir: URL): Promise<{ index: Index; count: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw fail(errors);
  const manifest = await readManifest(cacheDir);
  const pending = new Set<Promise<void>>();
  for (const entry of manifest) {
    const added: Promise<void> = readRecord(cacheDir, entry.digest)
      .then((report) => {
        const { url, html } = searchDocument(report);
        return index.addHTMLFile({ url, content: html });
      })
      .then((response) => {
        if (response.errors.length) throw fail(response.errors);
      })
      .finally(() => pending.delete(added));
    pending.add(added);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  return { index, count: manifest.length };
}

const port = parentPort!;
const post = (message: SearchIndexMessage) => port.postMessage(message);
const { cacheDir, outputPath } = workerData as SearchIndexData;
const started = performance.now();
const seconds = () => (performance.now() - started) / 1000;
try {
  const { index, count } = await indexRecords(new URL(cacheDir));
  post({ indexed: count, seconds: seconds() });
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw fail(written.errors);
  post({ written: count, seconds: seconds() });
} catch (error) {
  post({ error: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
