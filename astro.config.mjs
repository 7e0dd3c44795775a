// Static site of the reports; the data comes from the content layer loader in src/loaders/reports.ts.
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';

/** Pages for people arriving from a search engine: not the embeds, the search page or the 404. */
const LISTED = (page) => !/\/(embed\/|search\/|404)/.test(new URL(page).pathname);

export default defineConfig({
  output: 'static',
  // Canonical URLs, og:url, og:image and the sitemap are absolute: set SITE_URL to where the site is
  // published.
  site: process.env.SITE_URL || 'https://reports.example.org',
  devToolbar: { enabled: false },
  // One request per page: the CSS (a few kB gzip) goes inline, where it does not block on a second fetch.
  build: { inlineStylesheets: 'always' },
  integrations: [sitemap({ filter: LISTED }), searchIndex()],
});
