// What the report page and its assets need from a record read from a published file: the name of
// the original as the site publishes it, and the pages its figures cite with their boxes.
import type { Box } from '../lib/ingest/types.ts';
import type { Fact, Report } from '../lib/schema.ts';

/**
 * The original file, published next to the report page: original.pdf, original.docx … A saved web
 * page is published as text (original.html.txt): served as HTML from this site, its scripts would run here.
 */
export const originalName = (report: { source: Pick<Report['source'], 'format'> }): string =>
  `original.${report.source.format}${report.source.format === 'html' ? '.txt' : ''}`;

export const pageImageName = (page: number): string => `page-${page}.webp`;

export const MEDIA_TYPES: Record<Report['source']['format'], string> = {
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  html: 'text/plain',
};

/** Facts only the checks read: the page shows them through each check's own link to the words, not as figures. */
const CHECK_INPUTS = new Set<string>(['income', 'counts', 'ratios'] satisfies (keyof Report)[]);

function facts(node: unknown, out: Fact[], top = true): Fact[] {
  if (Array.isArray(node)) for (const n of node) facts(n, out, false);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.derived === 'boolean' && 'value' in o) out.push(o as unknown as Fact);
    else for (const [key, n] of Object.entries(o)) if (!(top && CHECK_INPUTS.has(key))) facts(n, out, false);
  }
  return out;
}

/** Pages of the original that stated figures stand on, in page order, each with every figure's box on it. */
export function citedPages(report: Report): { page: number; boxes: Box[] }[] {
  const pages = new Map<number, Box[]>();
  for (const f of facts(report, [])) {
    // A figure from a merged form stands on a page of the form, not of this original.
    if (f.derived || !f.page || f.file) continue;
    const boxes = pages.get(f.page) ?? [];
    if (f.box && !boxes.some((b) => b.every((v, i) => v === f.box![i]))) boxes.push(f.box);
    pages.set(f.page, boxes);
  }
  return [...pages].sort((a, b) => a[0] - b[0]).map(([page, boxes]) => ({ page, boxes }));
}
