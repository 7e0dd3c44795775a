import { describe, expect, it } from 'vitest';
import { factsOf, planMarks, sourceId, spansOf, stated, type Mark, type Range } from '../../src/site/source-marks.ts';
import { shippedReports } from './shipped-reports.ts';

const r = (start: number, end: number): Range => ({ start, end });
const ranges = (marks: Mark[]) => marks.map(({ id, start, end, kind }) => ({ id, start, end, kind }));

/** Any two marks nest or are disjoint, so they can become nested elements. */
function laminar(marks: Mark[]): boolean {
  return marks.every((a) =>
    marks.every(
      (b) => a.end <= b.start || b.end <= a.start || (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end),
    ),
  );
}

describe('planMarks', () => {
  it('nests a fact inside the span around it, outer first', () => {
    expect(ranges(planMarks([r(5, 9)], [r(0, 12)], []))).toEqual([
      { id: 'src-0-12', start: 0, end: 12, kind: 'span' },
      { id: 'src-5-9', start: 5, end: 9, kind: 'fact' },
    ]);
  });

  it('keeps one mark for facts quoting the same text', () => {
    expect(planMarks([r(5, 9), r(5, 9)], [], [])).toHaveLength(1);
  });

  it('widens a fact that crosses another until they nest, keeping its own id', () => {
    const marks = planMarks([r(0, 10), r(5, 15)], [], []);
    expect(ranges(marks)).toEqual([
      { id: 'src-5-15', start: 0, end: 15, kind: 'fact' },
      { id: 'src-0-10', start: 0, end: 10, kind: 'fact' },
    ]);
    expect(laminar(marks)).toBe(true);
  });

  it('skips a span that crosses a fact, or runs over a heading line, but keeps one inside a heading', () => {
    const heading = r(20, 30);
    expect(planMarks([r(5, 9)], [r(7, 12), r(15, 25), r(21, 29)], [heading]).map((m) => m.id)).toEqual(['src-5-9', 'src-21-29']);
  });

  it('marks every stated fact of the shipped reports, and the marks nest', () => {
    for (const { report } of shippedReports()) {
      const facts = factsOf(report)
        .map(stated)
        .filter((x) => x !== null);
      const marks = planMarks(facts, spansOf(report), []);
      expect(laminar(marks)).toBe(true);
      const ids = new Set(marks.map((m) => m.id));
      for (const fact of facts) expect(ids.has(sourceId(fact)), `${report.id} ${sourceId(fact)}`).toBe(true);
    }
  });
});

describe('stated', () => {
  it('gives no range for a derived value', () => {
    expect(stated({ start: null, end: null })).toBeNull();
    expect(stated({ start: 3, end: 8 })).toEqual({ start: 3, end: 8 });
  });
});
