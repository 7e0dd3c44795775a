import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decode } from '../../src/lib/decode.ts';
import { parseReport } from '../../src/lib/parse-report.ts';
import { codeDigest, fileDigest } from '../../src/loaders/digest.ts';
import { loadReports } from '../../src/loaders/reports.ts';
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
let entries: Map<string, Entry>;
let context: LoaderContext;

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'loader-'));
  await cp(REPORTS_DIR, join(project, 'reports'), { recursive: true });
  await mkdir(join(project, 'src/lib'), { recursive: true });
  await mkdir(join(project, 'src/loaders'));
  await writeFile(join(project, 'src/lib/extractor.ts'), 'export const version = 1;\n');
  await writeFile(join(project, 'src/loaders/reports.ts'), '// loader\n');
  process.env.REPORTS_DIR = 'reports';
  logs = [];
  entries = new Map();
  const meta = new Map<string, string>();
  const log = (level: string) => (message: string) => logs.push(`${level} ${message}`);
  context = {
    collection: 'reports',
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      has: (id: string) => entries.has(id),
    },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => meta.delete(k) },
    logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') },
    config: { root: pathToFileURL(`${project}/`), srcDir: pathToFileURL(`${project}/src/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
  } as unknown as LoaderContext;
});

afterEach(async () => {
  delete process.env.REPORTS_DIR;
  delete process.env.STRICT;
  await rm(project, { recursive: true, force: true });
});

const summary = () => logs.filter((l) => l.startsWith('info parsed')).at(-1);
const errors = () => logs.filter((l) => l.startsWith('error '));

describe('loadReports', () => {
  it('stores each report as parseReport gives it, with its decoded text as body', async () => {
    await loadReports(context);
    expect(summary()).toBe('info parsed 5, reused 0');
    expect(entries.size).toBe(5);
    const entry = [...entries.values()].find((e) => e.filePath === 'reports/000_6506d5458f2bf397.txt')!;
    const bytes = await readFile(join(project, entry.filePath!));
    expect(entry.data).toEqual(parseReport(bytes, { file: 'reports/000_6506d5458f2bf397.txt' }).report);
    expect(entry.body).toBe(decode(bytes).text);
  });

  it('parses nothing again when nothing changed, and still reports every warning', async () => {
    await loadReports(context);
    const warnings = logs.filter((l) => l.startsWith('warn '));
    logs = [];
    await loadReports(context);
    expect(summary()).toBe('info parsed 0, reused 5');
    expect(logs.filter((l) => l.startsWith('warn '))).toEqual(warnings);
    expect(entries.size).toBe(5);
  });

  it('re-parses only a changed file, and every file when the extraction code changes', async () => {
    await loadReports(context);
    await appendFile(join(project, 'reports/001_b6a3c52251988525.txt'), '\n');
    await loadReports(context);
    expect(summary()).toBe('info parsed 1, reused 4');
    await writeFile(join(project, 'src/lib/extractor.ts'), 'export const version = 2;\n');
    await loadReports(context);
    expect(summary()).toBe('info parsed 5, reused 0');
    await writeFile(join(project, 'src/loaders/reports.ts'), '// loader, changed\n');
    await loadReports(context);
    expect(summary()).toBe('info parsed 5, reused 0');
  });

  it('deletes the entry of a file that is gone', async () => {
    await loadReports(context);
    const id = [...entries.values()].find((e) => e.filePath === 'reports/002_bf9dfd7af09c6cef.txt')!.id;
    await rm(join(project, 'reports/002_bf9dfd7af09c6cef.txt'));
    await loadReports(context);
    expect(entries.has(id)).toBe(false);
    expect(entries.size).toBe(4);
  });

  it('reports a second file with the same id, naming both, and keeps the first', async () => {
    await cp(join(project, 'reports/000_6506d5458f2bf397.txt'), join(project, 'reports/000_copy.txt'));
    for (let run = 0; run < 2; run++) {
      logs = [];
      await loadReports(context);
      expect(errors()).toEqual([
        'error reports/000_copy.txt error 报告编号 2022-baiyun-taihe 已由 reports/000_6506d5458f2bf397.txt 使用 (同一单位同一年度): 保留 reports/000_6506d5458f2bf397.txt, 略过 reports/000_copy.txt loader/duplicate-id',
      ]);
      expect(entries.get('2022-baiyun-taihe')!.filePath).toBe('reports/000_6506d5458f2bf397.txt');
    }
    expect(summary()).toBe('info parsed 0, reused 6');
  });

  it('reads a PDF, Word file or sheet like a text file, and merges a report with its form', async () => {
    const published = (f: string) => readFile(new URL(`../fixtures/published/${f}`, import.meta.url));
    await writeFile(join(project, 'reports/004-form.XLSX'), await published('form-004.xlsx'));
    await loadReports(context);
    const merged = entries.get('2021-zengcheng-licheng')!.data as { source: { form?: { file: string } }; checks: { id: string; ok: boolean }[] };
    expect(merged.source.form?.file).toBe('reports/004-form.XLSX');
    expect(merged.checks.filter((c) => c.id === 'checks/form').every((c) => c.ok)).toBe(true);
    expect(logs.join('\n')).not.toContain('loader/duplicate-id');
  });

  it('reports a file that gives no record by name, and keeps the others', async () => {
    await writeFile(join(project, 'reports/empty.txt'), '');
    await writeFile(join(project, 'reports/notes.txt'), '会议纪要\n今天天气很好。\n');
    await mkdir(join(project, 'reports/folder.txt'));
    await loadReports(context);
    expect(entries.size).toBe(5);
    expect(errors().join('\n')).toMatch(/reports\/empty\.txt error .* input\/empty/);
    expect(errors().join('\n')).toMatch(/reports\/notes\.txt error /);
    expect(errors().join('\n')).toMatch(/reports\/folder\.txt error .* input\/unreadable/);
  });

  it('with STRICT=1 fails once at the end, listing every error', async () => {
    await writeFile(join(project, 'reports/a-empty.txt'), '');
    await writeFile(join(project, 'reports/b-empty.txt'), '');
    process.env.STRICT = '1';
    await expect(loadReports(context)).rejects.toThrow(/STRICT=1: 2 error\(s\)[^]*a-empty\.txt[^]*b-empty\.txt/);
    expect(entries.size).toBe(5);
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
