// Which source ranges become <mark id="src-START-END"> in a report's original text. Every stated fact
// gets one (a fact crossing another is widened until the marks nest, so its link still works); a span
// gets one only when it nests cleanly and does not swallow a heading line. Example:
// planMarks([{ start: 5, end: 9 }], [{ start: 0, end: 12 }], []) → span src-0-12 holding fact src-5-9.
import type { Fact, GradeFact, Reading, Report, Span } from '../lib/schema.ts';

export interface Range {
  start: number;
  end: number;
}
export interface Mark extends Range {
  id: string;
  kind: 'fact' | 'span';
}

export function sourceId(range: Range): string {
  return `src-${range.start}-${range.end}`;
}

/** Every figure a report page shows; each must link to its mark. */
export function factsOf(report: Report): (Fact | GradeFact)[] {
  return [
    report.budget,
    report.spent,
    report.executionRate,
    report.score,
    report.grade,
    ...report.scoreParts.flatMap((p) => [p.max, p.score]),
    ...report.deductions.map((d) => d.points),
    ...report.fundLines.flatMap((l) => [l.budget, l.amount, l.rate]),
    ...report.indicators.flatMap((i) => [i.target, i.actual, i.completion]),
    ...report.projects.flatMap((p) => [p.budget, p.spent, p.rate]),
  ].filter((f) => f !== null);
}

/** The competing readings of doubted figures, each linked from its doubt. */
export function readingsOf(report: Report): Reading[] {
  return report.doubts.flatMap((d) => d.readings);
}

/** Spans in the report's own text (not a merged form's), and the words each check used. */
export function spansOf(report: Report): Range[] {
  const own = [
    report.titleSpan,
    ...report.indicators.map((i) => i.span),
    ...report.projects.map((p) => p.span),
    ...report.problemSpans,
    ...report.measureSpans,
  ].filter((s): s is Span => s !== null && !s.file);
  const checks = report.checks
    .map((c) => (c.start != null && c.end != null ? { start: c.start, end: c.end } : null))
    .filter((r) => r !== null);
  return [...own, ...checks];
}

/**
 * The marked range to link for `range`: itself when marked, else the smallest mark it overlaps (a check
 * whose words cross a figure's mark links to that figure), else null.
 */
export function markFor(range: { start?: number | null; end?: number | null }, marks: Set<string>): Range | null {
  if (range.start == null || range.end == null) return null;
  const own = { start: range.start, end: range.end };
  if (marks.has(sourceId(own))) return own;
  let best: Range | null = null;
  for (const id of marks) {
    const [start, end] = id.slice('src-'.length).split('-').map(Number) as [number, number];
    if (overlaps(own, { start, end }) && (!best || end - start < best.end - best.start)) best = { start, end };
  }
  return best;
}

/** The source range a fact quotes in the report's own text, or null for a derived value or one from another file (a merged form). */
export function stated(fact: { start: number | null; end: number | null; file?: string }): Range | null {
  return !fact.file && fact.start !== null && fact.end !== null && fact.start < fact.end ? { start: fact.start, end: fact.end } : null;
}

/** Marks in document order, outer before inner; any two either nest or are disjoint. */
export function planMarks(facts: Range[], spans: Range[], headingLines: Range[]): Mark[] {
  const marks: Mark[] = [];
  const ids = new Set<string>();
  for (const fact of [...facts].sort(byNesting)) {
    const id = sourceId(fact);
    if (ids.has(id)) continue;
    let range: Range = fact;
    for (let c = marks.find((m) => crosses(range, m)); c; c = marks.find((m) => crosses(range, m))) {
      range = { start: Math.min(range.start, c.start), end: Math.max(range.end, c.end) };
    }
    marks.push({ id, start: range.start, end: range.end, kind: 'fact' });
    ids.add(id);
  }
  for (const span of [...spans].sort(byNesting)) {
    const id = sourceId(span);
    const clashes = marks.some((m) => crosses(span, m)) || headingLines.some((h) => overlaps(span, h) && !contains(h, span));
    if (ids.has(id) || span.start >= span.end || clashes) continue;
    marks.push({ id, start: span.start, end: span.end, kind: 'span' });
    ids.add(id);
  }
  return marks.sort((a, b) => byNesting(a, b) || (a.kind === b.kind ? 0 : a.kind === 'span' ? -1 : 1));
}

function byNesting(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const contains = (outer: Range, inner: Range): boolean => outer.start <= inner.start && inner.end <= outer.end;
const crosses = (a: Range, b: Range): boolean => overlaps(a, b) && !contains(a, b) && !contains(b, a);
