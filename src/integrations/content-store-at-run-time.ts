// Astro inlines the content store into the server bundle as one string literal, which Rolldown then
// bundles and V8 compiles in time that grows with the square of its length (minutes at 10,000 reports;
// past about 35,000 the literal exceeds V8's maximum string length). Nor does Astro's store hold the
// reports: the loader keeps them in a file of its own (src/loaders/entries-file.ts). So the module the
// pages import the store from is this one: the entries the loader handed over in the same process
// (store-handover.ts; a build renders its pages in the process that loaded the reports, and so does
// `astro dev`), or else the loader's file, read when the module runs.
// The module is loaded here, ahead of Astro's own load: that one reads Astro's whole store file, parses it
// to check it and writes it out as a literal.
// (experimental.collectionStorage: 'chunked' avoids the long literal too, but its writer encodes the
// store one character at a time: 9 s of 30 at 1,000 reports.)
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ENTRIES_FILE } from '../loaders/entries-file.ts';

/** The module the bundle imports to collect garbage before it reads the store. */
const COLLECT = fileURLToPath(new URL('./collect-garbage.ts', import.meta.url));

/** Astro's id of the virtual module that holds the store (astro/dist/content/consts.js). */
export const STORE_MODULE = '\0astro:data-layer-content';

/**
 * What Astro's incremental build reads to know a module holds content data (as its own load of the
 * store returns it: astro/dist/core/build/incremental-metadata.js), so pages that read the store are
 * still re-rendered when it changes.
 */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** The module through which the loader hands its entries to the bundle in the same process. */
const HANDOVER = fileURLToPath(new URL('./store-handover.ts', import.meta.url));
/** The module that reads the loader's file of entries. */
const ENTRIES = fileURLToPath(new URL('../loaders/entries-file.ts', import.meta.url));

/**
 * The store module: after collecting bundling's garbage, the entries the loader handed over in this
 * process, or else (content synced by another process) the loader's file of entries, read when the
 * module runs.
 */
export function storeModule(file: string): string {
  return [
    `import { collectGarbage } from ${JSON.stringify(COLLECT)};`,
    `import { handedOver } from ${JSON.stringify(HANDOVER)};`,
    `import { readCollections } from ${JSON.stringify(ENTRIES)};`,
    'collectGarbage();',
    `export default handedOver() ?? readCollections(${JSON.stringify(file)});`,
    '',
  ].join('\n');
}

export function contentStoreAtRunTime(): AstroIntegration {
  return {
    name: 'content-store-at-run-time',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        const file = fileURLToPath(new URL(ENTRIES_FILE, config.cacheDir));
        const plugin = {
          name: 'content-store-at-run-time',
          load: {
            // Before every other plugin's load of the module, Astro's included.
            order: 'pre' as const,
            filter: { id: new RegExp(`^${STORE_MODULE}$`) },
            handler: (id: string) => (id === STORE_MODULE ? { code: storeModule(file), map: null, meta: CONTENT_DATA_META } : null),
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
