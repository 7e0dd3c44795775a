// The search index, fed from a worker thread of the build (src/integrations/search-index.ts): reading and
// parsing each record (about 1 ms) stays off the main thread, which generates the pages, and Pagefind
// indexes in its own process. It starts at once, says when every report is added, and writes the files
// when asked: { outputPath } → { written: count } | { error }.
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { readManifest } from '../site/published.ts';
import { readRecord } from '../site/records.ts';
import { searchDocument } from '../site/search-record.ts';

export interface SearchIndexData {
  /** The cache dir (a file: URL), where the loader filed the manifest and the records. */
  cacheDir: string;
}
export type SearchIndexMessage = { indexed: number; seconds: number } | { written: number } | { error: string };

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
const started = performance.now();
const indexing = indexRecords(new URL((workerData as SearchIndexData).cacheDir));
indexing.then(
  ({ count }) => post({ indexed: count, seconds: (performance.now() - started) / 1000 }),
  () => {}, // said when the files are asked for
);

port.once('message', async ({ outputPath }: { outputPath: string }) => {
  try {
    const { index, count } = await indexing;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw fail(written.errors);
    post({ written: count });
  } catch (error) {
    post({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    await pagefind.close();
    port.close();
  }
});
