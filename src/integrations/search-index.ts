// Astro integration: after the build, index the built pages with Pagefind (its extended binary, which
// segments Chinese) into dist/pagefind/, so search runs in the reader's browser with no server.
// Only pages whose <main> has data-pagefind-body are indexed (the report pages, see BaseLayout).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
