// The one collection: a record per report file, validated against ReportSchema (src/lib/schema.ts); its
// entry is the summary (ReportSummarySchema, what list pages read; the loader gives the collection that
// schema) and the full record is filed by digest in the cache dir (src/site/records.ts).
// REPORTS_DIR=dir builds from another folder; STRICT=1 fails the build on any error or unread file.
// The loader's other budgets (maxFileBytes, timeoutMs, workers, memoryMb) are set here too.
import { defineCollection } from 'astro:content';
import { reportsLoader } from './loaders/reports.ts';

export const collections = {
  reports: defineCollection({
    loader: reportsLoader({ base: process.env.REPORTS_DIR || 'content/reports', strict: process.env.STRICT === '1' }),
  }),
};
