// The Astro Content Layer loader for report files: parses content/reports/*.txt (or $REPORTS_DIR)
// with parseReport, stores each record with its decoded text as body, and re-parses only files whose
// bytes or extraction code changed. Diagnostics go to the logger; STRICT=1 fails on any error.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { decode } from '../lib/decode.ts';
import { formatDiagnostic } from '../lib/diagnostics.ts';
import { metaPathFor, parseMeta } from '../lib/meta.ts';
import { parseReport } from '../lib/parse-report.ts';
import type { Diagnostic } from '../lib/schema.ts';
import { codeDigest, fileDigest } from './digest.ts';

/** What parsing one file gave; kept in the meta store so an unchanged file is never parsed twice. */
interface Outcome {
  digest: string;
  id: string | null;
  diagnostics: Diagnostic[];
}

const OUTCOMES = 'outcomes';

export function reportsLoader(): Loader {
  return { name: 'reports-loader', load: loadReports };
}

export async function loadReports(context: LoaderContext): Promise<void> {
  const { store, meta, logger, config } = context;
  const root = fileURLToPath(config.root);
  const dir = resolve(root, process.env.REPORTS_DIR ?? 'content/reports');
  const code = await codeDigest(fileURLToPath(config.srcDir), ['lib', 'loaders']);
  const previous: Record<string, Outcome> = JSON.parse(meta.get(OUTCOMES) ?? '{}');
  const outcomes: Record<string, Outcome> = {};
  // Report id → the file that holds it; the first file (in name order) wins a duplicate id.
  const kept = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  let parsed = 0;

  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()) {
    const path = join(dir, name);
    // Astro stores paths relative to the project; diagnostics print a path outside it in full.
    const filePath = relative(root, path).split(sep).join('/');
    const file = filePath.startsWith('../') ? path : filePath;
    const bytes = await readFile(path).catch((e: Error) => e);
    if (bytes instanceof Error) {
      diagnostics.push({ severity: 'error', code: 'input/unreadable', message: `无法读取: ${bytes.message}`, file });
      continue;
    }
    // The sidecar (NAME.meta.yaml) is part of what the record is made from.
    const sidecar = await readFile(metaPathFor(path)).catch(() => null);
    const digest = fileDigest(sidecar ? Buffer.concat([bytes, sidecar]) : bytes, code);
    const cached = previous[file];
    const reusable = cached?.digest === digest && (cached.id === null || kept.has(cached.id) || isStored(context, cached.id, filePath, digest));
    const outcome = reusable ? cached : await parse(context, bytes, { file, filePath, sidecar }, digest, kept);
    if (!reusable) parsed++;
    outcomes[file] = outcome;
    diagnostics.push(...outcome.diagnostics);
    const first = outcome.id === null ? undefined : kept.get(outcome.id);
    if (outcome.id === null) {
      if (!outcome.diagnostics.some((d) => d.severity === 'error')) diagnostics.push(leftOut(file));
    } else if (first) {
      diagnostics.push(duplicate(file, first, outcome.id));
    } else {
      kept.set(outcome.id, file);
    }
  }

  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  meta.set(OUTCOMES, JSON.stringify(outcomes));
  for (const d of diagnostics) {
    if (d.severity === 'error') logger.error(formatDiagnostic(d));
    else logger.warn(formatDiagnostic(d));
  }
  logger.info(`parsed ${parsed}, reused ${Object.keys(outcomes).length - parsed}`);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (process.env.STRICT === '1' && errors.length) {
    throw new Error(`STRICT=1: ${errors.length} error(s) in the reports:\n${errors.map(formatDiagnostic).join('\n')}`);
  }
}

async function parse(context: LoaderContext, bytes: Uint8Array, where: { file: string; filePath: string; sidecar: Buffer | null }, digest: string, kept: Map<string, string>): Promise<Outcome> {
  const { file, filePath, sidecar } = where;
  try {
    const { report, diagnostics } = parseReport(bytes, { file });
    const meta = sidecar && parseMeta(decode(sidecar).text, metaPathFor(file));
    if (meta) diagnostics.push(...meta.diagnostics);
    if (report && meta?.meta) report.meta = meta.meta;
    if (report && !kept.has(report.id)) {
      const data = await context.parseData({ id: report.id, data: report, filePath });
      context.store.set({ id: report.id, data, body: decode(bytes).text, filePath, digest });
    }
    return { digest, id: report?.id ?? null, diagnostics };
  } catch (e) {
    // One broken file must not take the site down: report it like any other content problem.
    const message = `解析时出错: ${(e as Error).message}; 请把这个文件报告给开发者`;
    return { digest, id: null, diagnostics: [{ severity: 'error', code: 'internal/crash', message, file }] };
  }
}

function isStored({ store }: LoaderContext, id: string, filePath: string, digest: string): boolean {
  const entry = store.get(id);
  return entry?.filePath === filePath && entry.digest === digest;
}

function leftOut(file: string): Diagnostic {
  return { severity: 'error', code: 'loader/no-record', message: '没有得到记录 (缺少单位或年度), 这份报告不会出现在网站上', file };
}

function duplicate(file: string, first: string, id: string): Diagnostic {
  const message = `报告编号 ${id} 已由 ${first} 使用 (同一单位同一年度): 保留 ${first}, 略过 ${file}`;
  return { severity: 'error', code: 'loader/duplicate-id', message, file };
}
