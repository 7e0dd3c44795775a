import { describe, expect, it } from 'vitest';
import { zhOrder, zhPlaces } from '../../src/site/zh-order.ts';

describe('zhOrder', () => {
  const names = ['海珠区', '白云区', '从化区', '番禺区', '太和镇', '石井街道', '', 'Panyu'];

  it('orders names by pinyin, as localeCompare with zh-CN does', () => {
    expect([...names].sort(zhOrder)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(['海珠区', '白云区', '从化区'].sort(zhOrder)).toEqual(['白云区', '从化区', '海珠区']);
  });

  it('is not the order of code points', () => {
    // 从 (U+4ECE) comes before 白 (U+767D) by code point, after it by pinyin.
    expect(['从化区', '白云区'].sort()).toEqual(['从化区', '白云区']);
    expect(zhOrder('从化区', '白云区')).toBeGreaterThan(0);
    expect(zhOrder('白云区', '白云区')).toBe(0);
  });
});

describe('zhPlaces', () => {
  it('gives each distinct name its place in zhOrder', () => {
    const places = zhPlaces(['海珠区', '白云区', '海珠区', '从化区']);
    expect([...places]).toEqual([
      ['白云区', 0],
      ['从化区', 1],
      ['海珠区', 2],
    ]);
  });

  it('sorts rows as zhOrder does', () => {
    const names = ['海珠区', '白云区', '从化区', '番禺区', '太和镇', '石井街道', '', 'Panyu', '太和镇'];
    const places = zhPlaces(names);
    expect([...names].sort((a, b) => places.get(a)! - places.get(b)!)).toEqual([...names].sort(zhOrder));
  });

  it('puts names the collator finds equal in one place', () => {
    // é as one code point and as e with a combining accent: two strings, one name to the collator.
    const [composed, decomposed] = ['\u00e9', 'e\u0301'];
    expect(zhOrder(composed, decomposed)).toBe(0);
    const places = zhPlaces([composed, 'f', decomposed, 'd']);
    expect(places.get(composed)).toBe(places.get(decomposed));
    expect([places.get('d'), places.get(composed), places.get('f')]).toEqual([0, 1, 2]);
  });
});
