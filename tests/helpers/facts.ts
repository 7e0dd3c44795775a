// Walking a record for its facts and spans, and asserting that a value quotes its source.
import { expect } from 'vitest';
import type { Fact } from '../../src/lib/schema.ts';

export interface Located {
  text: string | null;
  start: number | null;
  end: number | null;
}

/** Every object in `x` that has `keys`, with its path; its own fields are not searched further. */
function* objectsWith<T>(x: unknown, keys: readonly string[], path: string): Generator<[string, T]> {
  if (Array.isArray(x)) {
    for (const [i, y] of x.entries()) yield* objectsWith<T>(y, keys, `${path}[${i}]`);
    return;
  }
  if (!x || typeof x !== 'object') return;
  if (keys.every((k) => k in x)) {
    yield [path, x as T];
    return;
  }
  for (const [k, y] of Object.entries(x)) yield* objectsWith<T>(y, keys, `${path}.${k}`);
}

/** Every Fact (value, text, start, end) in a record. */
export const factsIn = (x: unknown): Generator<[string, Fact]> => objectsWith<Fact>(x, ['value', 'text', 'start', 'end'], '$');

/** Every stretch of source (text, start, end): facts and spans alike. */
export const locatedIn = (x: unknown): Generator<[string, Located]> => objectsWith<Located>(x, ['text', 'start', 'end'], '$');

/**
 * Offsets of `text` in `source`: its n-th occurrence, or its place inside the first occurrence of a
 * longer context ("1" in "扣1分").
 */
export function locate(source: string, text: string, where: number | string = 0): { start: number; end: number } {
  if (typeof where === 'string') {
    const context = source.indexOf(where);
    const inner = where.indexOf(text);
    if (context < 0 || inner < 0) throw new Error(`${JSON.stringify(where)} with ${JSON.stringify(text)} is not in the source`);
    return { start: context + inner, end: context + inner + text.length };
  }
  let at = -1;
  for (let i = 0; i <= where; i++) {
    at = source.indexOf(text, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(text)} occurs fewer than ${where + 1} times`);
  }
  return { start: at, end: at + text.length };
}

/** A span quoting exactly `text` where it stands in `source` (see locate). */
export function expectQuotes(s: Located | null | undefined, source: string, text: string, where: number | string = 0): void {
  expect(s, `a span quoting ${text}`).toBeTruthy();
  expect(s!.text).toBe(text);
  expect({ start: s!.start, end: s!.end }).toEqual(locate(source, text, where));
  expect(source.slice(s!.start!, s!.end!)).toBe(text);
}

/** A stated (not derived) value that quotes `text` where it stands in `source`. */
export function expectStated(
  f: (Located & { value: unknown; derived: boolean }) | null | undefined,
  source: string,
  value: unknown,
  text: string,
  where: number | string = 0,
): void {
  expectQuotes(f, source, text, where);
  expect(f!.value).toBe(value);
  expect(f!.derived).toBe(false);
}
