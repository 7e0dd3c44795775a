// The values a variant of a report must give back: those of the original record, money in 万元,
// numbers rounded past conversion noise, lists by their checkable fields, problems and measures counted.
import type { Fact, Report } from '../../src/lib/schema.ts';

const WAN_YUAN_PER: Record<string, number> = { 元: 1e-4, 万元: 1, 亿元: 1e4 };

/** A fact's value; a sum of money in 万元 whatever unit it was written in (an indicator keeps its own unit). */
function valueOfFact(f: Fact | null): number | string | null {
  if (!f) return null;
  if (typeof f.value !== 'number') return f.value;
  return Math.round(f.value * (WAN_YUAN_PER[f.unit] ?? 1) * 1e6) / 1e6;
}

export function expectedValues(report: Report | null) {
  if (!report) return null;
  const r = report;
  return {
    year: r.year,
    entity: r.entity,
    name: r.name,
    kind: r.kind,
    budget: valueOfFact(r.budget),
    spent: valueOfFact(r.spent),
    executionRate: valueOfFact(r.executionRate),
    score: valueOfFact(r.score),
    grade: r.grade && { value: r.grade.value, derived: r.grade.derived },
    indicators: r.indicators.map((i) => ({ name: i.name, target: valueOfFact(i.target), actual: valueOfFact(i.actual), met: i.met })),
    projects: r.projects.map((p) => ({
      name: p.name,
      budget: valueOfFact(p.budget),
      spent: valueOfFact(p.spent),
      rate: valueOfFact(p.rate),
    })),
    fundLines: r.fundLines.map((l) => ({
      label: l.label,
      flow: l.flow,
      budget: valueOfFact(l.budget),
      amount: valueOfFact(l.amount),
      rate: valueOfFact(l.rate),
    })),
    scoreParts: r.scoreParts.map((p) => ({ name: p.name, max: valueOfFact(p.max), score: valueOfFact(p.score) })),
    deductions: r.deductions.map((d) => ({ item: d.item, points: valueOfFact(d.points) })),
    problems: r.problems.length,
    measures: r.measures.length,
  };
}
