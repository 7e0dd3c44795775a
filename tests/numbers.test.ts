// numbers.ts: number and amount patterns, amounts converted to 万元, decimals, Chinese counts.
import { describe, expect, it } from 'vitest';
import { AMOUNT, decimals, NUMBER, parseAmount, parseCount, parseNumber, PERCENT, round } from '../src/lib/numbers.ts';

const whole = (pattern: string) => new RegExp(`^${pattern}$`);

describe('patterns', () => {
  it('NUMBER takes thousands separators and decimals whole', () => {
    for (const n of ['66,446.66', '1,797', '11256.48', '0', '0.655', '112848']) expect(n).toMatch(whole(NUMBER));
    expect(new RegExp(NUMBER).exec('受理 480 份工单')?.[0]).toBe('480');
    // "1,23" is not a grouped number: only the 1 is.
    expect(new RegExp(NUMBER).exec('1,23')?.[0]).toBe('1');
  });

  it('AMOUNT needs a money unit, with or without a space before it', () => {
    for (const a of ['66,446.66万元', '48,865.73 万元', '105.17亿元', '12,345元']) expect(a).toMatch(whole(AMOUNT));
    expect('1000 亩').not.toMatch(new RegExp(AMOUNT));
    expect('1,797万').not.toMatch(whole(AMOUNT));
  });

  it('PERCENT takes "99.54%" and "100 %"', () => {
    expect('99.54%').toMatch(whole(PERCENT));
    expect('100 %').toMatch(whole(PERCENT));
    expect('百分之百').not.toMatch(new RegExp(PERCENT));
  });
});

describe('parsers', () => {
  it('parseNumber drops separators', () => {
    expect(parseNumber('48,865.73')).toBe(48865.73);
    expect(parseNumber('约 2500 米')).toBe(2500);
    expect(parseNumber('无')).toBeNull();
  });

  it('parseAmount converts to 万元', () => {
    expect(parseAmount('66,446.66万元')).toBe(66446.66);
    expect(parseAmount('48,865.73 万元')).toBe(48865.73);
    expect(parseAmount('105.17亿元')).toBe(1051700);
    expect(parseAmount('12,345元')).toBe(1.2345);
    expect(parseAmount('1,797')).toBeNull();
  });

  it('decimals counts the digits the report wrote', () => {
    expect(decimals('82.7%')).toBe(1);
    expect(decimals('66,446.66万元')).toBe(2);
    expect(decimals('1,797 万元')).toBe(0);
  });

  it('parseCount reads Chinese numerals and digits', () => {
    expect(parseCount('四')).toBe(4);
    expect(parseCount('两')).toBe(2);
    expect(parseCount('十')).toBe(10);
    expect(parseCount('十二')).toBe(12);
    expect(parseCount('二十')).toBe(20);
    expect(parseCount('一百零五')).toBe(105);
    expect(parseCount('16')).toBe(16);
    expect(parseCount('')).toBeNull();
    expect(parseCount('若干')).toBeNull();
  });

  it('round removes binary noise', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(round(0.1 + 0.2)).toBe(0.3);
    expect(round(74789.68 + 528.09, 2)).toBe(75317.77);
  });
});
