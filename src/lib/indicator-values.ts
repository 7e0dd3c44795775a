// Targets and actuals of performance indicators: a number with its unit and comparator, and the
// judgement whether the actual meets the target, with units reconciled (10 万人次 vs 112848 次)
// and lower-is-better indicators (发生率, 投诉率) turned around.
import { SIGNED } from './numbers.ts';
import type { Fact, Indicator } from './schema.ts';

export const UNIT = String.raw`(?:%|‰|万人次|人次|万元|亿元|元|万人|万户|万平方米|万平方公里|万亩|万吨|万公里|万千米|万册|万株|万头|万只|万|亿|个百分点|个工作日|工作日|个月|个|次|家|人|户|件|宗|项|场|天|日|小时|分钟|公里|千米|平方公里|平方米|米|亩|吨|所|座|间|份|批次|批|条|台|辆|套|篇|期|班|支|处|栋|类|分|名|起|单|km|m²|m)`;
const BEFORE = String.raw`(?<pre>≥|≧|>=|≤|≦|<=|=|等于|不低于|不少于|不高于|不超过|不多于|大于等于|小于等于|高于|低于|大于|小于|超过|少于|达到|达|约)?`;
const AFTER = String.raw`(?<post>或以上|及以上|以上|或以下|及以下|以下|以内)?`;
/** A target as written: "90%或以上", "≥95%", "不低于 1 家", "0%" */
export const TARGET_VALUE = String.raw`${BEFORE}(?<tv>${SIGNED})(?<tu>${UNIT})?${AFTER}`;

const AT_LEAST = new Set(['≥', '≧', '>=', '不低于', '不少于', '大于等于', '或以上', '及以上', '以上']);
const AT_MOST = new Set(['≤', '≦', '<=', '不高于', '不超过', '不多于', '小于等于', '或以下', '及以下', '以下', '以内']);
const MORE = new Set(['高于', '大于', '超过']);
const LESS = new Set(['低于', '小于', '少于']);
const EQUAL = new Set(['=', '等于']);

/** Indicators where less is better: rates and counts of incidents, complaints, errors; not "拆除违法建设". */
const LOWER_IS_BETTER =
  /事故$|亡人|发生率|发生数|发生次数|发生起数|事故率|事故数|事故起数|投诉率|投诉量|投诉数|差错率|失误率|出错率|死亡率|死亡人数|伤亡|超标率|空置率|不良率|逾期率|误差率|失业率|返贫|流失率|违约率|偏差率/;

export function isLowerBetter(name: string): boolean {
  return LOWER_IS_BETTER.test(name);
}

export function comparatorOf(pre: string | undefined, post: string | undefined, lowerIsBetter: boolean): Indicator['comparator'] {
  for (const word of [pre, post]) {
    if (!word) continue;
    if (AT_LEAST.has(word)) return '>=';
    if (AT_MOST.has(word)) return '<=';
    if (MORE.has(word)) return '>';
    if (LESS.has(word)) return '<';
    if (EQUAL.has(word)) return '=';
  }
  return lowerIsBetter ? '<=' : '>=';
}

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** "万人次" → { base: "人次", scale: 1e4 }; "%" → { base: "%", scale: 1 }. */
function split(unit: string): { base: string; scale: number } {
  const m = /^([万亿])(.+)$/.exec(unit);
  if (m && m[2] !== '元') return { base: m[2]!, scale: SCALE[m[1]!]! };
  if (unit === '万元') return { base: '元', scale: 1e4 };
  if (unit === '亿元') return { base: '元', scale: 1e8 };
  return { base: unit, scale: 1 };
}

/** Units name the same thing when their bases match or one ends the other (人次 / 次). */
function sameBase(a: string, b: string): boolean {
  return a === b || a.endsWith(b) || b.endsWith(a);
}

/** Whether the actual meets the target; null when units cannot be reconciled. */
export function meets(target: Fact, actual: Fact, comparator: Indicator['comparator']): boolean | null {
  const t = split(target.unit);
  const a = split(actual.unit);
  const unitless = !target.unit || !actual.unit;
  if (!unitless && !sameBase(t.base, a.base)) return null;
  const tv = target.value * (unitless ? 1 : t.scale);
  const av = actual.value * (unitless ? 1 : a.scale);
  const eps = 1e-9 * Math.max(1, Math.abs(tv));
  switch (comparator) {
    case '>=':
      return av >= tv - eps;
    case '<=':
      return av <= tv + eps;
    case '>':
      return av > tv;
    case '<':
      return av < tv;
    case '=':
      return Math.abs(av - tv) <= eps;
  }
}

/** The unit of an actual that may be compared with the target's. */
export function compatible(targetUnit: string, actualUnit: string): boolean {
  return !targetUnit || !actualUnit || sameBase(split(targetUnit).base, split(actualUnit).base);
}
