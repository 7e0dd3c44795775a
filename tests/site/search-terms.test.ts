import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/site/search-terms.ts';
import { record, reportNames } from '../helpers/reports.ts';

describe('searchTerms', () => {
  it('gives the pinyin of unit and district, without and with the kind suffix, and by syllable', () => {
    const words = searchTerms({ name: '太和镇', entity: null, district: '白云区' }).split(' ');
    expect(words).toEqual(expect.arrayContaining(['taihe', 'taihezhen', 'tai', 'he', 'baiyun', 'baiyunqu']));
  });

  it('contains the unit part of each shipped report id, so a reader typing the URL word finds it', () => {
    for (const r of reportNames.map(record)) {
      // The id ends in the unit's hash; the word before it is the unit in pinyin.
      const unitSlug = r.id.split('-').at(-2)!;
      expect(searchTerms(r).split(' ')).toContain(unitSlug);
    }
  });

  it('is empty for a report with no place names, and ignores names without Chinese', () => {
    expect(searchTerms({ name: null, entity: null, district: null })).toBe('');
    expect(searchTerms({ name: 'Unit 7', entity: null, district: null })).toBe('');
  });
});
