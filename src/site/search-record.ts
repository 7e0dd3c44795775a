// What the search index (Pagefind) holds of a report, made from its record rather than from its built
// page, so the index is built while the pages are (src/integrations/search-index.ts). It is a small HTML
// document, not a Pagefind custom record: only HTML carries weights, and without the heading's weight a
// search for 太和 ranks and quotes a 和 in some sentence above the 太和镇 of the heading.
// The text is the words a reader would search for, in the page's order: the heading, the unit, place and
// year, the pinyin of the unit and district (so "taihe" finds 太和镇), deductions and their reasons, score
// parts, fund lines, indicators, projects, problems and measures, and the publisher. Not the original
// text, the figures, the checks or the page's own headings and labels: words every report page has would
// make every report match them. Meta (shown with a result, src/scripts/search-page.ts): title, unit, year;
// filters: year, district, and the shard of the index it is in (search-shards.ts), by which the search
// page keeps a search's words together across shards.
// searchDocument(taihe) → { url: '/reports/2022-baiyun-taihe-msstg9/', html: '<html lang="zh-CN"><head>
//   <meta data-pagefind-meta="title[content]" content="2022年度…自评报告">…</head><body><h1>2022年度…' }
import type { Report } from '../lib/schema.ts';
import { escapeHtml } from './escape-html.ts';
import { displayName, reportHeading, reportHref } from './report-rows.ts';
import { shardName } from './search-shards.ts';
import { searchTerms } from './search-terms.ts';

const joined = (parts: readonly (string | null | undefined)[], separator: string): string =>
  [...new Set(parts.filter((p): p is string => Boolean(p?.trim())))].join(separator);

/** The searchable text below the heading, one paragraph a part of the page; no empty ones. */
export function searchParagraphs(report: Report): string[] {
  return [
    joined([report.name, report.project, report.entity, report.province, report.city, report.district], ' '),
    report.year === null ? '' : `${report.year} 年度`,
    searchTerms(report),
    joined(
      report.deductions.map((d) => joined([d.item, d.reason], '：')),
      '；',
    ),
    joined(
      report.scoreParts.map((p) => p.name),
      '、',
    ),
    joined(
      report.fundLines.map((l) => l.label),
      '、',
    ),
    joined(
      report.indicators.map((i) => i.name),
      '；',
    ),
    joined(
      report.indicators.map((i) => i.category),
      '、',
    ),
    joined(
      report.projects.map((p) => p.name),
      '；',
    ),
    joined(report.problems, '；'),
    joined(report.measures, '；'),
    report.meta?.publisher ?? '',
  ].filter(Boolean);
}

/** A Pagefind meta or filter, read from the content attribute so no value needs Pagefind's own escaping. */
const tag = (kind: 'meta' | 'filter', key: string, value: string): string =>
  `<meta data-pagefind-${kind}="${key}[content]" content="${escapeHtml(value)}">`;

/** The document Pagefind indexes for a report, and the URL of its page. */
export function searchDocument(report: Report): { url: string; html: string } {
  const heading = reportHeading(report);
  const year = report.year === null ? null : String(report.year);
  const head = [
    tag('meta', 'title', heading),
    tag('meta', 'unit', displayName(report)),
    year && tag('meta', 'year', year),
    year && tag('filter', 'year', year),
    report.district && tag('filter', 'district', report.district),
    tag('filter', 'shard', shardName(report.year)),
  ];
  const body = [`<h1>${escapeHtml(heading)}</h1>`, ...searchParagraphs(report).map((p) => `<p>${escapeHtml(p)}</p>`)];
  // The language of the site's pages: the search page loads the index of its own <html lang>.
  return { url: reportHref(report.id), html: `<html lang="zh-CN"><head>${head.join('')}</head><body>${body.join('')}</body></html>` };
}
