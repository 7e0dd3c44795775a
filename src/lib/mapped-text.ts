// A string that remembers, for every UTF-16 unit, the offset in the source it came from.
// Every normalization step is an edit of a MappedText, so a match in the normalized text
// maps back to the exact source substring: e.g. "４８，８６５．７３ 万元" → "48,865.73万元".

export interface MappedText {
  readonly text: string;
  /** map[i] = source offset of text[i]; map[text.length] = source offset just past the end. */
  readonly map: readonly number[];
}

export function fromSource(source: string): MappedText {
  const map = Array.from({ length: source.length + 1 }, (_, i) => i);
  return { text: source, map };
}

/** Source span [start, end) of the normalized span [start, end). */
export function toSource(mt: MappedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = mt.map[start] ?? mt.map[mt.map.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: mt.map[start] ?? 0, end: (mt.map[end - 1] ?? 0) + 1 };
}

export function slice(mt: MappedText, start: number, end = mt.text.length): MappedText {
  const map = mt.map.slice(start, end);
  map.push(end < mt.text.length ? (mt.map[end] ?? 0) : (mt.map[mt.text.length] ?? 0));
  return { text: mt.text.slice(start, end), map };
}

export function concat(parts: readonly MappedText[], joiner = ''): MappedText {
  let text = '';
  const map: number[] = [];
  parts.forEach((part, i) => {
    const previous = parts[i - 1];
    if (previous && joiner) {
      // A joiner stands where the previous part ended in the source (its end sentinel), so the
      // map never runs backwards, even past an empty part.
      const at = previous.map[previous.text.length]!;
      text += joiner;
      for (let k = 0; k < joiner.length; k++) map.push(at);
    }
    text += part.text;
    for (let k = 0; k < part.text.length; k++) map.push(part.map[k]!);
  });
  const last = parts[parts.length - 1];
  map.push(last ? last.map[last.text.length]! : 0);
  return { text, map };
}

/**
 * Replaces every match of `pattern` (which must be global) by what `replace` returns.
 * A replacement of the same length maps unit to unit; a shorter or longer one maps each
 * new unit into the matched source range, so a deletion simply drops the units.
 */
export function replace(mt: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  let text = '';
  const map: number[] = [];
  let last = 0;
  for (const m of mt.text.matchAll(pattern)) {
    const at = m.index;
    text += mt.text.slice(last, at);
    for (let k = last; k < at; k++) map.push(mt.map[k]!);
    const out = replace(m as RegExpExecArray);
    const len = m[0].length;
    text += out;
    for (let k = 0; k < out.length; k++) map.push(mt.map[at + Math.min(k, Math.max(len - 1, 0))]!);
    last = at + len;
  }
  text += mt.text.slice(last);
  for (let k = last; k <= mt.text.length; k++) map.push(mt.map[k]!);
  return { text, map };
}
