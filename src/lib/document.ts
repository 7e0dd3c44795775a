// A report prepared for the extractors: source, normalized text with its offset map, the heading
// tree, and helpers that turn a match in the normalized text into a Fact quoting the source.
import { toSource } from './mapped-text.ts';
import { normalize, sourcePosition, type NormalizedText } from './normalize.ts';
import { buildSections, pathAt, type NumberingProblem, type SectionNode } from './sections.ts';
import type { Fact, Span } from './schema.ts';
import { findTables, type Table } from './tables.ts';
import { allMatches } from './all-matches.ts';

export interface Doc {
  readonly source: string;
  /** The normalized text; every extractor pattern is written against it. */
  readonly text: string;
  readonly norm: NormalizedText;
  readonly sections: readonly SectionNode[];
  readonly numberingProblems: readonly NumberingProblem[];
  readonly tables: readonly Table[];
  /** What is worked out once per document and asked for again (see perDoc), keyed by what works it out. */
  readonly memos: Map<unknown, unknown>;
}

export function makeDoc(source: string): Doc {
  const norm = normalize(source);
  const { roots, problems } = buildSections(norm.text);
  return {
    source,
    text: norm.text,
    norm,
    sections: roots,
    numberingProblems: problems,
    tables: findTables(norm.text),
    memos: new Map(),
  };
}

/**
 * `compute`, worked out once per document. The result is kept on the document, not in a WeakMap
 * keyed by it: V8's young-generation collector keeps a WeakMap's values alive (and the report texts
 * their slices hold), so every parse's memos were copied and promoted until the next full collection,
 * and each minor collection took about ten times as long.
 */
export function perDoc<T>(compute: (doc: Doc) => T): (doc: Doc) => T {
  return (doc) => {
    if (doc.memos.has(compute)) return doc.memos.get(compute) as T;
    const value = compute(doc);
    doc.memos.set(compute, value);
    return value;
  };
}

const digitsOf = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

/**
 * A value found at [start, end) of the normalized text. Where normalization removed digits inside
 * the span (a page number between "0" and "%"), the quote shrinks to the number alone, so that it
 * still shows the value.
 */
export function fact(doc: Doc, start: number, end: number, value: number, unit: string, rule: string): Fact {
  let quoted = span(doc, start, end);
  const normalized = doc.text.slice(start, end);
  if (quoted.text !== normalized && digitsOf(quoted.text) !== digitsOf(normalized)) {
    const number = /\d(?:[\d,.]*\d)?/.exec(normalized);
    if (number) quoted = span(doc, start + number.index, start + number.index + number[0].length);
  }
  return { ...quoted, value, unit, derived: false, rule };
}

export function derived(value: number, unit: string, rule: string): Fact {
  return { value, unit, text: null, start: null, end: null, line: null, derived: true, rule };
}

/** The source text behind [start, end) of the normalized text, with its source offsets and line. */
export function span(doc: Doc, start: number, end: number): Span & { line: number } {
  const src = toSource(doc.norm, start, end);
  return { text: doc.source.slice(src.start, src.end), start: src.start, end: src.end, line: lineOf(doc, src.start) };
}

/**
 * The normalized text of [start, end) for reading: spaces, breaks and footers stay removed, but
 * full-width punctuation comes back as the source wrote it ("，" rather than ",").
 */
export function displayText(doc: Doc, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const ch = doc.text[i]!;
    const original = doc.source[doc.norm.map[i]!] ?? ch;
    out += original !== ch && original.normalize('NFKC') === ch ? original : ch;
  }
  return out;
}

export function lineOf(doc: Doc, sourceOffset: number): number {
  return sourcePosition(doc.norm.lineStarts, sourceOffset).line;
}

/** 1-based source line of a normalized offset. */
export function lineAt(doc: Doc, offset: number): number {
  return lineOf(doc, toSource(doc.norm, offset, offset + 1).start);
}

/** Section titles from the root down to the node holding `offset`. */
export function titlesAt(doc: Doc, offset: number): string[] {
  return pathAt(doc.sections, offset).map((node) => node.title);
}

/**
 * Context is read within this many characters of a value: a paragraph longer than that is a report
 * flattened onto one line, and reading all of it for every value would grow with its square.
 */
export const CONTEXT_WINDOW = 2000;

export interface Stretch {
  start: number;
  end: number;
  text: string;
}

// Rules ask for the context of the same offsets again and again (a rule's decline, the classification):
// each stretch is found once per offset.
const paragraphs = perDoc(() => new Map<number, Stretch>());
const sentences = perDoc(() => new Map<number, Stretch>());
const clauses = perDoc(() => new Map<number, Stretch>());

function cached(store: (doc: Doc) => Map<number, Stretch>, doc: Doc, offset: number, find: (doc: Doc, offset: number) => Stretch): Stretch {
  const byOffset = store(doc);
  let found = byOffset.get(offset);
  if (!found) byOffset.set(offset, (found = find(doc, offset)));
  return found;
}

/** The paragraph (normalized line) around `offset`, at most CONTEXT_WINDOW characters either side. */
export function paragraphAt(doc: Doc, offset: number): Stretch {
  return cached(paragraphs, doc, offset, findParagraph);
}

function findParagraph(doc: Doc, offset: number): Stretch {
  const from = Math.max(0, offset - CONTEXT_WINDOW);
  const back = doc.text.slice(from, offset).lastIndexOf('\n');
  const start = back < 0 ? from : from + back + 1;
  const ahead = doc.text.slice(offset, offset + CONTEXT_WINDOW).indexOf('\n');
  const end = ahead < 0 ? Math.min(doc.text.length, offset + CONTEXT_WINDOW) : offset + ahead;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The sentence around `offset`: from after the last 。!? to the next one (inclusive). */
export function sentenceAt(doc: Doc, offset: number): Stretch {
  return cached(sentences, doc, offset, findSentence);
}

function findSentence(doc: Doc, offset: number): Stretch {
  const para = paragraphAt(doc, offset);
  const before = para.text.slice(0, offset - para.start);
  const from = Math.max(before.lastIndexOf('。'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1;
  const rest = para.text.slice(offset - para.start);
  const stop = rest.search(/[。!?]/);
  const end = stop < 0 ? para.end : offset + stop + 1;
  return { start: para.start + from, end, text: doc.text.slice(para.start + from, end) };
}

/** The clause around `offset`: bounded by ; , 。 (a comma inside a number does not count). */
export function clauseAt(doc: Doc, offset: number): Stretch {
  return cached(clauses, doc, offset, findClause);
}

function findClause(doc: Doc, offset: number): Stretch {
  const sentence = sentenceAt(doc, offset);
  const bounds = allMatches(CLAUSE_BREAK, sentence.text).map((m) => sentence.start + m.index);
  const from = Math.max(sentence.start, ...bounds.filter((b) => b < offset).map((b) => b + 1));
  const to = Math.min(sentence.end, ...bounds.filter((b) => b >= offset));
  return { start: from, end: to, text: doc.text.slice(from, to) };
}

export const CLAUSE_BREAK = /[;:。](?!$)|,(?!\d{3}(?!\d))/g;

/** Each pattern compiled once with the flags the runner needs. */
const compiled = new WeakMap<RegExp, RegExp>();
const compiledPlain = new WeakMap<RegExp, RegExp>();

function globalWithIndices(pattern: RegExp): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, [...new Set([...pattern.flags, 'g', 'd'])].join(''));
    compiled.set(pattern, re);
  }
  return re;
}

/** Without the group spans, for a search that needs only where a match is: a match with spans costs about twice as much. */
function globalOnly(pattern: RegExp): RegExp {
  let re = compiledPlain.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, [...new Set([...pattern.flags.replace('d', ''), 'g'])].join(''));
    compiledPlain.set(pattern, re);
  }
  return re;
}

export type Match = RegExpExecArray & { indices: RegExpIndicesArray };

/** All matches of `pattern` (global, with the `d` flag for group spans) in [from, to). */
export function matches(doc: Doc, pattern: RegExp, from = 0, to = doc.text.length): Generator<Match> {
  return execAll(globalWithIndices(pattern), to === doc.text.length ? doc.text : doc.text.slice(0, to), from);
}

/**
 * The matches of a pattern that never crosses a line (nor any of the `stops`, for a pattern that
 * excludes them too; a line break always stops), searched only in the stretches holding a match of `needs` (a literal-led
 * pattern V8 scans for quickly). Each stretch is searched on its own, and the match's offsets moved
 * back to the whole text.
 */
export function matchesNear(doc: Doc, pattern: RegExp, needs: RegExp, stops = '\n'): Generator<Match> {
  return matchesWithin(doc, pattern, stretchesWith(doc, needs, stops));
}

/**
 * The matches of `pattern` in each of `ranges` (in order, not overlapping), each range searched on its
 * own and the offsets moved back to the whole text; the text between them is not searched. The same
 * as a search of the whole text only for a pattern that never runs across a range's edge.
 */
export function* matchesWithin(doc: Doc, pattern: RegExp, ranges: readonly (readonly [number, number])[]): Generator<Match> {
  const re = globalWithIndices(pattern);
  for (const [start, end] of ranges) {
    for (const m of execAll(re, doc.text.slice(start, end), 0)) yield shifted(m, start);
  }
}

/** Every match of a global pattern in `text` from `from`. The compiled pattern is shared: each step sets its own position, so nested loops do not interfere. */
function* execAll(re: RegExp, text: string, from: number): Generator<Match> {
  for (let at = from; at <= text.length; ) {
    re.lastIndex = at;
    const m = re.exec(text) as Match | null;
    if (!m) return;
    at = re.lastIndex + (m[0].length === 0 ? 1 : 0);
    yield m;
  }
}

/** Moves a match's offsets by `by`; a named group's span is the same array as its numbered one. */
function shifted(m: Match, by: number): Match {
  m.index += by;
  for (const pair of m.indices) if (pair) (pair[0] += by), (pair[1] += by);
  return m;
}

const stretchCache = perDoc(() => new Map<RegExp, Map<string, [number, number][]>>());

/**
 * [start, end) of the stretch around `at` between two `stops` (a line break always stops): its line,
 * cut at the nearest other stops. Looked up for each match of `needs` alone, since matches are few
 * and the stops (every 。 of the report) many.
 */
function stretchAround(text: string, at: number, stops: string): [number, number] {
  let start = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  if (stops.length > 1) {
    // Within the line only, so that a stop missing from it does not send the search through the whole text.
    const line = text.slice(start, end);
    const from = at - start;
    let lineStart = 0;
    let lineEnd = line.length;
    for (const stop of stops) {
      if (stop === '\n') continue;
      if (from > 0) lineStart = Math.max(lineStart, line.lastIndexOf(stop, from - 1) + 1);
      const after = line.indexOf(stop, from);
      if (after >= 0) lineEnd = Math.min(lineEnd, after);
    }
    end = start + lineEnd;
    start += lineStart;
  }
  return [start, end];
}

/** [start, end) of each stretch of the text between two `stops` that holds a match of `needs`, in order. */
function stretchesWith(doc: Doc, needs: RegExp, stops: string): [number, number][] {
  const byNeeds = stretchCache(doc);
  let byStops = byNeeds.get(needs);
  if (!byStops) byNeeds.set(needs, (byStops = new Map()));
  let found = byStops.get(stops);
  if (found) return found;
  found = [];
  const re = globalOnly(needs);
  const { text } = doc;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const stretch = stretchAround(text, m.index, stops);
    found.push(stretch);
    re.lastIndex = stretch[1];
  }
  byStops.set(stops, found);
  return found;
}

/** Span [start, end) of a named group, or null when it did not take part. */
export function group(m: Match, name: string): { start: number; end: number; text: string } | null {
  const at = m.indices.groups?.[name];
  const text = m.groups?.[name];
  return at && text !== undefined ? { start: at[0], end: at[1], text } : null;
}
