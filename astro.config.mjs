// Static site of the reports; the data comes from the content layer loader in src/loaders/reports.ts.
import { defineConfig } from 'astro/config';
import { contentStoreAtRunTime } from './src/integrations/content-store-at-run-time.ts';
import { keepUnchangedOutput } from './src/integrations/keep-unchanged-output.ts';

export default defineConfig({
  output: 'static',
  devToolbar: { enabled: false },
  integrations: [contentStoreAtRunTime(), keepUnchangedOutput()],
  experimental: {
    // Pages whose getStaticPaths gives a cacheKey (a report page: its file's digest and its links) are
    // copied from the last build when nothing they show changed, so a rebuild renders what changed.
    incrementalBuild: true,
  },
});
