// Diagnostics printed like a compiler's: "content/reports/x.txt:41 warning 预算执行率… checks/rate".
import type { Diagnostic } from './schema.ts';

export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file ?? '<input>', d.line, d.column].filter((x) => x !== undefined).join(':');
  return `${where} ${d.severity} ${d.message} ${d.code}`;
}
