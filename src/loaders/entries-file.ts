// The collection's entries (each report's summary, as the collection's schema gives it) kept from one
// build to the next in a file of the loader's own, serialized by V8, instead of in Astro's data store:
// Astro serializes its whole store with devalue after any change and parses it again at every start,
// 4.1 s and 1.5 s at 10,000 reports, against 0.4 s and 0.3 s for V8's format. The pages take the entries
// from memory (store-handover.ts) or, in a process that did not load them, from this file.
// writeEntries(file, 'reports', new Map([['2022-baiyun-taihe-msstg9', { id, data, filePath, digest }]]))
// → readCollections(file): Map { 'reports' → Map { id → entry } }, as Astro's runtime takes a loaded store.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

/** An entry as Astro's store keeps one. */
export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string | number;
}

/** Where the loader keeps its entries, in the cache dir. */
export const ENTRIES_FILE = 'reports-loader-entries.v8';

/** Collection → id → entry: what Astro's runtime takes as a loaded store (ImmutableDataStore.fromModule). */
export type Collections = Map<string, Map<string, StoredEntry>>;

/** The entries the last build kept; none when there was none, or its file is unreadable (another Node's format). */
export function readCollections(file: string): Collections {
  try {
    const collections: unknown = deserialize(readFileSync(file));
    return collections instanceof Map ? (collections as Collections) : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps a collection's entries for the next build; a build stopped while writing leaves the last file whole. */
export function writeEntries(file: string, collection: string, entries: Map<string, StoredEntry>): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, serialize(new Map([[collection, entries]])));
  renameSync(partial, file);
}
