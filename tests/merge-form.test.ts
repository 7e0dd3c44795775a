// A report and its self-evaluation form, published as two files, make one record.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isForm, mergeForm } from '../src/lib/merge-form.ts';
import { parseFile } from '../src/lib/parse-report.ts';
import type { Report } from '../src/lib/schema.ts';
import { record } from './helpers/reports.ts';

const published = (f: string) => new Uint8Array(readFileSync(new URL(`fixtures/published/${f}`, import.meta.url)));
let form: Report;
beforeAll(async () => {
  form = (await parseFile(published('form-004.xlsx'), { file: 'content/reports/form-004.xlsx' })).report!;
});

describe('mergeForm', () => {
  it('knows a form from a report', () => {
    expect(isForm(form)).toBe(true);
    expect(isForm(record('004_a0655f5b282921e2'))).toBe(false);
  });

  it("confirms the figures the form and the report agree on, and keeps the report's", () => {
    const report = record('004_a0655f5b282921e2');
    const { report: merged, diagnostics } = mergeForm(report, form);
    expect(merged.id).toBe(report.id);
    expect(merged.budget).toEqual(report.budget);
    expect(merged.source.form).toEqual({ format: 'xlsx', file: 'content/reports/form-004.xlsx', pages: null });
    const formChecks = merged.checks.filter((c) => c.id === 'checks/form');
    expect(formChecks.filter((c) => c.ok).map((c) => c.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('预算数 82,912.04 与报告一致')]),
    );
    expect(formChecks.every((c) => c.ok)).toBe(true);
    expect(diagnostics).toEqual([]);
    // Every indicator of the form is in the report already (same names).
    expect(merged.indicators).toHaveLength(report.indicators.length);
  });

  it('doubts a figure the form states otherwise, and fills one the report leaves out, marked with its file', () => {
    const report = record('004_a0655f5b282921e2');
    const changed: Report = { ...report, spent: { ...report.spent!, value: 75000 }, executionRate: null };
    const { report: merged, diagnostics } = mergeForm(changed, form);
    expect(merged.spent!.value).toBe(75000);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'checks/form', message: expect.stringContaining('75,317.78') }),
    ]);
    expect(merged.executionRate).toMatchObject({ value: 90.8, file: 'content/reports/form-004.xlsx', text: '90.8%' });
  });

  it("takes the form's indicators a report does not list, each with its file", () => {
    const report = { ...record('004_a0655f5b282921e2'), indicators: [] };
    const { report: merged } = mergeForm(report, form);
    expect(merged.indicators).toHaveLength(10);
    for (const i of merged.indicators) {
      expect(i.span.file).toBe('content/reports/form-004.xlsx');
      expect(i.actual?.file).toBe('content/reports/form-004.xlsx');
    }
  });
});
