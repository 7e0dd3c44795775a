// all-matches.ts: every match of a global pattern, as String.prototype.matchAll finds them, without its clone of the pattern.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../src/lib/all-matches.ts';
import { quote } from './helpers/reports.ts';

const SENTENCE = quote('000_6506d5458f2bf397.txt:53', '2022年我镇全年预算数66,446.66万元，支出数66,138.47万元，预算执行率达99.54%');
const AMOUNT = /(?<n>\d[\d,]*(?:\.\d+)?)万元/g;

describe('allMatches', () => {
  it('finds every amount of a report sentence, in order, with its groups and offsets', () => {
    const found = allMatches(AMOUNT, SENTENCE);
    expect(found.map((m) => m.groups!.n)).toEqual(['66,446.66', '66,138.47']);
    expect(found.map((m) => SENTENCE.slice(m.index, m.index + m[0].length))).toEqual(['66,446.66万元', '66,138.47万元']);
  });

  it('finds nothing in text without a match, and leaves the pattern ready for the next call', () => {
    expect(allMatches(AMOUNT, '预算执行率达99.54%')).toEqual([]);
    // Left past the first amount, a pattern that kept its place would find only the second.
    AMOUNT.lastIndex = SENTENCE.indexOf('支出');
    expect(allMatches(AMOUNT, SENTENCE)).toHaveLength(2);
    expect(AMOUNT.lastIndex).toBe(0);
  });

  it('can be called again while the matches of an earlier call are read', () => {
    const outer = allMatches(AMOUNT, SENTENCE).map((m) => allMatches(AMOUNT, SENTENCE.slice(m.index)).length);
    expect(outer).toEqual([2, 1]);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/万元/, SENTENCE)).toThrow(TypeError);
  });

  it('gives what matchAll gives, empty matches included', () => {
    const patterns = [/万元/g, /\d+/g, /(?:)/g, /,?/g, /[，,]\d*/g, /(?<y>(?:19|20)\d{2})年/g];
    const unit = fc.constantFrom('2', '0', '2', '年', ',', '，', '万元', '预算', ' ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.constantFrom(...patterns), (text, re) => {
        const expected = [...text.matchAll(re)].map((m) => [m.index, m[0], m.groups?.y]);
        expect(allMatches(re, text).map((m) => [m.index, m[0], m.groups?.y])).toEqual(expected);
      }),
    );
  });
});
