// Two counts of one unit and, before the next count, a percent that is about one over the other:
// "参与调查的群众总人数为83人,…满意的群众人数为74人,群众满意度为89.15%" (74/83 = 89.16%). Recorded
// so that checks.ts can recompute the percent; a percent more than a point away is about something else.
import { allMatches } from '../all-matches.ts';
import { fact, type Doc } from '../document.ts';
import type { Extractor } from '../extractor.ts';
import { NUMBER, parseNumber } from '../numbers.ts';
import type { Ratio } from '../schema.ts';

// Only where each count is, not its groups' spans, is read: a plain global search.
const COUNT = new RegExp(String.raw`(?<n>${NUMBER})(?<u>人次|人|户|件|宗|个|家|单|项|次|起)`, 'g');
const PERCENT = new RegExp(String.raw`(?<p>${NUMBER})%`);
const SENTENCE_END = /[。\n]/g;

export const extractRatios: Extractor = (doc) => ({ fields: { ratios: ratios(doc) }, notes: [] });

function ratios(doc: Doc): Ratio[] {
  const found: Ratio[] = [];
  const counts = allMatches(COUNT, doc.text);
  for (let i = 1; i < counts.length; i++) {
    const a = counts[i - 1]!;
    const b = counts[i]!;
    const bEnd = b.index + b[0].length;
    const sentenceEnd = endOfSentence(doc.text, a.index);
    if (a.groups!.u !== b.groups!.u || bEnd > sentenceEnd) continue;
    // The percent belongs to these counts only until the next count.
    const next = counts[i + 1];
    const until = next && next.index < sentenceEnd ? next.index : sentenceEnd;
    const p = PERCENT.exec(doc.text.slice(bEnd, until));
    if (!p) continue;
    const at = bEnd + p.index;
    const [x, y] = [parseNumber(a.groups!.n!)!, parseNumber(b.groups!.n!)!];
    const ratio = (Math.min(x, y) / Math.max(x, y)) * 100;
    const stated = parseNumber(p.groups!.p!)!;
    if (!Number.isFinite(ratio) || Math.abs(ratio - stated) >= 1) continue;
    const count = (m: typeof a) => fact(doc, m.index, m.index + m[0].length, parseNumber(m.groups!.n!)!, m.groups!.u!, 'ratio/count');
    const [part, whole] = x <= y ? [count(a), count(b)] : [count(b), count(a)];
    found.push({ part, whole, percent: fact(doc, at, at + p[0].length, stated, '%', 'ratio/percent') });
  }
  return found;
}

/** Offset just past the 。 or line break that ends the sentence holding `at`. */
function endOfSentence(text: string, at: number): number {
  SENTENCE_END.lastIndex = at;
  const m = SENTENCE_END.exec(text);
  return m ? m.index + 1 : text.length;
}
