// Static pagination: long lists split into pages of PAGE_SIZE rows, page 1 at the base address and
// page n at base + "page/n/", so every page exists as a file and works without JavaScript.
export const PAGE_SIZE = 500;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
}

export function paginate<T>(items: T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), number: i + 1, count }));
}

export const pageHref = (base: string, n: number): string => (n === 1 ? base : `${base}page/${n}/`);
