// A string that remembers, for every UTF-16 unit, the offset in the source it came from.
// Every normalization step is an edit of a MappedText, so a match in the normalized text
// maps back to the exact source substring: e.g. "４８，８６５．７３ 万元" → "48,865.73万元".
// The map is a typed array that edits share where they can: a slice is a view of its parent's map,
// an edit that changes nothing returns its input, and an edit copies unchanged runs in bulk.

export interface MappedText {
  readonly text: string;
  /** map[i] = source offset of text[i]; map[text.length] = source offset just past the end. */
  readonly map: Int32Array;
}

/** The identity map, shared: no edit writes into a map it did not make, so every source text can use a view of it. */
let identity = new Int32Array(0);
/** Longer texts get a map of their own, so that one large file does not stay in memory. */
const SHARED_UP_TO = 1 << 20;

export function fromSource(source: string): MappedText {
  const length = source.length + 1;
  if (length > SHARED_UP_TO) return { text: source, map: Int32Array.from({ length }, (_, i) => i) };
  if (identity.length < length) {
    identity = new Int32Array(Math.min(SHARED_UP_TO, Math.max(length, identity.length * 2, 1 << 16)));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return { text: source, map: identity.subarray(0, length) };
}

/** Source span [start, end) of the normalized span [start, end). */
export function toSource(mt: MappedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = mt.map[start] ?? mt.map[mt.map.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: mt.map[start] ?? 0, end: (mt.map[end - 1] ?? 0) + 1 };
}

/** [start, end) of `mt`; its map is a view of mt's (map[end] is the end sentinel either way), not a copy. */
export function slice(mt: MappedText, start: number, end = mt.text.length): MappedText {
  if (start === 0 && end === mt.text.length) return mt;
  return { text: mt.text.slice(start, end), map: mt.map.subarray(start, end + 1) };
}

export function concat(parts: readonly MappedText[], joiner = ''): MappedText {
  return join(
    parts.map((part) => [part]),
    joiner,
  );
}

/** The parts of each group run together, the groups joined by `joiner`: paragraphs of lines, in one copy. */
export function join(groups: readonly (readonly MappedText[])[], joiner: string): MappedText {
  const text = groups.map((parts) => (parts.length === 1 ? parts[0]!.text : parts.map((p) => p.text).join(''))).join(joiner);
  const map = new Int32Array(text.length + 1);
  let at = 0;
  // Where the part before ended in the source (its end sentinel): a joiner stands there, so the map never runs backwards.
  let end = 0;
  groups.forEach((parts, g) => {
    if (g > 0 && joiner) {
      map.fill(end, at, at + joiner.length);
      at += joiner.length;
    }
    for (const part of parts) {
      map.set(part.map.subarray(0, part.text.length), at);
      at += part.text.length;
      end = part.map[part.text.length]!;
    }
  });
  map[at] = end;
  return { text, map };
}

/**
 * Replaces every match of `pattern` (which must be global) by what `replace` returns.
 * A replacement of the same length maps unit to unit; a shorter or longer one maps each
 * new unit into the matched source range, so a deletion simply drops the units.
 */
export function replace(mt: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  const edits: Edit[] = [];
  // exec rather than matchAll, which clones the pattern on every call: most calls match nothing.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(mt.text); m; m = pattern.exec(mt.text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    const out = replace(m);
    if (out !== m[0]) edits.push({ at: m.index, length: m[0].length, by: out });
  }
  pattern.lastIndex = 0;
  return edit(mt, edits);
}

/** Units [at, at + length) of a text to be replaced by `by`. */
export interface Edit {
  at: number;
  length: number;
  by: string;
}

/** Applies edits that are in order and do not overlap, with the mapping of replace(). */
export function edit(mt: MappedText, edits: readonly Edit[]): MappedText {
  if (!edits.length) return mt;
  const pieces: string[] = [];
  let last = 0;
  let resized = false;
  for (const e of edits) {
    pieces.push(mt.text.slice(last, e.at), e.by);
    resized ||= e.by.length !== e.length;
    last = e.at + e.length;
  }
  pieces.push(mt.text.slice(last));
  const text = pieces.join('');
  // Same-length replacements map unit to unit: the map stays as it is.
  if (!resized) return { text, map: mt.map };
  const map = new Int32Array(text.length + 1);
  let from = 0;
  let pos = 0;
  for (const { at, length, by } of edits) {
    map.set(mt.map.subarray(from, at), pos);
    pos += at - from;
    for (let k = 0; k < by.length; k++) map[pos + k] = mt.map[at + Math.min(k, Math.max(length - 1, 0))]!;
    pos += by.length;
    from = at + length;
  }
  map.set(mt.map.subarray(from, mt.text.length + 1), pos);
  return { text, map };
}
