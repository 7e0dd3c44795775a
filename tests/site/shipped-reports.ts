// The shipped reports parsed as the loader does, for tests of the site helpers: [{ file, source, report }].
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../src/lib/decode.ts';
import { parseReport } from '../../src/lib/parse-report.ts';
import type { Report } from '../../src/lib/schema.ts';

export const REPORTS_DIR = join(import.meta.dirname, '../../content/reports');

export function shippedReports(dir = REPORTS_DIR): { file: string; source: string; report: Report }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      const { report } = parseReport(bytes, { file: name });
      if (!report) throw new Error(`${name} gave no record`);
      return { file: name, source: decode(bytes).text, report };
    });
}
