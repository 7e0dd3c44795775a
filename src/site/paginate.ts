// Static pagination: long lists split into pages of PAGE_SIZE rows, page 1 at the base address and
// page n at base + "page/n/", so every page exists as a file and works without JavaScript.
export const PAGE_SIZE = 500;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  /** The pages its pager links (pagerLinks). */
  links: PagerLink[];
}

/** A page number, or null for a gap (…) in the pager. */
export type PagerLink = number | null;

export function paginate<T>(items: T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    links: pagerLinks(i + 1, count),
  }));
}

/**
 * The pages a page's pager links. The first page links every page. A later one links the first, the
 * two either side of its own, and a gap where pages are left out, so it changes with the page count
 * only near the end: a page whose rows did not move stays the same when rows are added (a rebuild
 * copies it, src/site/explore.ts), and a long list's pager stays short.
 * pagerLinks(50, 108) → [1, null, 48, 49, 50, 51, 52, null]
 */
export function pagerLinks(number: number, count: number): PagerLink[] {
  if (number === 1) return Array.from({ length: count }, (_, i) => i + 1);
  const from = Math.max(2, number - 2);
  const to = Math.min(count, number + 2);
  const around = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return [1, ...(from > 2 ? [null] : []), ...around, ...(to < count ? [null] : [])];
}

export const pageHref = (base: string, n: number): string => (n === 1 ? base : `${base}page/${n}/`);
