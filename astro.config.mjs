// Static site of the reports; the data comes from the content layer loader in src/loaders/reports.ts.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  devToolbar: { enabled: false },
});
