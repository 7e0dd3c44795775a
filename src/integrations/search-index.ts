// Astro integration: the search index (Pagefind, its extended binary, which segments Chinese) made from
// the records (a small document each, src/site/search-record.ts), written to dist/pagefind/ so search
// runs in the reader's browser with no server.
// Indexing starts when the build does (the loader has filed the records by then), in a worker thread
// that feeds Pagefind's process (search-index-worker.ts), on the core that Vite and page generation (one
// core) leave idle; at the end of the build only the index files are written. Indexing the built pages
// instead ran after everything else and read every page's HTML, the original text included, to leave
// most of it out (about 64 s of a 10,000-report build).
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SearchIndexData, SearchIndexMessage } from './search-index-worker.ts';

// Not a literal in new URL(…): bundlers rewrite that pattern; the worker must stay the source file.
const WORKER_FILE = './search-index-worker.ts';

export function searchIndex(): AstroIntegration {
  let cacheDir: URL;
  let worker: Worker | undefined;
  let failed: Error | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': ({ logger }) => {
        worker = new Worker(new URL(WORKER_FILE, import.meta.url), { workerData: { cacheDir: cacheDir.href } satisfies SearchIndexData });
        worker.on('message', (message: SearchIndexMessage) => {
          if ('indexed' in message)
            logger.info(`${message.indexed} reports indexed in ${message.seconds.toFixed(1)} s, alongside the build`);
        });
        worker.on('error', (error) => {
          failed = error;
        });
        // A build that fails before it is done leaves the worker behind: it must not keep the process alive.
        // (After the listeners: adding a 'message' listener refs the worker again.)
        worker.unref();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const running = worker!;
        if (failed) throw failed;
        running.ref();
        const written = await new Promise<number>((resolve, reject) => {
          running.on('message', (message: SearchIndexMessage) => {
            if ('written' in message) resolve(message.written);
            if ('error' in message) reject(new Error(message.error));
          });
          running.once('error', reject);
          running.once('exit', (code) => reject(new Error(`the search index worker stopped (exit ${code})`)));
          running.postMessage({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        });
        logger.info(`index of ${written} reports written to pagefind/`);
      },
    },
  };
}
