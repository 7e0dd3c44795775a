// search-shards.ts: the reports grouped into one search index per year, and which shards a rebuild indexes.
import { describe, expect, it } from 'vitest';
import { changedShards, type ShardEntry, searchShards, UNDATED } from '../../src/site/search-shards.ts';
import { shippedReports } from './shipped-reports.ts';

// The shipped reports as the loader lists them (home order), filed under made-up digests.
const manifest: ShardEntry[] = shippedReports().map(({ report }, i) => ({ id: report.id, digest: `d${i}`, year: report.year }));
const years = [...new Set(manifest.map((e) => e.year))];
const CODE = 'code-1';
const stored = (shards: { name: string; key: string }[]) => new Map(shards.map((s) => [s.name, s.key]));

describe('searchShards', () => {
  it('gives one shard a year, newest first, each with its reports in the manifest order', () => {
    const shards = searchShards(manifest, CODE);
    expect(years.length).toBeGreaterThan(1);
    expect(shards.map((s) => s.name)).toEqual(years.map(String).sort().reverse());
    for (const shard of shards) expect(shard.entries).toEqual(manifest.filter((e) => String(e.year) === shard.name));
    expect(shards.flatMap((s) => s.entries)).toHaveLength(manifest.length);
  });

  it('puts the reports without a year in a shard of their own, after the years', () => {
    const undated = { id: 'no-year', digest: 'dx', year: null };
    const shards = searchShards([undated, ...manifest], CODE);
    expect(shards.at(-1)).toMatchObject({ name: UNDATED, entries: [undated] });
    expect(shards).toHaveLength(years.length + 1);
  });

  it('keys a shard by its reports, their order and the code, not by the other shards', () => {
    const [first, ...others] = searchShards(manifest, CODE);
    const year = Number(first!.name);
    const key = (list: ShardEntry[], code = CODE) => searchShards(list, code).find((s) => s.name === first!.name)!.key;
    expect(key(manifest)).toBe(first!.key);
    const changed = manifest.map((e) => (e.id === first!.entries[0]!.id ? { ...e, digest: 'changed' } : e));
    expect(key(changed)).not.toBe(first!.key);
    expect(key([...manifest, { id: 'new', digest: 'dn', year }])).not.toBe(first!.key);
    expect(key(manifest, 'code-2')).not.toBe(first!.key);
    const both = [...manifest, { id: 'second', digest: 'ds', year }];
    expect(key(both)).not.toBe(key([...both].reverse()));
    // Another year's report changing leaves this shard's key as it was.
    const elsewhere = manifest.map((e) => (e.id === others[0]!.entries[0]!.id ? { ...e, digest: 'changed' } : e));
    expect(key(elsewhere)).toBe(first!.key);
  });
});

describe('changedShards', () => {
  it('indexes every shard when none is stored', () => {
    const shards = searchShards(manifest, CODE);
    expect(changedShards(shards, new Map())).toEqual({ changed: shards, removed: [] });
  });

  it('indexes only the year a report was added to, and none when nothing changed', () => {
    const before = searchShards(manifest, CODE);
    expect(changedShards(before, stored(before))).toEqual({ changed: [], removed: [] });
    const year = before.at(-1)!.name;
    const after = searchShards([...manifest, { id: 'added', digest: 'da', year: Number(year) }], CODE);
    const { changed, removed } = changedShards(after, stored(before));
    expect(changed.map((s) => s.name)).toEqual([year]);
    expect(removed).toEqual([]);
  });

  it('re-indexes every shard when the code that makes the documents changed', () => {
    const before = searchShards(manifest, CODE);
    const after = searchShards(manifest, 'code-2');
    expect(changedShards(after, stored(before)).changed.map((s) => s.name)).toEqual(before.map((s) => s.name));
  });

  it('removes the shard of a year that has no report left, and indexes no other', () => {
    const before = searchShards(manifest, CODE);
    const gone = before.at(-1)!.name;
    const after = searchShards(
      manifest.filter((e) => String(e.year) !== gone),
      CODE,
    );
    expect(changedShards(after, stored(before))).toEqual({ changed: [], removed: [gone] });
  });
});
