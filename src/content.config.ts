// The one collection: a record per report file, validated against ReportSchema (src/lib/schema.ts).
import { defineCollection } from 'astro:content';
import { ReportSchema } from './lib/schema.ts';
import { reportsLoader } from './loaders/reports.ts';

export const collections = {
  reports: defineCollection({ loader: reportsLoader(), schema: ReportSchema }),
};
