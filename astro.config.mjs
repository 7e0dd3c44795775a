// Static site of the reports; the data comes from the content layer loader in src/loaders/reports.ts.
// Every page carries a strict Content-Security-Policy, written by its layout (src/site/security-policy.ts);
// the same policy holds as an HTTP header in public/_headers, with the headers a <meta> cannot set.
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { collectGarbageBetweenPhases } from './src/integrations/collect-garbage.ts';
import { contentStoreAtRunTime } from './src/integrations/content-store-at-run-time.ts';
import { keepUnchangedOutput } from './src/integrations/keep-unchanged-output.ts';
import { publishedFilesIntegration } from './src/integrations/published-files.ts';
import { SEARCH_OUTPUT, searchIndex } from './src/integrations/search-index.ts';

// Astro writes into the server bundle each environment variable whose name occurs anywhere in a module that
// reads import.meta.env whole (astro/dist/env/vite-plugin-import-meta-env.js), and `_`, which the shell sets
// to the command that started the build, occurs in every one. Its value then made the report pages'
// dependency hash, and so the incremental build, depend on how the build was started: a build run as
// `npx astro build` after `npm run build` rendered all 10,000 report pages again. No code reads `_`.
delete process.env._;

/** Files written outside Astro's pages (src/site/published.ts), which keepUnchangedOutput keeps. */
const published = new Set();

/** Pages for people arriving from a search engine: not the embeds, the search page or the 404. */
const LISTED = (page) => !/\/(embed\/|search\/|404)/.test(new URL(page).pathname);

export default defineConfig({
  output: 'static',
  // Canonical URLs, og:url, og:image and the sitemap are absolute: set SITE_URL to where the site is
  // published.
  site: process.env.SITE_URL || 'https://reports.example.org',
  devToolbar: { enabled: false },
  integrations: [
    contentStoreAtRunTime(),
    collectGarbageBetweenPhases(),
    publishedFilesIntegration(published),
    // The search index keeps its own folder: only its changed shards are replaced.
    keepUnchangedOutput(published, [SEARCH_OUTPUT]),
    sitemap({ filter: LISTED }),
    searchIndex(),
  ],
  experimental: {
    // Pages whose getStaticPaths gives a cacheKey (a report page: its file's digest and its links) are
    // copied from the last build when nothing they show changed, so a rebuild renders what changed.
    incrementalBuild: true,
  },
  build: {
    // No inline <style> or <script>: the policy in public/_headers can then be the same on every page.
    inlineStylesheets: 'never',
    // A report page reads its record and its view of the text from the cache, and every page is written
    // out: one page at a time, the main thread waited on those more than it rendered. Four at a time,
    // generating 1,296 pages of 1,000 reports took 7-9 s instead of 15-16 s.
    concurrency: 4,
  },
  vite: { build: { assetsInlineLimit: 0 } },
});
