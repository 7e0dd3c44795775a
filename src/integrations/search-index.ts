// Astro integration: the search index (Pagefind, its extended binary, which segments Chinese) made from
// the records (a small document each, src/site/search-record.ts), in dist/pagefind/ so search runs in the
// reader's browser with no server. One index per year of report (a shard, src/site/search-shards.ts):
// a rebuild indexes only the years whose reports changed, and the search page merges the shards.
// It is made once Vite has written the first bundle (the loader has filed the records long before), in a
// worker thread that feeds Pagefind's process (search-index-worker.ts), on the core that page generation
// (one core) leaves idle, and written into the cache dir; at the end of the build the changed shards are
// linked into the output (search-index-shards.ts). Indexing the built pages instead ran after everything
// else and read every page's HTML, the original text included, to leave most of it out (about 64 s of a
// 10,000-report build). The output's pagefind/ is this integration's alone (keepUnchangedOutput leaves it).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { placeShards, type ShardsUpdate } from './search-index-shards.ts';
import type { SearchIndexData, SearchIndexMessage } from './search-index-worker.ts';

// Not a literal in new URL(…): bundlers rewrite that pattern; the worker must stay the source file.
const WORKER_FILE = './search-index-worker.ts';
/** The output folder of the index, which no other integration writes or prunes. */
export const SEARCH_OUTPUT = 'pagefind';

const list = (names: string[]) => (names.length ? names.join(', ') : 'none');

export function searchIndex(): AstroIntegration {
  let cacheDir: URL;
  let made: { worker: Worker; done: Promise<ShardsUpdate> } | undefined;
  const shardsDir = () => fileURLToPath(new URL('search-index/', cacheDir));
  const start = (logger: AstroIntegrationLogger): { worker: Worker; done: Promise<ShardsUpdate> } => {
    const data: SearchIndexData = { cacheDir: cacheDir.href, shardsDir: shardsDir() };
    const worker = new Worker(new URL(WORKER_FILE, import.meta.url), { workerData: data });
    const done = new Promise<ShardsUpdate>((resolve, reject) => {
      worker.on('message', (message: SearchIndexMessage) => {
        if ('done' in message) {
          const d = message.done;
          logger.info(
            `${d.reports} reports of ${d.indexed.length} shard(s) indexed (${list(d.indexed)}: feeding ${d.feeding.toFixed(1)} s, ` +
              `writing ${d.writing.toFixed(1)} s), ${d.unchanged} reports in ${d.shards.length - d.indexed.length} unchanged shard(s), ` +
              `removed: ${list(d.removed)}; ${d.seconds.toFixed(1)} s from the start, alongside the build`,
          );
          resolve(d);
        }
        if ('error' in message) reject(new Error(`search index: ${message.error}`));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the search index worker stopped (exit ${code})`)));
    });
    // A build that fails before it is done never awaits the index: its error is the build's, not this.
    done.catch(() => {});
    // Nor must the worker keep that process alive (unref after the listeners: a 'message' listener refs it).
    worker.unref();
    return { worker, done };
  };
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'build') return;
        // Once the first bundle is written: Vite's memory and the worker's do not add up at the peak.
        updateConfig({ vite: { plugins: [{ name: 'search-index', closeBundle: () => void (made ??= start(logger)) }] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        made ??= start(logger);
        made.worker.ref();
        const { shards } = await made.done;
        const started = performance.now();
        const { placed, removed } = await placeShards(shardsDir(), join(fileURLToPath(dir), SEARCH_OUTPUT), shards);
        logger.info(
          `${SEARCH_OUTPUT}/: ${placed.length} shard(s) placed (${list(placed)}), ${shards.length - placed.length} unchanged, ` +
            `removed: ${list(removed)} (${((performance.now() - started) / 1000).toFixed(2)} s)`,
        );
      },
    },
  };
}
