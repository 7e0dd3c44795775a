// scripts/corpus.ts, the generator of benchmark corpora: distinct ids, and each report parses like its template.
import { describe, expect, it } from 'vitest';
import { generateReport, shape, toTemplate, townNames, validate, YEARS, type Template } from '../scripts/corpus.ts';
import { parseReport } from '../src/lib/parse-report.ts';
import { reportId } from '../src/lib/report-id.ts';
import { reportNames, reportText } from './helpers/reports.ts';

const templates: Template[] = reportNames.map((name) => toTemplate(reportText(name), `${name}.txt`));
// Two towns per template, so every template and several districts and years are covered.
const sample = Array.from({ length: templates.length * 2 * YEARS }, (_, i) => i).filter((i) => i % 3 === 0);

describe('generateReport', () => {
  it('gives each report an id no other report has, over a corpus of 40,000', () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => generateReport(templates, i).expectedId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^2015-[a-z]+-[a-z]+-[0-9a-z]{6}$/);
  });

  it('draws town names whose ids differ', () => {
    const ids = townNames().map((n) => reportId({ year: 2020, district: null, name: `${n}镇`, entity: null, file: '' }));
    expect(new Set(ids).size).toBe(townNames().length);
    expect(townNames().length).toBeGreaterThan(1000);
  });

  it.each(sample)('report %i parses to its expected id, with the shape of its template and no error', (i) => {
    const g = generateReport(templates, i);
    expect(validate(g, templates)).toEqual([]);
    const { report } = parseReport(g.text, { file: g.name });
    expect(report!.id).toBe(g.expectedId);
    expect(shape(report!)).toEqual(shape(templates[g.template]!.report));
  });

  it('changes the town, district, year and amounts, and nothing that would change the shape', () => {
    const g = generateReport(templates, 3);
    const template = templates[g.template]!;
    const report = parseReport(g.text, { file: g.name }).report!;
    expect(report.year).toBe(2018);
    expect(report.district).not.toBe(template.report.district);
    expect(report.name).not.toBe(template.report.name);
    expect(g.text).not.toContain(template.town);
    // One factor per file: the budget scales, the execution rate (a ratio) does not.
    expect(report.budget!.value).not.toBe(template.report.budget!.value);
    expect(report.executionRate?.value).toBe(template.report.executionRate?.value);
    expect(report.budget!.text).toMatch(/^\d{1,3}(?:,\d{3})*\.\d{2}\s*万元$/);
  });

  it('is deterministic, so a smaller corpus is a prefix of a larger one', () => {
    expect(generateReport(templates, 17)).toEqual(generateReport(templates, 17));
    expect(generateReport(templates, 17).name).toBe('r00017.txt');
  });
});
