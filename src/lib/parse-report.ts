// One report file → { report, diagnostics }: decode → normalize → sections → extractors → derive
// → checks → Zod validation. Pure: no file system, no logger. Content problems come back as
// diagnostics; this throws only on a programming error outside the extractors.
import { decode } from './decode.ts';
import { deriveGrade, deriveTotals } from './derive.ts';
import { lineAt, lineOf, makeDoc, span, type Doc } from './document.ts';
import type { Fields, Note } from './extractor.ts';
import { extractors } from './extract/index.ts';
import { ingest, type Ingested } from './ingest/index.ts';
import { locate } from './ingest/page-map.ts';
import { runChecks } from './checks.ts';
import { doubtsOf } from './doubts.ts';
import { otherGenre } from './genre.ts';
import { reportId } from './report-id.ts';
import { walk } from './sections.ts';
import { ReportSchema, type Diagnostic, type Report, type Section, type Source } from './schema.ts';

export interface ParseResult {
  report: Report | null;
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  file: string;
  /** Set by parseFile for text recovered from another format: where the text came from. */
  ingested?: Pick<Ingested, 'format' | 'pages' | 'spans'>;
}

/** The file as published (PDF, Word, spreadsheet, web page or text) → the text every Fact indexes and the record. */
export interface FileResult extends ParseResult {
  /** The text the record's offsets index: the decoded text file, or the text recovered from the file. */
  text: string;
  ingested: Ingested;
}

export async function parseFile(bytes: Uint8Array, options: { file: string }): Promise<FileResult> {
  const { file } = options;
  const ingested = await ingest(bytes, file);
  if (ingested.diagnostics.some((d) => d.severity === 'error'))
    return { report: null, diagnostics: ingested.diagnostics, text: ingested.text, ingested };
  // A text file goes in as bytes, so that decoding problems (binary, unknown encoding) are reported as before.
  const result = ingested.format === 'txt' ? parseReport(bytes, { file }) : parseReport(ingested.text, { file, ingested });
  return { ...result, diagnostics: [...ingested.diagnostics, ...result.diagnostics], text: ingested.text, ingested };
}

export function parseReport(input: Uint8Array | string, options: ParseOptions): ParseResult {
  const { file, ingested } = options;
  const diagnostics: Diagnostic[] = [];
  const error = (code: string, message: string): ParseResult => {
    diagnostics.push({ severity: 'error', code, message, file });
    return { report: null, diagnostics };
  };
  const decoded = typeof input === 'string' ? { text: input.replace(/^\ufeff/, ''), problem: null } : decode(input);
  if (decoded.problem) return error('decode/binary', `${decoded.problem}; 请提供 UTF-8 或 GBK 编码的纯文本报告`);
  if (!decoded.text.trim()) return error('input/empty', '文件是空的; 请放入报告全文');
  if ('damaged' in decoded) diagnostics.push(...damageNotes(decoded.damaged, decoded.encoding, file));

  const doc = makeDoc(decoded.text);
  const genre = otherGenre(doc);
  if (genre)
    return error(
      'input/not-a-report',
      `这个文件看起来是${genre}, 不是部门整体支出绩效自评报告或自评表; 本站只收自评报告, 请把它移出报告目录`,
    );
  const fields: Partial<Fields> = {};
  const notes: Note[] = [];
  for (const extract of extractors) {
    try {
      const out = extract(doc);
      Object.assign(fields, out.fields);
      notes.push(...out.notes);
    } catch (e) {
      notes.push({
        severity: 'error',
        code: `internal/${extract.name}`,
        message: `提取程序出错: ${(e as Error).message}; 请把这个文件报告给开发者`,
      });
    }
  }
  diagnostics.push(...notes.map((n) => toDiagnostic(doc, n, file)));
  for (const p of doc.numberingProblems)
    diagnostics.push({ severity: 'warning', code: 'sections/numbering', message: p.message, file, line: lineAt(doc, p.start) });

  if (!fields.title && !fields.entity && !fields.budget && !fields.score && !fields.indicators?.length) {
    return error(
      'input/not-a-report',
      '没有找到标题、单位、预算或得分: 这个文件看起来不是部门整体支出绩效自评报告; 请确认放入的是报告全文, 否则请把它移出报告目录',
    );
  }
  if (!fields.entity || !fields.year) {
    // The extractors said why; this makes sure no file is left out without an error.
    if (!diagnostics.some((d) => d.severity === 'error'))
      return error('input/unplaceable', '无法确定报告的单位或年度, 未生成记录; 请在标题中写明单位全称和年度');
    return { report: null, diagnostics };
  }

  const stated = { ...emptyFields(), ...fields };
  const missing = new Set(
    notes.filter((n) => n.code.startsWith('missing/')).map((n) => n.code.slice('missing/'.length) as 'budget' | 'spent' | 'executionRate'),
  );
  const totals = deriveTotals(stated, stated.fundLines, missing);
  const otherScale = notes.some((n) => n.code === 'grade/other-scale');
  const complete = { ...stated, ...totals, grade: deriveGrade(stated.grade, stated.score, otherScale) };
  // The warning that a total is not stated says what the site shows instead.
  for (const key of ['budget', 'spent', 'executionRate'] as const) {
    const total = totals[key];
    const note = total?.derived ? diagnostics.find((d) => d.code === `missing/${key}`) : undefined;
    if (note && total) note.message += `; 由报告中的分项推算为 ${total.value}${total.unit}, 标为推算值`;
  }
  const checks = runChecks(complete);
  for (const c of checks.filter((c) => !c.ok))
    diagnostics.push({
      severity: 'warning',
      code: c.id,
      message: c.message,
      file,
      ...(c.start != null ? { line: lineOf(doc, c.start) } : {}),
    });
  const source: Source = { format: ingested?.format ?? 'txt', file, pages: ingested?.pages ?? null };
  const record = {
    id: reportId({ ...complete, file }),
    file,
    ...complete,
    source,
    sections: sectionsOf(doc),
    checks,
    doubts: doubtsOf(notes, checks),
  };
  if (ingested?.spans.length) placeFacts(record, ingested.spans);
  const parsed = validRecord(record);
  for (const { path, line } of parsed.dropped) {
    diagnostics.push({
      severity: 'error',
      code: 'invalid/unrepresentable',
      message: `${path} 的值无法作为数字保存 (位数过多或超出范围), 已略去; 请核对原文中的这个数字`,
      file,
      ...(line ? { line } : {}),
    });
  }
  if (!parsed.report)
    return error('invalid/record', `无法生成有效的记录 (${parsed.problem}); 请核对报告的标题、单位和年度, 或把这个文件报告给开发者`);
  return { report: parsed.report, diagnostics };
}

/** The source line of the innermost value on `path` that has one (a Fact or a span). */
function lineOnPath(record: unknown, path: readonly PropertyKey[]): number | undefined {
  let line: number | undefined;
  let at: unknown = record;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) break;
    const here = (at as { line?: unknown }).line;
    if (typeof here === 'number') line = here;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  const last = (at as { line?: unknown } | null)?.line;
  return typeof last === 'number' ? last : line;
}

/**
 * The record, validated. A part the schema refuses (a number too long for a double, a value out of
 * range) is left out rather than losing the whole record: a top-level field becomes null, a list item
 * is dropped. Only what cannot be left out fails, and then as a content error, never internal.
 */
function validRecord(record: Record<string, unknown>): {
  report: Report | null;
  dropped: { path: string; line?: number }[];
  problem?: string;
} {
  const dropped: { path: string; line?: number }[] = [];
  let current: Record<string, unknown> = record;
  for (let round = 0; round < 8; round++) {
    const parsed = ReportSchema.safeParse(current);
    if (parsed.success) return { report: parsed.data, dropped };
    const next: Record<string, unknown> = { ...current };
    const removals = new Map<string, Set<number>>();
    for (const { path } of parsed.error.issues) {
      const [key, index] = path;
      if (typeof key !== 'string') continue;
      if (typeof index === 'number' && Array.isArray(current[key])) removals.set(key, (removals.get(key) ?? new Set()).add(index));
      else if (current[key] !== null) next[key] = null;
      dropped.push({ path: path.join('.'), line: lineOnPath(current, path) });
    }
    for (const [key, indexes] of removals) next[key] = (current[key] as unknown[]).filter((_, i) => !indexes.has(i));
    if (JSON.stringify(next) === JSON.stringify(current)) {
      return { report: null, dropped, problem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    }
    current = next;
  }
  return { report: null, dropped, problem: 'too many invalid parts' };
}

/** A warning per damaged line (the first few, then how many more), so the reader can check those places. */
function damageNotes(lines: readonly number[], encoding: string, file: string): Diagnostic[] {
  const SHOWN = 10;
  const notes: Diagnostic[] = lines.slice(0, SHOWN).map((line) => ({
    severity: 'warning',
    code: 'decode/damaged',
    message: `这一行有无法按 ${encoding} 解码的字节, 已替换为 “\ufffd”; 请核对原文这一处`,
    file,
    line,
  }));
  if (lines.length > SHOWN)
    notes.push({
      severity: 'warning',
      code: 'decode/damaged',
      message: `另有 ${lines.length - SHOWN} 行有无法解码的字节; 请核对文件是否完整`,
      file,
    });
  return notes;
}

/** Each stated Fact gets the page (and box) of the original its text stands on. */
function placeFacts(node: unknown, spans: Ingested['spans']): void {
  if (Array.isArray(node)) for (const v of node) placeFacts(v, spans);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.derived === 'boolean' && 'value' in o && typeof o.start === 'number' && typeof o.end === 'number') {
      const at = locate(spans, o.start, o.end);
      o.page = at?.page ?? null;
      o.box = at?.box ?? null;
      return;
    }
    for (const v of Object.values(o)) placeFacts(v, spans);
  }
}

function emptyFields(): Fields {
  return {
    title: null,
    titleSpan: null,
    year: null,
    province: null,
    city: null,
    district: null,
    entity: null,
    name: null,
    kind: null,
    scope: 'unit',
    project: null,
    budget: null,
    spent: null,
    executionRate: null,
    score: null,
    grade: null,
    scoreParts: [],
    deductions: [],
    fundLines: [],
    income: null,
    counts: [],
    ratios: [],
    indicators: [],
    projects: [],
    problems: [],
    measures: [],
    problemSpans: [],
    measureSpans: [],
  };
}

function toDiagnostic(doc: Doc, note: Note, file: string): Diagnostic {
  const line = note.line ?? (note.at !== undefined ? lineAt(doc, note.at) : undefined);
  return { severity: note.severity, code: note.code, message: note.message, file, ...(line ? { line } : {}) };
}

function sectionsOf(doc: Doc): Section[] {
  return walk(doc.sections)
    .filter((node) => node.heading)
    .map((node) => {
      const s = span(doc, node.start, node.end);
      let depth = 1;
      for (let up = node.parent; up; up = up.parent) if (up.heading) depth++;
      return { title: node.title, number: node.marker, level: node.level, depth, start: s.start, end: s.end, line: s.line };
    });
}
