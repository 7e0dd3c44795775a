// The cacheKey of a page whose output follows from its props alone (experimental.incrementalBuild copies
// the page from the last build while the key is unchanged): a hash of the props, with each report in
// them named by the digest it is stored under (which covers its file and the code that read it), so
// a key is short to compare and store. propsKey({ reports, year: 2022 }, digests) → "q3V…" (base64url)
import { createHash } from 'node:crypto';

/** A record or its summary (not a row that only names a report): it has the lists a record has. */
const isReport = (v: object): v is { id: string } => 'id' in v && 'checks' in v && 'indicators' in v;

export function propsKey(props: unknown, digests: ReadonlyMap<string, string> = new Map()): string {
  const json = JSON.stringify(props, (_, v: unknown) => {
    if (v instanceof Map || v instanceof Set) return [...v];
    if (v && typeof v === 'object' && isReport(v)) {
      const digest = digests.get(v.id);
      if (digest === undefined) throw new Error(`propsKey: report ${v.id} is not stored`);
      return `report ${digest}`;
    }
    return v;
  });
  return createHash('sha256').update(json).digest('base64url');
}

/**
 * Names each row of a list drawn from reports (an explorer's: every report's indicators, deductions or
 * flags, a report's rows together) by its report's digest and its place among that report's rows. What
 * a page of rows shows follows from their names (the route's code aside, which Astro compares itself),
 * and hashing the names is cheap where hashing the rows took about 1 s a build at 10,000 reports.
 */
export function rowNames(rows: readonly { id: string }[], digests: ReadonlyMap<string, string>): string[] {
  let previous = '';
  let place = 0;
  return rows.map((row) => {
    place = row.id === previous ? place + 1 : 0;
    previous = row.id;
    const digest = digests.get(row.id);
    if (digest === undefined) throw new Error(`rowNames: report ${row.id} is not stored`);
    return `${digest} ${place}`;
  });
}
