// Astro integration: the search index (Pagefind, its extended binary, which segments Chinese) made from
// the records (a small document each, src/site/search-record.ts), written to dist/pagefind/ so search
// runs in the reader's browser with no server.
// Indexing starts when the build does (the loader has filed the records by then) and runs in Pagefind's
// own process, on the core that Vite and page generation (one core) leave idle; at the end of the build
// only the index files are written. Indexing the built pages instead ran after everything else and read
// every page's HTML, the original text included, to leave most of it out (about 64 s of a 10,000-report
// build). Only the reports of this build's manifest are indexed, so a removed report is not found.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readManifest } from '../site/published.ts';
import { readRecord } from '../site/records.ts';
import { searchDocument } from '../site/search-record.ts';

/** Records sent to Pagefind before waiting for its answers: it indexes one while the next is read. */
const IN_FLIGHT = 16;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

const fail = (errors: string[]): Error => new Error(`pagefind: ${errors.join('; ')}`);

/** Adds every report of the manifest to a new index, a record at a time; gives the index and the count. */
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

export function searchIndex(): AstroIntegration {
  let cacheDir: URL;
  let indexing: Promise<{ index: Index; count: number }> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': ({ logger }) => {
        const started = performance.now();
        indexing = indexRecords(cacheDir).then((indexed) => {
          logger.info(`${indexed.count} reports indexed in ${((performance.now() - started) / 1000).toFixed(1)} s, alongside the build`);
          return indexed;
        });
        // A build that fails before it is done never awaits the index: its error is the build's, not this.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { index, count } = await indexing!;
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length) throw fail(written.errors);
          logger.info(`index of ${count} reports written to pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
