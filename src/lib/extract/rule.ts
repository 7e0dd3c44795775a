// One rule type and one runner, after chrono's parsers: a rule is a phrasing (a pattern) plus what
// its match states; the runner turns every match into a found value with its position and rank.
// Choosing among candidates is select(); a list field keeps the distinct ones (distinct()).
// A ValueRule is the common case of a single number: { id: 'rate/预算执行率',
// pattern: /预算执行率(?:为)?(?<v>\d+%)/, unit: '%', read: parseNumber }.
import { fact, group, matches, matchesNear, matchesWithin, type Doc, type Match } from '../document.ts';
import type { Candidate } from '../extractor.ts';
import { classify } from './classify.ts';

export interface Rule<T> {
  id: string;
  pattern: RegExp;
  /**
   * Words of which every match holds one, for a pattern that never spans a line: only lines holding
   * one are searched. Without it a name read lazily before a keyword is tried from every position.
   */
  needs?: RegExp;
  /** Characters besides a line break that no match crosses, to search smaller stretches around `needs`. */
  stops?: string;
  /**
   * The only ranges of the text a match may stand in, for a rule that would decline the rest (fund
   * lines: the money sections): only they are searched, each on its own. For a pattern that never
   * runs across a range's edge.
   */
  within?: (doc: Doc) => readonly (readonly [number, number])[];
  /** Lower wins when candidates disagree (a money section's sentence before the summary's). */
  rank?: number;
  /** The group whose words a later match may not read again (the value, for a number), or the whole match (true). */
  key?: string | true;
  /** Declines a match that the pattern alone cannot rule out; returns a reason, or null to accept. */
  decline?: (doc: Doc, m: Match) => string | null;
  /** What the match states; null when it states nothing after all (a number that cannot be held). */
  build: (doc: Doc, m: Match, rule: Rule<T>) => T | null;
}

/** A single number: group `v` holds it, an optional group `neg` a minus sign before it. */
export interface ValueRule extends Omit<Rule<Candidate>, 'build' | 'key'> {
  unit: string;
  read: (text: string) => number | null;
}

export interface Found<T> {
  value: T;
  rank: number;
  /** Offset of the match in the normalized text, and its end. */
  at: number;
  end: number;
  rule: string;
}

/**
 * Runs the rules in order over the text. A match whose `key` group overlaps words an earlier match
 * read is skipped; `rankAt` adds a rank by position (null: not there at all).
 */
export function run<T>(doc: Doc, rules: readonly Rule<T>[], rankAt?: (at: number) => number | null): Found<T>[] {
  const found: Found<T>[] = [];
  const taken: [number, number][] = [];
  for (const rule of rules) {
    const hits = rule.within
      ? matchesWithin(doc, rule.pattern, rule.within(doc))
      : rule.needs
        ? matchesNear(doc, rule.pattern, rule.needs, `\n${rule.stops ?? ''}`)
        : matches(doc, rule.pattern);
    for (const m of hits) {
      const key = rule.key === true ? { start: m.index, end: m.index + m[0].length } : rule.key ? group(m, rule.key) : null;
      if (key && taken.some(([s, e]) => key.start < e && s < key.end)) continue;
      const sectionRank = rankAt ? rankAt(m.index) : 0;
      if (sectionRank === null || rule.decline?.(doc, m)) continue;
      if (key) taken.push([key.start, key.end]);
      const value = rule.build(doc, m, rule);
      if (value === null) continue;
      found.push({ value, rank: (rule.rank ?? 0) + sectionRank, at: m.index, end: m.index + m[0].length, rule: rule.id });
    }
  }
  return found;
}

/** The candidate a single-number rule's match states, classified (classify.ts). */
export function valueRule(rule: ValueRule): Rule<Candidate> {
  return {
    ...rule,
    key: 'v',
    build: (doc, m) => {
      const v = group(m, 'v')!;
      // A number past 15 significant digits reads as null: refused, and named once by longNumbers().
      const value = rule.read(v.text);
      if (value === null) return null;
      const neg = group(m, 'neg');
      return {
        fact: fact(doc, neg?.start ?? v.start, v.end, neg ? -value : value, rule.unit, rule.id),
        rank: rule.rank ?? 0,
        at: m.index,
        label: doc.text.slice(m.index, v.start),
        about: classify(doc, m.index, v.start, v.end),
      };
    },
  };
}

const asRules = new WeakMap<readonly ValueRule[], Rule<Candidate>[]>();

/** Candidates of single-number rules, ranked by rule and position. */
export function runRules(doc: Doc, rules: readonly ValueRule[], rankAt?: (at: number) => number | null): Candidate[] {
  let general = asRules.get(rules);
  if (!general) asRules.set(rules, (general = rules.map(valueRule)));
  return run(doc, general, rankAt).map((f) => ({ ...f.value, rank: f.rank }));
}

/** Of list items found by several rules, the first of those sharing a name or overlapping words. */
export function distinct<T>(found: readonly T[], name: (t: T) => string, span: (t: T) => [number, number]): T[] {
  const kept: T[] = [];
  for (const item of found) {
    const [start, end] = span(item);
    if (kept.some((k) => name(k) === name(item) || (span(k)[0] < end && start < span(k)[1]))) continue;
    kept.push(item);
  }
  return kept;
}
