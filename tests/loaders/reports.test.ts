import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handedOver } from '../../src/integrations/store-handover.ts';
import { decode } from '../../src/lib/decode.ts';
import { parseReport } from '../../src/lib/parse-report.ts';
import { ReportSummarySchema } from '../../src/lib/schema.ts';
import { codeDigest, fileDigest } from '../../src/loaders/digest.ts';
import { explainSystemError } from '../../src/loaders/discover.ts';
import { ENTRIES_FILE, readCollections } from '../../src/loaders/entries-file.ts';
import { CODE, loadReports, type ReportsLoaderOptions } from '../../src/loaders/reports.ts';
import { cardPath } from '../../src/site/cards.ts';
import { readRecord } from '../../src/site/records.ts';
import { renderSource } from '../../src/site/source-html.ts';
import { readSourceView } from '../../src/site/source-views.ts';
import { REPORTS_DIR } from '../site/shipped-reports.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
}

/** A project in a temp dir: reports/ (the shipped ones), src/lib/ and src/loaders/ with a stand-in file each. */
let project: string;
let logs: string[];
/** What Astro's store holds (nothing, since the loader keeps its entries in a file of its own). */
let astroStore: Map<string, Entry>;
/** The entries the last load handed over to the pages. */
const entries = () => (handedOver()?.get('reports') ?? new Map()) as Map<string, Entry>;
let context: LoaderContext;

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'loader-'));
  await cp(REPORTS_DIR, join(project, 'reports'), { recursive: true });
  await mkdir(join(project, 'src/lib'), { recursive: true });
  await mkdir(join(project, 'src/loaders'));
  await writeFile(join(project, 'src/lib/extractor.ts'), 'export const version = 1;\n');
  await writeFile(join(project, 'src/loaders/reports.ts'), '// loader\n');
  await mkdir(join(project, 'src/site'));
  // The other code a record's files are made with: a stand-in file each (in a folder of its own for a folder).
  for (const path of CODE.filter((c) => c !== 'lib' && c !== 'loaders')) {
    const file = path.endsWith('.ts') ? path : `${path}/index.ts`;
    await mkdir(join(project, 'src', file, '..'), { recursive: true });
    await writeFile(join(project, 'src', file), `// ${file}\n`);
  }
  logs = [];
  astroStore = new Map();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('perf-reports:content-store')];
  const meta = new Map<string, string>();
  const log = (level: string) => (message: string) => logs.push(`${level} ${message}`);
  context = {
    collection: 'reports',
    store: {
      get: (id: string) => astroStore.get(id),
      set: (entry: Entry) => (astroStore.set(entry.id, entry), true),
      keys: () => [...astroStore.keys()],
      entries: () => [...astroStore.entries()],
      delete: (id: string) => astroStore.delete(id),
      has: (id: string) => astroStore.has(id),
    },
    meta: {
      get: (k: string) => meta.get(k),
      set: (k: string, v: string) => meta.set(k, v),
      has: (k: string) => meta.has(k),
      delete: (k: string) => meta.delete(k),
    },
    logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') },
    config: { root: pathToFileURL(`${project}/`), srcDir: pathToFileURL(`${project}/src/`), cacheDir: pathToFileURL(`${project}/cache/`) },
    // Like Astro's: the data as the collection's schema gives it.
    parseData: async ({ data }: { data: Record<string, unknown> }) => ReportSummarySchema.parse(data),
  } as unknown as LoaderContext;
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

/** The loader on the temp project's reports/ folder, with two parser threads. */
const load = (options: ReportsLoaderOptions = {}) => loadReports(context, { base: 'reports', workers: 2, ...options });
const summary = () => logs.filter((l) => l.startsWith('info parsed')).at(-1);
const errors = () => logs.filter((l) => l.startsWith('error '));

// Each load starts parser processes that also draw the social images (about 1 s to set up, then 0.1 s a
// card): several loads take a while on a busy machine. Nothing here asserts a time.
describe('loadReports', { timeout: 120_000 }, () => {
  it('stores the summary of each report, and files its record as parseReport gives it and its rendered original text by digest', async () => {
    await load();
    expect(summary()).toBe('info parsed 5, reused 0');
    expect(entries().size).toBe(5);
    // Astro's store keeps none of them: it would serialize them all on every build.
    expect(astroStore.size).toBe(0);
    const entry = [...entries().values()].find((e) => e.filePath === 'reports/000_6506d5458f2bf397.txt')!;
    const bytes = await readFile(join(project, entry.filePath!));
    // The record names its file by the path in the reports folder only: no machine path is published.
    const report = parseReport(bytes, { file: '000_6506d5458f2bf397.txt' }).report!;
    expect(await readRecord(context.config.cacheDir, String(entry.digest))).toEqual(report);
    expect(entry.data.file).toBe('000_6506d5458f2bf397.txt');
    // Every page loads the store: what only the report's own page shows is not in it.
    expect(entry.body).toBeUndefined();
    expect(entry.data).toEqual(ReportSummarySchema.parse(report));
    expect(entry.data).not.toHaveProperty('sections');
    expect(report.sections.length).toBeGreaterThan(0);
    expect(await readSourceView(context.config.cacheDir, String(entry.digest))).toEqual(await renderSource(decode(bytes).text, report));
    // Its social image, drawn in the parser process: a 1200×630 PNG.
    const card = await readFile(cardPath(context.config.cacheDir, String(entry.digest)));
    expect(card.subarray(1, 4).toString()).toBe('PNG');
    expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it("keeps the entries for the next build in a file of its own, not in Astro's store, and drops what an older cache left there", async () => {
    astroStore.set('2020-old-entry', { id: '2020-old-entry', data: {}, digest: 'old' });
    await load();
    expect(astroStore.size).toBe(0);
    const kept = readCollections(join(project, 'cache', ENTRIES_FILE)).get('reports');
    expect(kept).toEqual(entries());
    expect([...kept!.keys()].sort()).toEqual([...entries().keys()].sort());
    // An unreadable file is a cold start, not a failed build.
    await writeFile(join(project, 'cache', ENTRIES_FILE), 'not V8');
    await load();
    expect(summary()).toBe('info parsed 5, reused 0');
  });

  it.each(['source-views', 'records', 'cards'])(
    "makes a report's file in %s again when it is gone, and drops those of removed files",
    async (kind) => {
      await load();
      const files = join(project, 'cache', kind);
      const [first, ...rest] = (await readdir(files)).sort();
      await rm(join(files, first!));
      await load();
      expect(summary()).toBe('info parsed 1, reused 4');
      expect((await readdir(files)).sort()).toEqual([first, ...rest]);
      await rm(join(project, 'reports/000_6506d5458f2bf397.txt'));
      await load();
      expect(await readdir(files)).toHaveLength(4);
    },
  );

  it('parses nothing again when nothing changed, and still reports every warning', async () => {
    await load();
    const warnings = logs.filter((l) => l.startsWith('warn '));
    logs = [];
    await load();
    expect(summary()).toBe('info parsed 0, reused 5');
    expect(logs.filter((l) => l.startsWith('warn '))).toEqual(warnings);
    expect(entries().size).toBe(5);
  });

  it('re-parses only a changed file, and every file when the extraction code changes', async () => {
    await load();
    await appendFile(join(project, 'reports/001_b6a3c52251988525.txt'), '\n');
    await load();
    expect(summary()).toBe('info parsed 1, reused 4');
    await writeFile(join(project, 'src/lib/extractor.ts'), 'export const version = 2;\n');
    await load();
    expect(summary()).toBe('info parsed 5, reused 0');
    await writeFile(join(project, 'src/loaders/reports.ts'), '// loader, changed\n');
    await load();
    expect(summary()).toBe('info parsed 5, reused 0');
  });

  it('does not read a file again while its size and time are those of a file read before, from the first build on', async () => {
    await load();
    const path = join(project, 'reports/001_b6a3c52251988525.txt');
    const { atimeMs, mtimeMs, size } = await stat(path);
    // Other bytes, same size and time: only a file that was not read again keeps its old record.
    await writeFile(path, Buffer.alloc(size, 0x20));
    await utimes(path, atimeMs / 1000, mtimeMs / 1000);
    await load();
    expect(summary()).toBe('info parsed 0, reused 5');
    // A newer time (or size) is a change: the file is read, and parsed again as its digest changed.
    await utimes(path, atimeMs / 1000, mtimeMs / 1000 + 1);
    await load();
    expect(summary()).toMatch(/^info parsed 1, reused 4/);
  });

  it('reads a report again when its sidecar appears or changes, and not while it is the same', async () => {
    const sidecar = join(project, 'reports/001_b6a3c52251988525.meta.yaml');
    await load();
    await writeFile(sidecar, 'url: https://example.org/a.pdf\n');
    await load();
    expect(summary()).toBe('info parsed 1, reused 4');
    await load();
    expect(summary()).toBe('info parsed 0, reused 5');
    await writeFile(sidecar, 'url: https://example.org/b.pdf\n');
    const { atimeMs, mtimeMs } = await stat(sidecar);
    await utimes(sidecar, atimeMs / 1000, mtimeMs / 1000 + 1);
    await load();
    expect(summary()).toBe('info parsed 1, reused 4');
  });

  it('stores a moved file under its new name, even with bytes and code unchanged', async () => {
    await load();
    await mkdir(join(project, 'reports/2022'));
    await cp(join(project, 'reports/002_bf9dfd7af09c6cef.txt'), join(project, 'reports/2022/moved.txt'));
    await rm(join(project, 'reports/002_bf9dfd7af09c6cef.txt'));
    await load();
    const moved = [...entries().values()].find((e) => e.filePath === 'reports/2022/moved.txt');
    expect(moved?.data.file).toBe('2022/moved.txt');
  });

  it('deletes the entry of a file that is gone', async () => {
    await load();
    const id = [...entries().values()].find((e) => e.filePath === 'reports/002_bf9dfd7af09c6cef.txt')!.id;
    await rm(join(project, 'reports/002_bf9dfd7af09c6cef.txt'));
    await load();
    expect(entries().has(id)).toBe(false);
    expect(entries().size).toBe(4);
  });

  it('reports a second file with the same id, naming both, and keeps the first', async () => {
    await cp(join(project, 'reports/000_6506d5458f2bf397.txt'), join(project, 'reports/000_copy.txt'));
    for (let run = 0; run < 2; run++) {
      logs = [];
      await load();
      expect(errors()).toEqual([
        'error reports/000_copy.txt error 报告编号 2022-baiyun-taihe-msstg9 已由 reports/000_6506d5458f2bf397.txt 使用 (同一单位同一年度): 保留 reports/000_6506d5458f2bf397.txt, 略过 reports/000_copy.txt loader/duplicate-id',
      ]);
      expect(entries().get('2022-baiyun-taihe-msstg9')!.filePath).toBe('reports/000_6506d5458f2bf397.txt');
    }
    expect(summary()).toBe('info parsed 0, reused 6');
  });

  it('reads a PDF, Word file or sheet like a text file, and merges a report with its form', async () => {
    const published = (f: string) => readFile(new URL(`../fixtures/published/${f}`, import.meta.url));
    await writeFile(join(project, 'reports/004-form.XLSX'), await published('form-004.xlsx'));
    await load();
    const merged = [...entries().values()].find((e) => e.data.file === '004_a0655f5b282921e2.txt')!.data as {
      source: { form?: { file: string } };
      checks: { id: string; ok: boolean }[];
    };
    expect(merged.source.form?.file).toBe('004-form.XLSX');
    expect(merged.checks.filter((c) => c.id === 'checks/form').every((c) => c.ok)).toBe(true);
    expect(logs.join('\n')).not.toContain('loader/duplicate-id');
  });

  it('reports a file that gives no record by name, and keeps the others', async () => {
    await writeFile(join(project, 'reports/empty.txt'), '');
    await writeFile(join(project, 'reports/notes.txt'), '会议纪要\n今天天气很好。\n');
    await load();
    expect(entries().size).toBe(5);
    expect(errors().join('\n')).toMatch(/reports\/empty\.txt error .* input\/empty/);
    expect(errors().join('\n')).toMatch(/reports\/notes\.txt error /);
  });

  it('reads every readable file in any case, name or subfolder, and names every other entry with what to do', async () => {
    const taihe = await readFile(join(project, 'reports/000_6506d5458f2bf397.txt'), 'utf8');
    const as = (year: number) => taihe.replaceAll('2022', String(year));
    await mkdir(join(project, 'reports/2015/x.txt'), { recursive: true });
    await writeFile(join(project, 'reports/REPORT2016.TXT'), as(2016));
    await writeFile(join(project, 'reports/report.Txt'), as(2017));
    await writeFile(join(project, 'reports/2015/x.txt/inner.txt'), as(2015));
    await writeFile(join(project, 'reports/trailing.txt '), as(2018));
    await writeFile(join(project, 'reports/report.text'), as(2019));
    for (const name of ['notes.md', 'old.bak', 'scan.ofd', 'README']) await writeFile(join(project, `reports/${name}`), as(2020));
    execFileSync('mkfifo', [join(project, 'reports/fifo.txt')]);
    await symlink('loop.txt', join(project, 'reports/loop.txt'));
    await symlink('missing.txt', join(project, 'reports/dangling.txt'));
    await symlink('.', join(project, 'reports/2015/self'));
    await load();
    expect(errors().filter((e) => !/\/(?:notes\.md|old\.bak|scan\.ofd|README|fifo\.txt|loop\.txt|dangling\.txt) error /.test(e))).toEqual(
      [],
    );
    expect([...entries().values()].map((e) => e.data.file).sort()).toEqual(
      [
        '000_6506d5458f2bf397.txt',
        '001_b6a3c52251988525.txt',
        '002_bf9dfd7af09c6cef.txt',
        '003_70a4941c04d84bdd.txt',
        '004_a0655f5b282921e2.txt',
        '2015/x.txt/inner.txt',
        'REPORT2016.TXT',
        'report.Txt',
        'report.text',
        'trailing.txt ',
      ].sort(),
    );
    const log = errors().join('\n');
    for (const name of ['notes.md', 'old.bak', 'scan.ofd', 'README'])
      expect(log).toMatch(new RegExp(`reports/${name.replace('.', '\\.')} error 扩展名 .*请.* input/unsupported-type`));
    expect(log).toMatch(/reports\/fifo\.txt error .*命名管道.*请.* input\/not-a-file/);
    expect(log).toMatch(/reports\/loop\.txt error .*循环.*请.* input\/unreadable/);
    expect(log).toMatch(/reports\/dangling\.txt error .*不存在.*请.* input\/unreadable/);
    // No raw system error text reaches the reader.
    expect(log).not.toMatch(/ELOOP|ENOENT|EACCES|errno/);
    // Each of the 8 is an error, so STRICT=1 fails on a file that is not read.
    logs = [];
    await expect(load({ strict: true })).rejects.toThrow(/STRICT=1: 7 error\(s\)/);
  });

  it('explains system errors in words, with what to do', () => {
    for (const code of ['EACCES', 'EPERM', 'ELOOP', 'ENOENT', 'EISDIR', 'EMFILE', 'EIO', 'EWHATEVER']) {
      const message = explainSystemError(Object.assign(new Error(`${code}: raw`), { code }));
      expect(message, code).toMatch(/请/);
      expect(message, code).not.toContain('raw');
    }
  });

  it('refuses a file over the size budget and stops a parse over the time budget, naming the file and the limit; the rest build', async () => {
    const big = await readFile(join(project, 'reports/001_b6a3c52251988525.txt'), 'utf8');
    await writeFile(join(project, 'reports/big.txt'), big.repeat(Math.ceil((1.5 * 1024 * 1024) / Buffer.byteLength(big))));
    await load({ maxFileBytes: 1024 * 1024 });
    expect(errors().join('\n')).toMatch(/reports\/big\.txt error 文件有 [\d.]+ MB, 超过每个文件 1\.0 MB 的上限.*请.* limit\/size/);
    expect(entries().size).toBe(5);
    // 1 ms is far below what parsing ~1.5 MB takes on any machine; a slower machine only makes it surer.
    logs = [];
    await load({ timeoutMs: 1, maxFileBytes: 64 * 1024 * 1024 });
    expect(errors().join('\n')).toMatch(/reports\/big\.txt error 解析超过每个文件 0\.001 秒的时间上限.*请.* limit\/time/);
    // A stopped parse is not cached: the next build, with time enough, parses it (a copy of 001, so its id is taken).
    logs = [];
    await load({ maxFileBytes: 64 * 1024 * 1024 });
    expect(errors().join('\n')).toMatch(/reports\/big\.txt error 报告编号 2022-panyu-hualong-eintln .* loader\/duplicate-id/);
  });

  it('with STRICT=1 fails once at the end, listing every error', async () => {
    await writeFile(join(project, 'reports/a-empty.txt'), '');
    await writeFile(join(project, 'reports/b-empty.txt'), '');
    await expect(load({ strict: true })).rejects.toThrow(/STRICT=1: 2 error\(s\)[\s\S]*a-empty\.txt[\s\S]*b-empty\.txt/);
    expect(entries().size).toBe(5);
  });
});

describe('digests', () => {
  it('change with the code, the file list and the bytes', async () => {
    const before = await codeDigest(join(project, 'src'), ['lib', 'loaders']);
    expect(await codeDigest(join(project, 'src'), ['lib', 'loaders'])).toBe(before);
    await writeFile(join(project, 'src/lib/new.ts'), '');
    const added = await codeDigest(join(project, 'src'), ['lib', 'loaders']);
    expect(added).not.toBe(before);
    const bytes = new TextEncoder().encode('报告');
    expect(fileDigest(bytes, before)).not.toBe(fileDigest(bytes, added));
    expect(fileDigest(bytes, before)).not.toBe(fileDigest(new TextEncoder().encode('报告 '), before));
  });
});
