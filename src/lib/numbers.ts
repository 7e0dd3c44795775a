// Numbers as reports write them, in normalized text: "66,446.66万元", "1.2亿元", "99.54%",
// "共设置四个". Patterns here are pieces that extractors compose; parsers turn a match into a value.
import { MINUS, MONEY_SCALE, MONEY_UNIT } from './vocabulary.ts';

/**
 * A decimal number, with or without thousands separators: 48,865.73 · 11256.48 · 0. It never starts
 * inside another number, so a pattern led by it is tried once per run of digits, not at every digit.
 */
export const NUMBER = String.raw`(?<![\d.]|\d,)(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?`;
/** A number with its minus sign, for values that may fall ("增长率为-4.2%"). */
export const SIGNED = `${MINUS}?${NUMBER}`;
export { MONEY_UNIT };
export const AMOUNT = String.raw`${NUMBER}\s*${MONEY_UNIT}`;
export const PERCENT = String.raw`${NUMBER}\s*%`;
export const CHINESE_DIGITS = '零〇一二两三四五六七八九十百千';

/** Beyond 15 significant digits a double no longer holds the number as written. */
export const MAX_DIGITS = 15;

/** Significant digits of a written number: "0.0012" has 2, "1,200.50" has 6. */
export function significantDigits(text: string): number {
  return text.replace(/\D/g, '').replace(/^0+/, '').length;
}

/** Rounds away binary noise from unit conversion (75317.78 stays 75317.78). */
export function round(value: number, digits = 6): number {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}

const NUMBER_RE = new RegExp(`(?<neg>${MINUS})?(?<n>${NUMBER})`);

/** The first number in `text`, with its sign; null past MAX_DIGITS significant digits (never rounded). */
export function parseNumber(text: string): number | null {
  const m = NUMBER_RE.exec(text);
  if (!m || significantDigits(m.groups!.n!) > MAX_DIGITS) return null;
  const value = Number(m.groups!.n!.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  return m.groups!.neg ? -value : value;
}

const MONEY_UNIT_AT_END = new RegExp(`${MONEY_UNIT}$`);

/** "1,797万元" → 1797, "2.5亿元" → 25000, "12,345元" → 1.2345 (all in 万元). */
export function parseAmount(text: string): number | null {
  const value = parseNumber(text);
  const unit = MONEY_UNIT_AT_END.exec(text.trim());
  if (value === null || !unit) return null;
  return round(value * MONEY_SCALE[unit[0]]!);
}

/** Digits after the decimal point, to judge agreement at the stated precision. */
export function decimals(text: string): number {
  const m = /\.(\d+)/.exec(text.replace(/,/g, ''));
  return m ? m[1]!.length : 0;
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "四" → 4, "十二" → 12, "二十" → 20, "一百零五" → 105; Arabic digits pass through. */
export function parseCount(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text || ![...text].every((ch) => ch in DIGIT || ch in POWER)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else {
      total += (digit ?? 1) * POWER[ch]!;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}
