// The offset map end to end: every fact and span of the five records quotes its source exactly, on the line it names.
import { describe, expect, it } from 'vitest';
import { factsIn, locatedIn } from './helpers/facts.ts';
import { record, reportNames, reportText } from './helpers/reports.ts';

const lineOf = (source: string, offset: number) => source.slice(0, offset).split(/\r\n|\r|\n/).length;

/** Whether a fact's text shows its value, possibly in 元 or 亿元 where the value is in 万元. */
function showsValue(text: string, value: number | string): boolean {
  if (typeof value === 'string') return text.includes(value);
  const numbers = (text.replace(/,/g, '').match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
  return numbers.some((n) => [1, 1e-4, 1e4].some((k) => Math.abs(n * k - value) <= 1e-9 * Math.max(1, Math.abs(value))));
}

/** Text as normalize compares it: no spaces, no Markdown bold, ASCII forms of full-width characters. */
const compact = (text: string) => text.normalize('NFKC').replace(/[\s*]/g, '');

describe.each(reportNames)('%s', (name) => {
  const source = reportText(name);
  const r = record(name);

  it('has facts to check', () => {
    expect([...factsIn(r)].length).toBeGreaterThan(3);
  });

  it('every stated fact quotes source.slice(start, end), shows its value, and names its line', () => {
    for (const [path, f] of factsIn(r)) {
      if (f.derived) {
        expect([f.text, f.start, f.end], path).toEqual([null, null, null]);
        continue;
      }
      expect(source.slice(f.start!, f.end!), path).toBe(f.text);
      expect(showsValue(f.text!, f.value), `${path}: ${f.text} shows ${f.value}`).toBe(true);
      expect(f.line, path).toBe(lineOf(source, f.start!));
    }
  });

  it('every span quotes source.slice(start, end)', () => {
    for (const [path, s] of locatedIn(r)) {
      if (s.text === null) continue;
      expect(s.start!, path).toBeLessThanOrEqual(s.end!);
      expect(source.slice(s.start!, s.end!), path).toBe(s.text);
    }
  });

  it('every section starts with its number and title in the source', () => {
    for (const s of r.sections) {
      const head = compact(source.slice(s.start, s.end));
      expect(head.startsWith(compact(s.number + s.title)), `${s.number}${s.title}`).toBe(true);
      expect(s.line).toBe(lineOf(source, s.start));
    }
  });

  it('every check points inside the source', () => {
    for (const c of r.checks) {
      if (c.start == null) continue;
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end!).toBeLessThanOrEqual(source.length);
    }
  });
});
