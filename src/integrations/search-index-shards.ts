// The search index's shards (src/site/search-shards.ts says what they are) on disk. The cache dir holds
// each shard's Pagefind files in <cacheDir>/search-index/<shard>/ and the key it was made from in
// <shard>.key, written last, so a shard whose writing stopped half-way has no key and is made again.
// updateShards indexes the changed shards (in the build's worker thread, search-index-worker.ts);
// placeShards puts them in the output at the end of the build: hard links to a shard's files (a copy
// across file systems), as the cache keeps them, to leave the shard alone in the next build while its key
// holds, and a link costs a system call. dist/pagefind/shards.json lists the shards' paths, newest year
// first, for the search page's client.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { codeDigest } from '../loaders/digest.ts';
import { type ManifestEntry, readManifest } from '../site/published.ts';
import { readRecord } from '../site/records.ts';
import { searchDocument } from '../site/search-record.ts';
import { changedShards, searchShards } from '../site/search-shards.ts';
import { inBatches, linkOrCopy } from './place-files.ts';

const SRC = join(import.meta.dirname, '..');
/**
 * The code a shard's documents depend on, besides its records: src/site (search-record.ts, search-terms.ts
 * and what they import, and the shard grouping), this module and the worker that feeds Pagefind.
 */
const SEARCH_CODE = ['site', 'integrations/search-index-shards.ts', 'integrations/search-index-worker.ts'];
/** Packages whose version changes the index: Pagefind writes it, pinyin-pro gives the pinyin terms. */
const SEARCH_PACKAGES = ['pagefind', 'pinyin-pro'];
/** Written last into a shard of the output: a shard whose entry equals the cache's is complete and current. */
const ENTRY = 'pagefind-entry.json';
/** The list of shards the search page reads. */
const SHARDS_FILE = 'shards.json';
const KEY = '.key';
/** Where a changed shard is written before it replaces the stored one. */
const STAGING = '.staging';
/** Records sent to Pagefind before waiting for its answers: it indexes one while the next is read. */
const IN_FLIGHT = 16;

/** A digest of the code and package versions that make the shards' documents and files. */
export async function searchCode(): Promise<string> {
  const versions = await Promise.all(
    SEARCH_PACKAGES.map(async (name) => {
      const pkg = JSON.parse(await readFile(join(SRC, '../node_modules', name, 'package.json'), 'utf8')) as { version: string };
      return `${name}@${pkg.version}`;
    }),
  );
  return `${await codeDigest(SRC, SEARCH_CODE)} ${versions.join(' ')}`;
}

/** The key each shard stored in `dir` was made from (a shard without a key file is not stored). */
export async function storedKeys(dir: string): Promise<Map<string, string>> {
  if (!existsSync(dir)) return new Map();
  const keys = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(KEY)) continue;
    const name = entry.name.slice(0, -KEY.length);
    if (existsSync(join(dir, name))) keys.set(name, await readFile(join(dir, entry.name), 'utf8'));
  }
  return keys;
}

/** Puts the shard written in `staged` in place of the stored one, and then its key. */
async function storeShard(dir: string, shard: { name: string; key: string }, staged: string): Promise<void> {
  await rm(join(dir, shard.name + KEY), { force: true });
  await rm(join(dir, shard.name), { recursive: true, force: true });
  await rename(staged, join(dir, shard.name));
  await writeFile(join(dir, shard.name + KEY), shard.key);
}

/** Removes from `dir` everything but the named shards and their keys: removed years, a staging folder, an older layout. */
async function keepOnly(dir: string, names: readonly string[]): Promise<void> {
  if (!existsSync(dir)) return;
  const kept = new Set(names.flatMap((name) => [name, name + KEY]));
  for (const entry of await readdir(dir)) if (!kept.has(entry)) await rm(join(dir, entry), { recursive: true, force: true });
}

/**
 * Pagefind's own search interfaces, which the site does not use (src/scripts/search-page.ts calls its
 * API): about 420 kB a shard, left out of the output.
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Links (or copies) the files below `from` into `to`, but not the UNUSED, and the entry file last. */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => relative(from, join(e.parentPath, e.name)))
    .filter((f) => !UNUSED.test(f));
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => relative(from, join(e.parentPath, e.name)));
  await mkdir(to, { recursive: true });
  for (const d of dirs.sort()) await mkdir(join(to, d), { recursive: true });
  const place = (file: string) => linkOrCopy(join(from, file), join(to, file));
  await inBatches(
    files.filter((f) => f !== ENTRY),
    place,
  );
  if (files.includes(ENTRY)) await place(ENTRY);
}

const entryText = (dir: string): Promise<string | null> => readFile(join(dir, ENTRY), 'utf8').catch(() => null);

/**
 * Makes `out` (the output's pagefind/) hold the named shards of `dir`, in that order in shards.json: a
 * shard whose entry file differs from the cache's (a changed shard, or a new output folder) is replaced,
 * the others stay; anything else in `out` goes. Gives the names of the shards placed and removed.
 */
export async function placeShards(dir: string, out: string, names: readonly string[]): Promise<{ placed: string[]; removed: string[] }> {
  await mkdir(out, { recursive: true });
  const placed: string[] = [];
  for (const name of names) {
    const cached = await entryText(join(dir, name));
    if (cached === null) throw new Error(`search index: shard ${name} is not in ${dir}`);
    if (cached === (await entryText(join(out, name)))) continue;
    await rm(join(out, name), { recursive: true, force: true });
    await linkTree(join(dir, name), join(out, name));
    placed.push(name);
  }
  const wanted = new Set([...names, SHARDS_FILE]);
  const removed = (await readdir(out)).filter((entry) => !wanted.has(entry));
  for (const entry of removed) await rm(join(out, entry), { recursive: true, force: true });
  await writeFile(join(out, SHARDS_FILE), JSON.stringify(names.map((name) => `/pagefind/${name}/`)));
  return { placed, removed };
}

export interface ShardsUpdate {
  /** Every shard of the site, in the order the search page merges them. */
  shards: string[];
  /** The shards indexed, and their reports. */
  indexed: string[];
  reports: number;
  /** Shards of years no longer in the site. */
  removed: string[];
  /** Reports of the shards left as they were. */
  unchanged: number;
  /** Seconds feeding Pagefind the documents, and writing its files. */
  feeding: number;
  writing: number;
}

const fail = (errors: string[]): Error => new Error(`pagefind: ${errors.join('; ')}`);
const since = (t: number) => (performance.now() - t) / 1000;

/** Indexes the reports of one shard into a new Pagefind index, a record at a time, and writes its files. */
async function indexShard(
  cacheDir: URL,
  entries: readonly ManifestEntry[],
  outputPath: string,
): Promise<{ feeding: number; writing: number }> {
  const fed = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw fail(errors);
  const pending = new Set<Promise<void>>();
  for (const entry of entries) {
    const added: Promise<void> = readRecord(cacheDir, entry.digest)
      .then((report) => {
        const { url, html } = searchDocument(report);
        return index.addHTMLFile({ url, content: html });
      })
      .then((response) => {
        if (response.errors.length) throw fail(response.errors);
      })
      .finally(() => pending.delete(added));
    pending.add(added);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  const feeding = since(fed);
  const wrote = performance.now();
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw fail(written.errors);
  await index.deleteIndex();
  return { feeding, writing: since(wrote) };
}

/**
 * Brings the shards in `dir` up to date with the loader's manifest in `cacheDir`: indexes the shards whose
 * key is not the stored one, removes the others. Starts Pagefind's process only when a shard changed;
 * the caller closes it (pagefind.close()).
 */
export async function updateShards(cacheDir: URL, dir: string, code: string): Promise<ShardsUpdate> {
  const shards = searchShards(await readManifest(cacheDir), code);
  const { changed, removed } = changedShards(shards, await storedKeys(dir));
  let feeding = 0;
  let writing = 0;
  for (const shard of changed) {
    const staged = join(dir, STAGING, shard.name);
    const took = await indexShard(cacheDir, shard.entries, staged);
    feeding += took.feeding;
    writing += took.writing;
    await storeShard(dir, shard, staged);
  }
  // Removed years, the staging folder, and the files of an index of another layout.
  await keepOnly(
    dir,
    shards.map((s) => s.name),
  );
  const count = (list: typeof shards) => list.reduce((sum, s) => sum + s.entries.length, 0);
  return {
    shards: shards.map((s) => s.name),
    indexed: changed.map((s) => s.name),
    reports: count(changed),
    removed,
    unchanged: count(shards) - count(changed),
    feeding,
    writing,
  };
}
