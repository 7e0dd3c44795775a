// Astro integration: the search index (Pagefind, its extended binary, which segments Chinese) made from
// the records (a small document each, src/site/search-record.ts), in dist/pagefind/ so search runs in the
// reader's browser with no server.
// It is made once Vite has written the first bundle (the loader has filed the records long before), in a
// worker thread that feeds Pagefind's process (search-index-worker.ts), on the core that page generation
// (one core) leaves idle, and written into the cache dir; at the end of the build the folder is only
// moved into the output. Indexing the built pages instead ran after everything else and read every page's HTML, the
// original text included, to leave most of it out (about 64 s of a 10,000-report build).
import { cp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { SearchIndexData, SearchIndexMessage } from './search-index-worker.ts';

// Not a literal in new URL(…): bundlers rewrite that pattern; the worker must stay the source file.
const WORKER_FILE = './search-index-worker.ts';

export function searchIndex(): AstroIntegration {
  let cacheDir: URL;
  let made: { worker: Worker; written: Promise<number> } | undefined;
  const staging = () => fileURLToPath(new URL('search-index/', cacheDir));
  const start = (logger: AstroIntegrationLogger): { worker: Worker; written: Promise<number> } => {
    const data: SearchIndexData = { cacheDir: cacheDir.href, outputPath: staging() };
    const worker = new Worker(new URL(WORKER_FILE, import.meta.url), { workerData: data });
    const written = new Promise<number>((resolve, reject) => {
      worker.on('message', (message: SearchIndexMessage) => {
        if ('indexed' in message) logger.info(`${message.indexed} reports indexed in ${message.seconds.toFixed(1)} s, alongside the build`);
        if ('written' in message) {
          logger.info(`index files written in ${message.seconds.toFixed(1)} s from the start`);
          resolve(message.written);
        }
        if ('error' in message) reject(new Error(`search index: ${message.error}`));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the search index worker stopped (exit ${code})`)));
    });
    // A build that fails before it is done never awaits the index: its error is the build's, not this.
    written.catch(() => {});
    // Nor must the worker keep that process alive (unref after the listeners: a 'message' listener refs it).
    worker.unref();
    return { worker, written };
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
        const count = await made.written;
        const target = join(fileURLToPath(dir), 'pagefind');
        await rm(target, { recursive: true, force: true });
        // A rename when the cache dir and the output share a file system, else a copy.
        await rename(staging(), target).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EXDEV') throw error;
          await cp(staging(), target, { recursive: true });
          await rm(staging(), { recursive: true, force: true });
        });
        logger.info(`index of ${count} reports moved into pagefind/`);
      },
    },
  };
}
