import { describe, expect, it } from 'vitest';
import { zhOrder } from '../../src/site/zh-order.ts';

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
