// The Astro Content Layer loader for report files: reads every file under the reports folder (and its
// subfolders) whose extension is readable (formats.ts), parses the new or changed ones in a pool of
// processes (pool.ts) with a size and time budget per file, which file the full record, its page's view
// of the original text and its social image in the cache dir by the file's digest (parse-worker.ts);
// keeps each record's summary (what list pages read; the collection's schema) for the pages and the next
// build (entries-file.ts), and names every file it does not read, and why, in a diagnostic.
// reportsLoader({ base: 'content/reports', strict: true }) in content.config.ts, like Astro's glob loader.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { handOver } from '../integrations/store-handover.ts';
import { formatDiagnostic } from '../lib/diagnostics.ts';
import { isForm, mergeForm } from '../lib/merge-form.ts';
import { metaPathFor } from '../lib/meta.ts';
import { type Diagnostic, ReportSchema, type ReportSummary, ReportSummarySchema } from '../lib/schema.ts';
import { filedCards, pruneCards } from '../site/cards.ts';
import { type ManifestEntry, writeManifest } from '../site/published.ts';
import { filedRecords, pruneRecords, readRecord } from '../site/records.ts';
import { sortReports } from '../site/report-rows.ts';
import { filedSourceViews, pruneSourceViews } from '../site/source-views.ts';
import { codeDigest, fileDigest } from './digest.ts';
import { discover, explainSystemError, type Found } from './discover.ts';
import { ENTRIES_FILE, readCollections, type StoredEntry, writeEntries } from './entries-file.ts';
import { fileReport } from './file-report.ts';
import { ParsePool, type PoolOutcome } from './pool.ts';

export interface ReportsLoaderOptions {
  /** The reports folder, relative to the project root (or absolute). */
  base?: string;
  /** Fail the build, after listing them all, when any file has an error or is not read. */
  strict?: boolean;
  /** Largest file read, in bytes; a larger one is refused with an error. */
  maxFileBytes?: number;
  /** Time one file may take to parse, in milliseconds; past it the parse is stopped with an error. */
  timeoutMs?: number;
  /** Parser processes at most (they start only when there is something to parse). */
  workers?: number;
  /** Heap limit of each parser process, in MB; a parse that needs more is stopped with an error. */
  memoryMb?: number;
}

export const DEFAULTS = {
  base: 'content/reports',
  strict: false,
  maxFileBytes: 10 * 1024 * 1024,
  timeoutMs: 60_000,
  workers: availableParallelism(),
  memoryMb: 2048,
} satisfies Required<ReportsLoaderOptions>;

/** What parsing one file gave; kept in the cache dir so an unchanged file is never parsed twice. */
interface Outcome {
  digest: string;
  id: string | null;
  diagnostics: Diagnostic[];
  /** The file as it was then (stampOf): while it is the same, the file is not even read again. */
  stamp?: string;
}

/** Code whose change must re-make a record, its page's view of the original text or its social image. */
export const CODE = [
  'lib',
  'loaders',
  'site/source-html.ts',
  'site/source-marks.ts',
  'site/source-views.ts',
  'site/records.ts',
  'site/by-digest.ts',
  'site/cards.ts',
  'site/social-card.ts',
  'site/format.ts',
  'site/report-rows.ts',
  'site/flags.ts',
  'site/font-subsets.ts',
  'social',
];

// The outcomes are a file of the loader's own, not a key of the store's meta: Astro serializes the meta
// with the store on every build, and escaping one long string is slow (1.3 s of 3.2 s at 10,000 reports).
// An outcome is only trusted while its record is among the kept entries (isStored), so the two need not agree.
const OUTCOMES_FILE = 'reports-loader-outcomes.json';
const STARTED = 'started';
// Not a literal in new URL(…): bundlers rewrite that pattern; the worker must stay the source file.
const WORKER_FILE = './parse-worker.ts';
const MB = 1024 * 1024;

export function reportsLoader(options: ReportsLoaderOptions = {}): Loader & { schema: typeof ReportSummarySchema } {
  // The collection's schema is the loader's: the parser processes make each entry's data with it.
  return { name: 'reports-loader', load: (context) => loadReports(context, options), schema: ReportSummarySchema };
}

export async function loadReports(context: LoaderContext, options: ReportsLoaderOptions = {}): Promise<void> {
  const settings = { ...DEFAULTS, ...definedOnly(options) };
  const { store, meta, logger, config } = context;
  const root = fileURLToPath(config.root);
  const dir = resolve(root, settings.base);
  const code = await codeDigest(fileURLToPath(config.srcDir), CODE);
  const outcomesFile = fileURLToPath(new URL(OUTCOMES_FILE, config.cacheDir));
  const previous = readOutcomes(outcomesFile);
  const entriesFile = fileURLToPath(new URL(ENTRIES_FILE, config.cacheDir));
  const started = Date.now();
  const previousStart = Number(meta.get(STARTED) ?? 0);
  const outcomes: Record<string, Outcome> = {};
  // Report id → the file that holds it; the first file (in name order) wins a duplicate id.
  const kept = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  // Entries of the records parsed in this build, by id.
  const entries = new Map<string, StoredEntry>();
  // Logs name a file by its path from the project (in full outside it); the site only by its path in the folder.
  const shown = (name: string): string => {
    const path = relative(root, resolve(dir, name)).split(sep).join('/');
    return path.startsWith('../') ? resolve(dir, name) : path;
  };
  const { files, skipped } = await discover(dir);
  // A sidecar (NAME.meta.yaml) is read with the report beside it, not on its own.
  const sidecars = new Set(files.map((f) => metaPathFor(f.name)));
  const refused = skipped.filter((s) => !sidecars.has(s.name));
  // The sidecars there are, so a report without one costs no failed stat or read.
  const present = new Set(skipped.filter((s) => sidecars.has(s.name)).map((s) => s.name));
  const hasSidecar = (found: Found) => present.has(metaPathFor(found.name));
  for (const s of refused) diagnostics.push({ ...s.diagnostic, file: shown(s.name) });

  const pool = new ParsePool({
    worker: new URL(WORKER_FILE, import.meta.url),
    size: settings.workers,
    timeoutMs: settings.timeoutMs,
    memoryMb: settings.memoryMb,
  });
  // Files whose size or time changed since they were last read will be parsed: their processes start now,
  // so that starting one (Node and the parser's modules, about a second) overlaps reading the others.
  const changed = files.filter((f) => !hasSidecar(f) && previous[shown(f.name)]?.stamp !== stampOf(f, null, previousStart));
  pool.warm(changed.length);
  // The entries the last build kept, by id: a reused outcome's entry is taken from here. Read while the
  // parser processes start (0.5 s at 10,000 reports, which a rebuild of one report would wait for).
  const before = readCollections(entriesFile).get(context.collection) ?? new Map<string, StoredEntry>();
  // Files are read and sent to the pool a window ahead (the pool parses in that order), and their
  // results are taken in name order, so the first of two files with one id is always the same one.
  const window = Math.max(8, settings.workers * 4);
  // Files to parse are sent first, up to a window of them: a rebuild's few are parsed while the
  // thousands of others are checked, not after the last of them.
  const early = new Map(changed.slice(0, window).map((f) => [f, prepare(f)]));
  // What a cached outcome needs besides its stored entry: its record, view and image, listed once.
  const filed = await Promise.all([filedSourceViews, filedRecords, filedCards].map((f) => f(config.cacheDir)));
  let parsed = 0;
  let reused = 0;
  try {
    const pending: Promise<Step>[] = [];
    let next = 0;
    const fill = () => {
      while (next < files.length && pending.length < window) {
        const found = files[next++]!;
        pending.push(early.get(found) ?? prepare(found));
      }
    };
    fill();
    while (pending.length) {
      const step = await pending.shift()!;
      fill();
      if (step.kind === 'refused') {
        diagnostics.push(step.diagnostic);
        continue;
      }
      const { found, file, digest, cached } = step;
      let outcome: Outcome;
      // A cached outcome holds when its entry was kept for this file, or another file keeps its id.
      if (cached && (cached.id === null || kept.has(cached.id) || isStored(cached.id, found, digest))) {
        outcome = cached;
        reused++;
      } else {
        parsed++;
        const result = step.result ?? (await parseAndFile(await readFile(found.path), found, digest, await step.sidecar()));
        outcome = await settle(result, found, file, digest);
      }
      if (outcome.digest) outcomes[file] = { ...outcome, stamp: step.stamp };
      diagnostics.push(...outcome.diagnostics);
      const first = outcome.id === null ? undefined : kept.get(outcome.id);
      if (outcome.id === null) {
        if (!outcome.diagnostics.some((d) => d.severity === 'error')) diagnostics.push(leftOut(file));
      } else if (first) {
        // A report and its self-evaluation form, published as two files, are one record.
        const merged = await mergeWithForm(outcome.id, found, file, digest, step);
        if (merged) diagnostics.push(...merged);
        else diagnostics.push(duplicate(file, first, outcome.id));
      } else {
        kept.set(outcome.id, file);
      }
    }
  } finally {
    await pool.close();
  }

  // In file name order, the order the pages list them in before they sort.
  const current = new Map([...kept.keys()].map((id) => [id, entries.get(id) ?? before.get(id)!]));
  // Astro's store holds none of them (entries-file.ts): what a cache made by an earlier build holds there,
  // the entries and the outcomes, is dropped.
  for (const id of store.keys()) store.delete(id);
  meta.delete('outcomes');
  meta.set(STARTED, String(started));
  // The pages of this build take the entries from memory (store-handover.ts).
  handOver(context.collection, current);
  const digests = new Set([...current.values()].map((e) => String(e.digest)));
  await mkdir(config.cacheDir, { recursive: true });
  writeFileSync(outcomesFile, JSON.stringify(outcomes));
  writeEntries(entriesFile, context.collection, current);
  await Promise.all([
    pruneSourceViews(config.cacheDir, digests),
    pruneRecords(config.cacheDir, digests),
    pruneCards(config.cacheDir, digests),
    writeManifest(config.cacheDir, manifest(current)),
  ]);
  for (const d of diagnostics) {
    if (d.severity === 'error') logger.error(formatDiagnostic(d));
    else logger.warn(formatDiagnostic(d));
  }
  const notRead = files.length + refused.length - parsed - reused;
  logger.info(`parsed ${parsed}, reused ${reused}${notRead ? `, not read ${notRead}` : ''}`);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (settings.strict && errors.length) {
    throw new Error(`STRICT=1: ${errors.length} error(s) in the reports:\n${errors.map(formatDiagnostic).join('\n')}`);
  }

  type Step =
    | { kind: 'refused'; diagnostic: Diagnostic }
    | {
        kind: 'read';
        found: Found;
        file: string;
        digest: string;
        cached: Outcome | null;
        result: PoolOutcome | null;
        sidecar: () => Promise<Buffer | null>;
        stamp: string;
      };

  /**
   * The size and modification time (in whole milliseconds) of a file and its sidecar, and the code that reads them. Like
   * make's and git's, a build records it only for a file last changed before the build started (`since`):
   * one changed in the same instant as it was read could keep its stamp. It is compared with the last
   * build's record as of the last build's start, and recorded for the next one as of this build's.
   */
  function stampOf(found: Found, sidecar: { size: number; mtimeMs: number } | null, since: number): string | null {
    if (found.mtimeMs >= since || (sidecar && sidecar.mtimeMs >= since)) return null;
    const ms = (t: number) => Math.trunc(t);
    return `${code} ${found.size} ${ms(found.mtimeMs)} ${sidecar ? `${sidecar.size} ${ms(sidecar.mtimeMs)}` : '-'}`;
  }

  /** Reads a file within its size budget and, unless its cached outcome may hold, parses it. */
  async function prepare(found: Found): Promise<Step> {
    const file = shown(found.name);
    if (found.size > settings.maxFileBytes) {
      const message = `文件有 ${(found.size / MB).toFixed(1)} MB, 超过每个文件 ${(settings.maxFileBytes / MB).toFixed(1)} MB 的上限, 没有读取; 请确认这是一份报告的全文 (而不是合并的多份文件或扫描图片), 或在 src/content.config.ts 中调高 maxFileBytes`;
      return { kind: 'refused', diagnostic: { severity: 'error', code: 'limit/size', message, file } };
    }
    const sidecarStat = hasSidecar(found) ? await stat(metaPathFor(found.path)).catch(() => null) : null;
    const stamp = stampOf(found, sidecarStat, previousStart);
    // What the next build compares: so the first build after a cold one reads no unchanged file again.
    const recorded = stampOf(found, sidecarStat, started) ?? '';
    const sidecarOf = async () => (hasSidecar(found) ? readFile(metaPathFor(found.path)).catch(() => null) : null);
    const before = previous[file];
    if (stamp && before?.stamp === stamp)
      return { kind: 'read', found, file, digest: before.digest, cached: before, result: null, sidecar: sidecarOf, stamp: recorded };
    const bytes = readNow(found.path);
    if (bytes instanceof Error)
      return { kind: 'refused', diagnostic: { severity: 'error', code: 'input/unreadable', message: explainSystemError(bytes), file } };
    // The record names its file, so the name is part of what makes it: a renamed or moved file's stored
    // entry (Astro skips a set whose digest is unchanged) must not keep the old name.
    // The sidecar (NAME.meta.yaml) is part of what the record is made from too.
    const sidecar = await sidecarOf();
    const digest = fileDigest(sidecar ? Buffer.concat([bytes, sidecar]) : bytes, `${code}\n${found.name}`);
    const cached = previous[file]?.digest === digest ? previous[file]! : null;
    return {
      kind: 'read',
      found,
      file,
      digest,
      cached,
      result: cached ? null : await parseAndFile(bytes, found, digest, sidecar),
      sidecar: async () => sidecar,
      stamp: recorded,
    };
  }

  /** Parses a file in the pool, which files what it made by the digest. */
  function parseAndFile(bytes: Uint8Array, found: Found, digest: string, sidecar: Buffer | null): Promise<PoolOutcome> {
    return pool.parse({ bytes, file: found.name, filing: { cacheDir: config.cacheDir.href, digest, sidecar } });
  }

  /** Stores a parsed record (unless an earlier file holds its id) and gives the outcome to keep. */
  async function settle(result: PoolOutcome, found: Found, file: string, digest: string): Promise<Outcome> {
    // Outcomes of a stopped parse are not kept: the next build tries the file again.
    const fail = (code: string, message: string): Outcome => ({
      digest: '',
      id: null,
      diagnostics: [{ severity: 'error', code, message, file }],
    });
    switch (result.kind) {
      case 'timeout':
        return fail(
          'limit/time',
          `解析超过每个文件 ${settings.timeoutMs / 1000} 秒的时间上限, 已停止, 这份报告不会出现在网站上; 请把这个文件报告给开发者, 或在 src/content.config.ts 中调高 timeoutMs`,
        );
      case 'memory':
        return fail(
          'limit/memory',
          `解析用尽了每个文件 ${settings.memoryMb} MB 的内存上限, 已停止, 这份报告不会出现在网站上; 请把这个文件报告给开发者, 或在 src/content.config.ts 中调高 memoryMb`,
        );
      case 'crash':
        return fail('internal/crash', `解析时出错: ${result.message}; 请把这个文件报告给开发者`);
    }
    const { id, summary, diagnostics, sidecarDiagnostics } = result.parsed;
    if (id !== null && summary && !kept.has(id)) setEntry(id, summary, astroPath(found), digest);
    // parseReport names the file by its path in the folder (what the record publishes); logs name it from
    // the project. A sidecar's problems are named by the sidecar's own path.
    return {
      digest,
      id,
      diagnostics: [
        ...diagnostics.map((d) => ({ ...d, file })),
        ...sidecarDiagnostics.map((d) => ({ ...d, file: shown(metaPathFor(found.name)) })),
      ],
    };
  }

  /**
   * When the file holding `id` and this one are a report and its form (自评表), keeps the merged
   * record (mergeForm) and its view, and gives its diagnostics; null when they are two reports (a
   * duplicate). A merged pair is read again on every build: its digest names neither file alone.
   */
  async function mergeWithForm(
    id: string,
    found: Found,
    file: string,
    digest: string,
    step: Extract<Step, { kind: 'read' }>,
  ): Promise<Diagnostic[] | null> {
    const stored = entries.get(id) ?? before.get(id);
    // The second file's record is filed by its digest when it is parsed (again, if its outcome was cached).
    const second = step.result ?? (await parseAndFile(await readFile(found.path), found, digest, await step.sidecar()));
    if (!stored || second.kind !== 'done' || !second.parsed.summary) return null;
    const [first, other] = await Promise.all([readRecord(config.cacheDir, String(stored.digest)), readRecord(config.cacheDir, digest)]);
    if (isForm(first) === isForm(other) || first.source.form) return null;
    const [report, form] = isForm(first) ? [other, first] : [first, other];
    const { report: merged, diagnostics } = mergeForm(report, form);
    // The page shows the report's text; the form's figures carry their own file.
    const own =
      report === first
        ? { filePath: stored.filePath!, text: await textOf(resolve(root, stored.filePath!), report.file) }
        : { filePath: astroPath(found), text: await textOf(found.path, found.name) };
    const key = `merged-${stored.digest}-${digest}`;
    const record = ReportSchema.parse(merged);
    await fileReport(config.cacheDir, key, record, own.text);
    setEntry(id, ReportSummarySchema.parse(record), own.filePath, key);
    return diagnostics.map((d) => ({ ...d, file }));
  }

  /**
   * Keeps a record's summary as its entry. The summary is already the collection's schema's output (made
   * in the parser process): Astro's parseData would validate it a second time, on the main thread (1.7 s
   * at 10,000 reports, taken from the parser processes).
   */
  function setEntry(id: string, summary: ReportSummary, filePath: string, digest: string): void {
    entries.set(id, { id, data: summary, filePath, digest });
  }

  /** The kept reports, in the home table's order, for the files published as they are filed. */
  function manifest(current: Map<string, StoredEntry>): ManifestEntry[] {
    return sortReports([...current.values()].map((e) => e.data as ReportSummary)).map((r) => ({
      id: r.id,
      digest: String(current.get(r.id)!.digest),
      file: resolve(root, current.get(r.id)!.filePath!),
      format: r.source.format,
      year: r.year,
    }));
  }

  /** The text a file's record indexes, read again (only a merged pair needs it). */
  async function textOf(path: string, name: string): Promise<string> {
    const again = await pool.parse({ bytes: await readFile(path), file: name });
    return again.kind === 'done' && again.parsed.text !== null ? again.parsed.text : '';
  }

  /** Astro keeps an entry's path relative to the project. */
  function astroPath(found: Found): string {
    return relative(root, found.path).split(sep).join('/');
  }

  function isStored(id: string, found: Found, digest: string): boolean {
    const entry = before.get(id);
    return entry?.filePath === astroPath(found) && entry.digest === digest && filed.every((digests) => digests.has(digest));
  }
}

/** The outcomes of the last build, none when there was none (or its file is unreadable). */
function readOutcomes(file: string): Record<string, Outcome> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Outcome>;
  } catch {
    return {};
  }
}

/**
 * A file's bytes, read at once: fs/promises' readFile makes four round trips to the thread pool, which
 * at 10,000 files cost the main thread 0.3 s of CPU alone and 3 s in a cold load, where the parser
 * processes want every core.
 */
function readNow(path: string): Buffer | Error {
  try {
    return readFileSync(path);
  } catch (e) {
    return e as Error;
  }
}

/** Options given as undefined keep their defaults. */
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function leftOut(file: string): Diagnostic {
  return { severity: 'error', code: 'loader/no-record', message: '没有得到记录 (缺少单位或年度), 这份报告不会出现在网站上', file };
}

function duplicate(file: string, first: string, id: string): Diagnostic {
  const message = `报告编号 ${id} 已由 ${first} 使用 (同一单位同一年度): 保留 ${first}, 略过 ${file}`;
  return { severity: 'error', code: 'loader/duplicate-id', message, file };
}
