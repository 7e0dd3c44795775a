// The search index in shards: one Pagefind index per year of report, and one for the reports without a
// year, so a rebuild after adding a report re-indexes that report's year only. A shard's key names what
// its index is made of (its reports' digests in order and the code that makes their documents); a shard
// whose stored key is the same is not indexed again. The browser merges the shards (mergeIndex).
// searchShards([{ id: 'a', digest: 'd1', year: 2022 }, { id: 'b', digest: 'd2', year: null }], 'c0de')
//   → [{ name: '2022', entries: [a], key: '…' }, { name: 'undated', entries: [b], key: '…' }]
import { propsKey } from './cache-key.ts';

/** The shard of the reports without a year (a year's shard is named by its digits). */
export const UNDATED = 'undated';

export interface ShardEntry {
  id: string;
  digest: string;
  year: number | null;
}

export interface Shard<E extends ShardEntry = ShardEntry> {
  name: string;
  /** Its reports, in the order of the manifest (the home table's). */
  entries: E[];
  key: string;
}

/** The shard of a report's year, also a filter of its search document (search-record.ts). */
export const shardName = (year: number | null): string => (year === null ? UNDATED : String(year));

/** The shards of a manifest, newest year first and the undated last; `code` names the code that makes the documents. */
export function searchShards<E extends ShardEntry>(manifest: readonly E[], code: string): Shard<E>[] {
  return [...Map.groupBy(manifest, (e) => e.year)]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a))
    .map(([year, entries]) => {
      const name = shardName(year);
      return { name, entries, key: propsKey({ shard: name, code, digests: entries.map((e) => e.digest) }) };
    });
}

/** Which shards to index (no stored key, or another one) and which stored shards are no longer in the site. */
export function changedShards<E extends ShardEntry>(
  shards: readonly Shard<E>[],
  stored: ReadonlyMap<string, string>,
): { changed: Shard<E>[]; removed: string[] } {
  const names = new Set(shards.map((s) => s.name));
  return {
    changed: shards.filter((s) => stored.get(s.name) !== s.key),
    removed: [...stored.keys()].filter((name) => !names.has(name)),
  };
}
