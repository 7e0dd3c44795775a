// mapped-text.ts: replace, slice and concat keep a map from every unit back to the source, checked on examples and as properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concat, edit, fromSource, replace, slice, toSource, type MappedText } from '../src/lib/mapped-text.ts';
import { quote } from './helpers/reports.ts';

/** The source text behind a normalized span. */
const behind = (source: string, mt: MappedText, start: number, end: number) => {
  const s = toSource(mt, start, end);
  return source.slice(s.start, s.end);
};

describe('examples from the reports', () => {
  const source = quote('001_b6a3c52251988525.txt:45', '支出预算数 48,865.73 万元,');

  it('deleting spaces keeps the source span of the number whole', () => {
    const mt = replace(fromSource(source), / +/g, () => '');
    expect(mt.text).toBe('支出预算数48,865.73万元,');
    const at = mt.text.indexOf('48,865.73万元');
    expect(behind(source, mt, at, at + '48,865.73万元'.length)).toBe('48,865.73 万元');
  });

  it('a same-length replacement maps unit to unit', () => {
    const full = quote('000_6506d5458f2bf397.txt:53', '66,446.66万元，支出数');
    const mt = replace(fromSource(full), /，/g, () => ',');
    expect(mt.text).toBe('66,446.66万元,支出数');
    expect(mt.map).toEqual(fromSource(full).map);
  });

  it('a longer replacement maps every new unit into the matched range', () => {
    const mt = replace(fromSource('扣1分'), /1/g, () => '１.0');
    expect(mt.text).toBe('扣１.0分');
    expect(behind('扣1分', mt, 1, 4)).toBe('1');
  });

  it("slice and concat with a joiner keep the parts' source offsets", () => {
    const text = quote('001_b6a3c52251988525.txt:18', '负责项目和基础\n\n— 2 —\n\n设施建设管理');
    const whole = fromSource(text);
    const a = slice(whole, 0, text.indexOf('\n'));
    const b = slice(whole, text.indexOf('设施'));
    const joined = concat([a, b], '\n');
    expect(joined.text).toBe('负责项目和基础\n设施建设管理');
    const at = joined.text.indexOf('设施');
    expect(behind(text, joined, at, joined.text.length)).toBe('设施建设管理');
    // A span across the joiner covers the footer it replaced.
    expect(behind(text, joined, 0, joined.text.length)).toBe(text);
  });

  it('concat past an empty part never maps backwards nor beyond the source', () => {
    const whole = fromSource('ab');
    const joined = concat([slice(whole, 0, 1), slice(whole, 1, 1), slice(whole, 1, 2)], '\n');
    expect(joined.text).toBe('a\n\nb');
    for (let i = 1; i < joined.map.length; i++) expect(joined.map[i]!).toBeGreaterThanOrEqual(joined.map[i - 1]!);
    expect(toSource(joined, 3, 4)).toEqual({ start: 1, end: 2 });
  });

  it('edit applies a list of edits as replace does: a run of spaces kept as one maps to its first', () => {
    const source = quote('001_b6a3c52251988525.txt:45', '支出预算数 48,865.73 万元,');
    const at = source.indexOf(' 万元');
    const mt = edit(fromSource(`${source.slice(0, at)}  ${source.slice(at)}`), [
      { at: source.indexOf(' 48'), length: 1, by: '' },
      { at, length: 3, by: ' ' },
    ]);
    expect(mt.text).toBe('支出预算数48,865.73 万元,');
    expect(mt.map[mt.text.indexOf(' 万元')]).toBe(at);
    expect(edit(mt, [])).toBe(mt);
  });

  it('an empty span maps to an empty source span at its place', () => {
    const mt = fromSource('自评得分');
    expect(toSource(mt, 2, 2)).toEqual({ start: 2, end: 2 });
    expect(toSource(mt, 4, 4)).toEqual({ start: 4, end: 4 });
  });
});

describe('properties', () => {
  const unit = fc.constantFrom('a', '1', ' ', '，', '１', '\n', '年', '—', '*', '%');
  const text = fc.string({ unit, maxLength: 40 });
  /** A normalization step: a pattern and a replacement that may shrink, keep or grow the match. */
  const step = fc.record({
    pattern: fc.constantFrom(/ +/g, /\*\*/g, /[，１]/g, /\n+/g, /a/g, /1+/g, /^\s+/g),
    out: fc.string({ unit, maxLength: 3 }),
  });
  const steps = fc.array(step, { maxLength: 4 });

  const apply = (source: string, edits: { pattern: RegExp; out: string }[]) =>
    edits.reduce((mt, e) => replace(mt, e.pattern, () => e.out), fromSource(source));

  /** What any MappedText over `source` must satisfy. */
  function expectConsistent(mt: MappedText, source: string): void {
    expect(mt.map).toHaveLength(mt.text.length + 1);
    for (let i = 0; i < mt.map.length; i++) {
      expect(mt.map[i]).toBeGreaterThanOrEqual(0);
      expect(mt.map[i]).toBeLessThanOrEqual(source.length);
      if (i > 0) expect(mt.map[i]).toBeGreaterThanOrEqual(mt.map[i - 1]!);
    }
  }

  it('replace keeps the map as long as the text, in range and in order', () => {
    fc.assert(fc.property(text, steps, (source, edits) => expectConsistent(apply(source, edits), source)));
  });

  it('a deletion keeps every remaining unit mapped to the same character', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(/ +/g, /\*\*/g, /[，１]/g, /\n/g), (source, pattern) => {
        const mt = replace(fromSource(source), pattern, () => '');
        for (let i = 0; i < mt.text.length; i++) expect(source[mt.map[i]!]).toBe(mt.text[i]);
      }),
    );
  });

  it('a span of the result maps to a source span that holds what it was made from', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, x, y) => {
        const mt = replace(fromSource(source), / +/g, () => '');
        const [start, end] = [x % (mt.text.length + 1), y % (mt.text.length + 1)].sort((p, q) => p - q) as [number, number];
        const s = toSource(mt, start, end);
        expect(s.start).toBeLessThanOrEqual(s.end);
        // Only spaces were removed, so the source span less its spaces is the span itself.
        expect(source.slice(s.start, s.end).replace(/ /g, '')).toBe(mt.text.slice(start, end));
      }),
    );
  });

  it('slicing commutes with mapping back', () => {
    fc.assert(
      fc.property(text, steps, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (source, edits, a, b, c, d) => {
        const mt = apply(source, edits);
        const n = mt.text.length + 1;
        const [from, to] = [a % n, b % n].sort((p, q) => p - q) as [number, number];
        const part = slice(mt, from, to);
        expectConsistent(part, source);
        expect(part.text).toBe(mt.text.slice(from, to));
        const m = part.text.length + 1;
        const [i, j] = [c % m, d % m].sort((p, q) => p - q) as [number, number];
        if (j > i) expect(toSource(part, i, j)).toEqual(toSource(mt, from + i, from + j));
      }),
    );
  });

  it("concat of consecutive slices, empty ones too, keeps each part's map", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom('', '\n'), (source, cuts, joiner) => {
        const whole = fromSource(source);
        const bounds = [0, ...cuts.map((c) => c % (source.length + 1)), source.length].sort((p, q) => p - q);
        const parts = bounds.slice(1).map((end, k) => slice(whole, bounds[k]!, end));
        const joined = concat(parts, joiner);
        expect(joined.text).toBe(parts.map((p) => p.text).join(joiner));
        expectConsistent(joined, source);
        let at = 0;
        for (const [k, part] of parts.entries()) {
          if (k > 0) at += joiner.length;
          for (let i = 0; i < part.text.length; i++) expect(joined.map[at + i]).toBe(part.map[i]);
          at += part.text.length;
        }
      }),
    );
  });

  it('edit with the edits of a pattern gives what replace gives', () => {
    fc.assert(
      fc.property(text, step, (source, e) => {
        const mt = fromSource(source);
        const edits = [...source.matchAll(e.pattern)]
          .filter((m) => m[0] !== e.out && m[0].length > 0)
          .map((m) => ({ at: m.index, length: m[0].length, by: e.out }));
        const byPattern = replace(mt, e.pattern, () => e.out);
        const byEdits = edit(mt, edits);
        expect(byEdits.text).toBe(byPattern.text);
        expect([...byEdits.map]).toEqual([...byPattern.map]);
      }),
    );
  });
});
