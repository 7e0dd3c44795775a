// The content store handed from the loader to the pages within one build: a static build renders its
// pages in the process that loaded the reports, so the server bundle can take the loader's entries from
// memory instead of reading the file the loader keeps them in (src/loaders/entries-file.ts) again. The
// loader runs in Vite's module runner and the pages in the bundle, two instances of this module: the
// store is kept on globalThis, under a registered symbol.
// handOver('reports', entries) in the loader → handedOver() in the bundle: Map { 'reports' → Map { id → entry } }

import type { Collections, StoredEntry } from '../loaders/entries-file.ts';

const KEY = Symbol.for('perf-reports:content-store');

const held = globalThis as { [KEY]?: Collections };

/** Keeps a collection's entries as the loader left them (call it once they are all set). */
export function handOver(collection: string, entries: Iterable<[string, StoredEntry]>): void {
  held[KEY] ??= new Map();
  held[KEY].set(collection, new Map(entries));
}

/** The collections handed over in this process, if any loader did. */
export const handedOver = (): Collections | undefined => held[KEY];
