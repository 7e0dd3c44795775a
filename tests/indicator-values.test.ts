// indicator-values.ts: comparators as written, lower-is-better indicators, and whether an actual meets its target across units.
import { describe, expect, it } from 'vitest';
import { derived } from '../src/lib/document.ts';
import { comparatorOf, compatible, isLowerBetter, meets, TARGET_VALUE } from '../src/lib/indicator-values.ts';

/** Only value and unit matter for meets. */
const v = (value: number, unit: string) => derived(value, unit, 'test');

describe('TARGET_VALUE', () => {
  it('reads "90%或以上" (003 line 85) and "不低于1家"', () => {
    const m = new RegExp(`^${TARGET_VALUE}$`).exec('90%或以上');
    expect(m?.groups).toMatchObject({ tv: '90', tu: '%', post: '或以上' });
    expect(new RegExp(`^${TARGET_VALUE}$`).exec('不低于1家')?.groups).toMatchObject({ pre: '不低于', tv: '1', tu: '家' });
    expect(new RegExp(`^${TARGET_VALUE}$`).exec('10万人次')?.groups).toMatchObject({ tv: '10', tu: '万人次' });
  });
});

describe('comparatorOf', () => {
  it.each([
    ['≥', undefined, '>='],
    [undefined, '或以上', '>='],
    ['不超过', undefined, '<='],
    [undefined, '以内', '<='],
    ['高于', undefined, '>'],
    ['低于', undefined, '<'],
  ] as const)('%s…%s → %s', (pre, post, comparator) => {
    expect(comparatorOf(pre, post, false)).toBe(comparator);
  });

  it('defaults to >=, or to <= where less is better', () => {
    expect(comparatorOf(undefined, undefined, false)).toBe('>=');
    expect(comparatorOf(undefined, undefined, true)).toBe('<=');
  });
});

describe('isLowerBetter', () => {
  it('knows incidents and complaints from coverage and satisfaction (004, 003)', () => {
    expect(isLowerBetter('重大社会治安事件发生率')).toBe(true);
    expect(isLowerBetter('交通亡人事故')).toBe(true);
    expect(isLowerBetter('群众满意度')).toBe(false);
    expect(isLowerBetter('在册涉毒管控人员帮教服务覆盖率')).toBe(false);
    expect(isLowerBetter('拆除违法建设')).toBe(false);
    expect(isLowerBetter('查处违法违规案件数')).toBe(false);
  });
});

describe('meets', () => {
  it('reconciles 10 万人次 with 112848 次 (004 line 105)', () => {
    expect(meets(v(10, '万人次'), v(112848, '次'), '>=')).toBe(true);
    expect(meets(v(12, '万人次'), v(112848, '次'), '>=')).toBe(false);
  });

  it('judges percents and counts by the comparator', () => {
    expect(meets(v(100, '%'), v(70, '%'), '>=')).toBe(false);
    expect(meets(v(0, '%'), v(0, '%'), '<=')).toBe(true);
    expect(meets(v(4, '次'), v(3, '次'), '>=')).toBe(false);
    expect(meets(v(90, '%'), v(90, '%'), '>')).toBe(false);
  });

  it('cannot compare a percent with a count', () => {
    expect(meets(v(90, '%'), v(422, '单'), '>=')).toBeNull();
    expect(compatible('%', '份')).toBe(false);
    expect(compatible('万人次', '次')).toBe(true);
    expect(compatible('', '家')).toBe(true);
  });
});
