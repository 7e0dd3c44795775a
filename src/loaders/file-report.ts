// What the site needs of a report besides its summary, filed by digest in the cache dir: the record, its
// page's view of the original text and its social image. The parser processes file each report they
// parse; the loader files a report merged with its form.
import type { Report } from '../lib/schema.ts';
import { writeCard } from '../site/cards.ts';
import { writeRecord } from '../site/records.ts';
import { cardContent } from '../site/social-card.ts';
import { renderSource } from '../site/source-html.ts';
import { writeSourceView } from '../site/source-views.ts';
import { renderCard } from '../social/render.ts';

export async function fileReport(cacheDir: URL, digest: string, report: Report, text: string): Promise<void> {
  writeRecord(cacheDir, digest, report);
  writeCard(cacheDir, digest, renderCard(cardContent(report)));
  writeSourceView(cacheDir, digest, await renderSource(text, report));
}
