// Prints the records of report files as JSON: npm run --silent extract -- FILE...
// One element per file, in order: { file, report, diagnostics, text? } (the contract in README.md).
// Every format the site reads is accepted (text, PDF, Word, spreadsheets, saved web pages); for a
// file that is not plain text, `text` is the text recovered from it, which the Facts' offsets index.
// Diagnostics also go to stderr, one per line, as file:line severity message code.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
import { parseFile } from '../src/lib/parse-report.ts';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run --silent extract -- FILE...');
  process.exit(2);
}
const results = [];
for (const path of files) {
  const file = relative(process.cwd(), path) || path;
  try {
    const { report, diagnostics, text, ingested } = await parseFile(readFileSync(path), { file });
    results.push({ file, report, diagnostics, ...(ingested.format === 'txt' ? {} : { text }) });
  } catch (e) {
    const message = (e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : `无法读取或解析: ${(e as Error).message}`;
    results.push({ file, report: null, diagnostics: [{ severity: 'error' as const, code: 'input/unreadable', message, file }] });
  }
}
for (const r of results) for (const d of r.diagnostics) console.error(formatDiagnostic(d));
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
