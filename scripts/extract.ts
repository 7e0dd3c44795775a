// Prints the records of report files as JSON: npm run --silent extract -- FILE...
// One element per file, in order: { file, report, diagnostics } (the contract in README.md).
// Diagnostics also go to stderr, one per line, as file:line severity message code.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
import { parseReport } from '../src/lib/parse-report.ts';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run --silent extract -- FILE...');
  process.exit(2);
}
const results = files.map((path) => {
  const file = relative(process.cwd(), path) || path;
  try {
    return { file, ...parseReport(readFileSync(path), { file }) };
  } catch (e) {
    const message = (e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : `无法读取或解析: ${(e as Error).message}`;
    return { file, report: null, diagnostics: [{ severity: 'error' as const, code: 'input/unreadable', message, file }] };
  }
});
for (const r of results) for (const d of r.diagnostics) console.error(formatDiagnostic(d));
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
