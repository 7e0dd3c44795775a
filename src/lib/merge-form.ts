// A report and its self-evaluation form (自评表) are one evaluation: units often publish the report
// (PDF or Word) and the form (a spreadsheet or a second PDF) as two files. The form's figures confirm
// or doubt the report's; where the report states nothing, the form's figure stands, marked with the
// file it came from. Each Fact keeps the file, span and page it came from. Pure.
import type { Check, Diagnostic, Fact, Indicator, Report } from './schema.ts';

/** A record read from a form, not a report: its title names the form, and it has no report prose. */
export const isForm = (r: Report): boolean =>
  !!r.title && /自评表/.test(r.title) && !/报告/.test(r.title) && r.problems.length === 0 && r.measures.length === 0;

const TOTALS = [
  ['budget', '预算数'],
  ['spent', '支出数'],
  ['executionRate', '执行率'],
  ['score', '自评得分'],
] as const;

const fromForm = <T extends Fact | null>(fact: T, file: string): T => (fact ? { ...fact, file } : fact);
const same = (a: Fact, b: Fact) => a.unit === b.unit && Math.abs(a.value - b.value) < 0.005;
const key = (name: string) => name.replace(/[\s、，,（）()]/g, '');

export function mergeForm(report: Report, form: Report): { report: Report; diagnostics: Diagnostic[] } {
  const file = form.file;
  const checks: Check[] = [];
  const merged: Report = { ...report, source: { ...report.source, form: { format: form.source.format, file, pages: form.source.pages } } };
  const doubt = (message: string, expected: number, actual: number) =>
    checks.push({ id: 'checks/form', ok: false, message, expected, actual });
  const confirm = (message: string) => checks.push({ id: 'checks/form', ok: true, message });

  for (const [field, label] of TOTALS) {
    const mine = report[field];
    const theirs = form[field];
    if (!theirs || theirs.derived) continue;
    if (!mine || mine.derived) {
      merged[field] = fromForm(theirs, file);
      confirm(`报告没有写明${label}, 取自评表的 ${theirs.text}`);
    } else if (same(mine, theirs)) confirm(`自评表的${label} ${theirs.text} 与报告一致`);
    else doubt(`自评表的${label} ${theirs.text} 与报告的 ${mine.text} 不一致`, theirs.value, mine.value);
  }

  if (!report.fundLines.length && form.fundLines.length) {
    merged.fundLines = form.fundLines.map((l) => ({
      ...l,
      budget: fromForm(l.budget, file),
      amount: fromForm(l.amount, file),
      rate: fromForm(l.rate, file),
    }));
  }

  const byName = new Map(report.indicators.map((i) => [key(i.name), i]));
  const added: Indicator[] = [];
  for (const theirs of form.indicators) {
    const mine = byName.get(key(theirs.name));
    if (!mine) {
      added.push({
        ...theirs,
        target: fromForm(theirs.target, file),
        actual: fromForm(theirs.actual, file),
        completion: fromForm(theirs.completion, file),
        span: { ...theirs.span, file },
      });
      continue;
    }
    for (const part of ['target', 'actual'] as const) {
      const a = mine[part];
      const b = theirs[part];
      if (a && b && !a.derived && !b.derived && a.unit === b.unit && !same(a, b))
        doubt(`指标“${mine.name}”: 自评表写 ${b.text}, 报告写 ${a.text}`, b.value, a.value);
    }
  }
  // The form's indicators the report does not mention are part of the evaluation too.
  merged.indicators = [...report.indicators, ...added];
  merged.checks = [...report.checks, ...checks];
  const diagnostics: Diagnostic[] = checks
    .filter((c) => !c.ok)
    .map((c) => ({ severity: 'warning', code: c.id, message: c.message, file: report.file }));
  return { report: merged, diagnostics };
}
