// The shipped reports as test fixtures: names, bytes, decoded text, parsed records, and quoted excerpts
// that are checked against the file they cite.
import { readdirSync, readFileSync } from 'node:fs';
import { decode } from '../../src/lib/decode.ts';
import { parseReport, type ParseResult } from '../../src/lib/parse-report.ts';
import type { Report } from '../../src/lib/schema.ts';

const DIR = new URL('../../content/reports/', import.meta.url);

/** File names without ".txt", e.g. "000_6506d5458f2bf397". */
export const reportNames: readonly string[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

/** The path a record names, as the CLI and the loader pass it. */
export const reportFile = (name: string): string => `content/reports/${name}.txt`;

export function reportBytes(name: string): Uint8Array {
  return readFileSync(new URL(`${name}.txt`, DIR));
}

const texts = new Map<string, string>();
export function reportText(name: string): string {
  if (!texts.has(name)) texts.set(name, decode(reportBytes(name)).text);
  return texts.get(name)!;
}

const results = new Map<string, ParseResult>();
/** parseReport on the file's bytes, once per test file. */
export function parsed(name: string): ParseResult {
  if (!results.has(name)) results.set(name, parseReport(reportBytes(name), { file: reportFile(name) }));
  return results.get(name)!;
}

export function record(name: string): Report {
  const { report, diagnostics } = parsed(name);
  if (!report) throw new Error(`${name} gave no record: ${JSON.stringify(diagnostics)}`);
  return report;
}

/**
 * Text quoted from a report, cited as "000_6506d5458f2bf397.txt:53": it must occur in that file
 * starting on that line, so a fixture can never drift from the report it claims to come from.
 */
export function quote(citation: string, text: string): string {
  const m = /^(?<name>.+)\.txt:(?<line>\d+)$/.exec(citation);
  if (!m) throw new Error(`cite as NAME.txt:LINE, not ${citation}`);
  const source = reportText(m.groups!.name!);
  const lines = source.split('\n');
  const line = Number(m.groups!.line);
  const from = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  const to = from + (lines[line - 1] ?? '').length;
  const at = source.indexOf(text, from);
  if (at < 0 || at > to) throw new Error(`${citation} does not hold ${JSON.stringify(text.slice(0, 40))}`);
  return text;
}
