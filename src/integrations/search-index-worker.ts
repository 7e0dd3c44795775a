// The search index, made in a worker thread of the build (src/integrations/search-index.ts): the shards
// whose reports or code changed since the last build (updateShards, search-index-shards.ts). Reading and
// parsing each record (about 1 ms) stays off the main thread, which generates the pages, and Pagefind
// indexes and writes its files in its own process. It says when every shard is in the cache dir.
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { type ShardsUpdate, searchCode, updateShards } from './search-index-shards.ts';

export interface SearchIndexData {
  /** The cache dir (a file: URL), where the loader filed the manifest and the records. */
  cacheDir: string;
  /** Where the shards are kept: not the output, which the build is still writing. */
  shardsDir: string;
}
export type SearchIndexMessage = { done: ShardsUpdate & { seconds: number } } | { error: string };

const port = parentPort!;
const post = (message: SearchIndexMessage) => port.postMessage(message);
const { cacheDir, shardsDir } = workerData as SearchIndexData;
const started = performance.now();
try {
  const update = await updateShards(new URL(cacheDir), shardsDir, await searchCode());
  post({ done: { ...update, seconds: (performance.now() - started) / 1000 } });
} catch (error) {
  post({ error: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
