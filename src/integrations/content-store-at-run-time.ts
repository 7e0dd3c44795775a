// Astro inlines the content store into the server bundle as one string literal, which Rolldown then
// bundles and V8 compiles in time that grows with the square of its length (minutes at 10,000 reports;
// past about 35,000 the literal exceeds V8's maximum string length). A static build renders its pages
// on this machine right after bundling, so the bundle can read the store file at run time instead.
// (experimental.collectionStorage: 'chunked' avoids the long literal too, but its writer encodes the
// store one character at a time: 9 s of 30 at 1,000 reports.)
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** The module the bundle imports to collect garbage before it reads the store. */
const COLLECT = fileURLToPath(new URL('./collect-garbage.ts', import.meta.url));

/** Astro's id of the virtual module that holds the store (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';

export function contentStoreAtRunTime(): AstroIntegration {
  return {
    name: 'content-store-at-run-time',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const plugin = {
          name: 'content-store-at-run-time',
          // Among the first transforms, so the other plugins see the short module, not the store.
          enforce: 'pre' as const,
          transform(code: string, id: string) {
            if (id !== STORE_MODULE || !code.startsWith('export default JSON.parse(')) return null;
            return {
              // Bundling leaves its garbage in the heap; collected first, it does not add to the store's.
              code: `import { readFileSync } from 'node:fs';\nimport { collectGarbage } from ${JSON.stringify(COLLECT)};\ncollectGarbage();\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
              map: null,
            };
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
