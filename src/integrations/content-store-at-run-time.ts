// Astro inlines the content store into the server bundle as one string literal, which Rolldown then
// bundles and V8 compiles in time that grows with the square of its length (minutes at 10,000 reports;
// past about 35,000 the literal exceeds V8's maximum string length). A static build renders its pages
// on this machine right after bundling, so the bundle can read the store file at run time instead, or,
// in the process that loaded the reports, take the loader's entries from memory (store-handover.ts).
// The module is loaded here, ahead of Astro's own load: that one reads the whole file, parses it to
// check it and writes it out as a literal (about 4 s and three copies of the store at 10,000 reports),
// all for a module this plugin would replace.
// (experimental.collectionStorage: 'chunked' avoids the long literal too, but its writer encodes the
// store one character at a time: 9 s of 30 at 1,000 reports.)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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

/**
 * The store module: after collecting bundling's garbage, the store the loader handed over in this
 * process, or else (a build whose content was synced by another process) the store file, read when
 * the bundle runs.
 */
export function storeModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { collectGarbage } from ${JSON.stringify(COLLECT)};`,
    `import { handedOver } from ${JSON.stringify(HANDOVER)};`,
    'collectGarbage();',
    `export default handedOver() ?? JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    '',
  ].join('\n');
}

export function contentStoreAtRunTime(): AstroIntegration {
  return {
    name: 'content-store-at-run-time',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const plugin = {
          name: 'content-store-at-run-time',
          load: {
            // Before every other plugin's load of the module, Astro's included.
            order: 'pre' as const,
            filter: { id: new RegExp(`^${STORE_MODULE}$`) },
            // Without a store file (no collection has entries), Astro's own load gives the empty store.
            handler: (id: string) =>
              id === STORE_MODULE && existsSync(file) ? { code: storeModule(file), map: null, meta: CONTENT_DATA_META } : null,
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
