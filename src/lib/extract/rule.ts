// One rule type and one runner, after chrono's parsers: a rule is a phrasing (a pattern whose
// group `v` is the value) plus how to read it; the runner turns every match into a candidate Fact
// with its source span and what it is about (classify.ts). Choosing among candidates is select().
// Example rule: { id: 'rate/预算执行率', pattern: /预算执行率(?:为)?(?<v>\d+%)/, unit: '%', read: parseNumber }
import { fact, group, matches, type Doc } from '../document.ts';
import type { Candidate } from '../extractor.ts';
import { classify } from './classify.ts';

export interface Rule {
  id: string;
  /** Group `v` holds the value; an optional group `neg` a minus sign before it. */
  pattern: RegExp;
  /** Lower wins when candidates disagree (a money section's sentence before the summary's). */
  rank?: number;
  unit: string;
  read: (text: string) => number | null;
  /** Declines a match that the pattern alone cannot rule out; returns a reason, or null to accept. */
  decline?: (doc: Doc, m: RegExpExecArray & { indices: RegExpIndicesArray }) => string | null;
}

/** Runs the rules in order over the whole text. A value already read by an earlier rule is not read again. */
export function runRules(doc: Doc, rules: readonly Rule[], rankAt?: (at: number) => number | null): Candidate[] {
  const found: Candidate[] = [];
  const seen = new Set<number>();
  for (const rule of rules) {
    for (const m of matches(doc, rule.pattern)) {
      const v = group(m, 'v')!;
      if (seen.has(v.start)) continue;
      const sectionRank = rankAt ? rankAt(m.index) : 0;
      if (sectionRank === null || rule.decline?.(doc, m)) continue;
      seen.add(v.start);
      // A number past 15 significant digits reads as null: refused, and named once by longNumbers().
      const value = rule.read(v.text);
      if (value === null) continue;
      const neg = group(m, 'neg');
      const stated = fact(doc, neg?.start ?? v.start, v.end, neg ? -value : value, rule.unit, rule.id);
      found.push({
        fact: stated,
        rank: (rule.rank ?? 0) + sectionRank,
        at: m.index,
        label: doc.text.slice(m.index, v.start),
        about: classify(doc, m.index, v.start, v.end),
      });
    }
  }
  return found;
}
