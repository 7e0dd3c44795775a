// Performance indicators with target, actual, completion and whether they were met.
// Three phrasings, one rule each:
//   "服务企业数年度指标值为203家,实际完成212家"                         (name, target, actual)
//   "时效指标为群众投诉、信访及时处理率,年度目标值为90%或以上,…及时处理率达100%,指标完成率为100%"
//   "因合同签订及时率为97%,未达100%", "满意度达到95%,超过目标值90%"      (the actual first)
import { fact, group, type Doc } from '../document.ts';
import { PLAIN_LINK } from '../vocabulary.ts';
import type { Extractor } from '../extractor.ts';
import { compatible, TARGET_VALUE, UNIT } from '../indicator-values.ts';
import { NUMBER, parseNumber, SIGNED } from '../numbers.ts';
import type { Fact, Indicator } from '../schema.ts';
import {
  build,
  CATEGORY,
  cleanName,
  LEADING_MARKER,
  numberFact,
  pickActual,
  rough,
  targetOf,
  type Group,
  type Match,
} from './indicator-parts.ts';
import { tableIndicators } from './indicator-table.ts';
import { distinct, run, type Rule } from './rule.ts';
import { allMatches } from '../all-matches.ts';

const TARGET_LABEL = String.raw`(?:年度指标值|年度目标值|全年目标值|年度目标|目标值|指标值|目标)`;
const ACTUAL_LABEL = String.raw`(?:全年)?(?:实际完成值|实际完成情况|实际完成|实际值|完成值|实际|完成)`;
/** What follows an indicator's name; searched for first, so that the lazy name is tried only where it can end. */
const TARGET_THEN_ACTUAL = String.raw`${TARGET_LABEL}${PLAIN_LINK}${TARGET_VALUE},?${ACTUAL_LABEL}`;
const NAMED_TARGET = new RegExp(String.raw`(?<name>[^;。\n]{2,80}?)${TARGET_THEN_ACTUAL}${PLAIN_LINK}(?<rest>[^;。\n]*)`);
const CATEGORY_NAMED = new RegExp(String.raw`(?<category>${CATEGORY})(?:为|是|:)(?<name>[^,;。\n]{2,60}?)(?=[,;。\n])(?<rest>[^;。\n]*)`);
/** A rate said first and its target after: "因合同签订及时率为97%,未达100%", "群众满意度达到95%,超过目标值90%". */
const RATE_STATED = '(?:为|是|达到|达)';
const ACTUAL_BEFORE_TARGET = String.raw`${RATE_STATED}(?<av>${SIGNED})(?<au>%)?,?(?:未达到?|低于|超过|高于|超出|达到)(?:年度)?(?:目标值?|指标值)?${TARGET_VALUE}`;
const ACTUAL_THEN_TARGET = new RegExp(String.raw`(?<name>[\u4e00-\u9fa5、]{2,20}?[率度])${ACTUAL_BEFORE_TARGET}`);

const TARGET_IN_TEXT = new RegExp(String.raw`${TARGET_LABEL}${PLAIN_LINK}${TARGET_VALUE}`, 'd');
const COMPLETION = new RegExp(String.raw`指标完成(?:率|度)${PLAIN_LINK}(?<c>${NUMBER})%`, 'd');

/** "服务企业数年度指标值为203家,实际完成212家": the name, its target, then its actual. */
const namedTarget: Rule<Indicator> = {
  id: 'indicator/named-target',
  pattern: NAMED_TARGET,
  needs: new RegExp(TARGET_THEN_ACTUAL),
  stops: ';。',
  build: (doc, m) => {
    const raw = m.groups!.name!;
    const { name, category } = cleanName(raw);
    if (name.length < 2) return null;
    const target = targetOf(doc, m);
    if (!target) return null;
    const rest = group(m, 'rest')!;
    // "实际同比下降4.2%": the fall is the actual of a rate of change, read with its sign.
    const fallen = LEADING_FALL.test(rest.text) ? actualAfter(doc, ['^'], rest, [], target.target.unit, CHANGE.test(name)) : null;
    const actual = fallen ?? pickActual(doc, rest, target.target.unit);
    const start = m.index + raw.length - raw.replace(LEADING_MARKER, '').length;
    return build(name, category, { target, actual, completion: null }, { start, end: m.index + m[0].length, text: m[0] }, doc);
  },
};

/** Keys to find an indicator's value by: its name, then shorter tails ("及时处理率"), then the stem ("增长"). */
function keysOf(name: string): string[] {
  const keys = [name];
  for (let k = Math.min(5, name.length - 1); k >= 3; k--) keys.push(name.slice(-k));
  const stem = name.replace(/[率度]$/, '');
  if (stem !== name && stem.length >= 2) keys.push(stem.slice(-2));
  return [...new Set(keys)];
}

/** A fall stated in words: "下降4.2%", "减少3%", "负增长1.5%", read as negative for a rate of change. */
const FALL = '(?:下降|减少|降低|负增长|负)';
const CHANGE = /增长|增速|增幅|变化|变动/;
const LEADING_FALL = new RegExp(`^(?:同比|较上年)?${FALL}`);

/** Patterns of a value after a key, compiled once per key: names recur across reports and years. */
const afterKey = new Map<string, RegExp>();
const KEYS_KEPT = 10_000;

function valueAfter(key: string): RegExp {
  let re = afterKey.get(key);
  if (!re) {
    if (afterKey.size >= KEYS_KEPT) afterKey.clear();
    re = new RegExp(String.raw`${key}(?:为|达到|达|是|:)?(?:同比|较上年)?约?(?<v>(?<fall>${FALL})?(?<av>${SIGNED})(?<au>${UNIT})?)`, 'dg');
    afterKey.set(key, re);
  }
  return re;
}

/** The actual after one of `keys`, outside the spans taken, in a unit the target's can be compared with. */
function actualAfter(
  doc: Doc,
  keys: readonly string[],
  rest: Group,
  taken: readonly [number, number][],
  targetUnit: string,
  change: boolean,
): Fact | null {
  for (const key of keys) {
    for (const hit of allMatches(valueAfter(key), rest.text) as Match[]) {
      const [from, to] = hit.indices.groups!.v!.map((i) => rest.start + i) as [number, number];
      if (taken.some(([s, e]) => from < e && s < to) || !compatible(targetUnit, hit.groups!.au ?? '')) continue;
      // "实际完成约520人次", "实际完成值为90%以上": an estimate or a bound, not the value reached, and no later number is.
      if (rough(rest, from - rest.start, to - rest.start)) return null;
      const value = parseNumber(hit.groups!.av!);
      // "下降4.2%" is a value of -4.2 only for a rate of change; elsewhere the fall is not the actual.
      if (value === null || (hit.groups!.fall && !change)) continue;
      return fact(doc, from, to, hit.groups!.fall ? -Math.abs(value) : value, hit.groups!.au ?? '', 'indicator/actual');
    }
  }
  return null;
}

/** What introduces an actual when the name is not repeated: "实际完成24场". */
const ACTUAL_KEYS = ['全年实际完成值', '实际完成值', '实际完成', '实际值', '完成值', '实际'];

/**
 * The actual stated after the name or its tail ("…及时处理率达100%"), else after 实际完成, outside
 * the spans already read as target or completion, in a unit the target's can be compared with.
 */
function actualByName(doc: Doc, name: string, rest: Group, taken: readonly [number, number][], targetUnit: string): Fact | null {
  const change = CHANGE.test(name);
  return (
    actualAfter(doc, keysOf(name).map(escapeRegExp), rest, taken, targetUnit, change) ??
    actualAfter(doc, ACTUAL_KEYS, rest, taken, targetUnit, change)
  );
}

/** "时效指标为群众投诉…及时处理率,年度目标值为90%或以上,…及时处理率达100%,指标完成率为100%". */
const categoryNamed: Rule<Indicator> = {
  id: 'indicator/category-named',
  pattern: CATEGORY_NAMED,
  build: (doc, m) => {
    const { name } = cleanName(m.groups!.name!);
    const rest = group(m, 'rest')!;
    const t = TARGET_IN_TEXT.exec(rest.text) as Match | null;
    const target = t ? targetOf(doc, t, rest.start) : null;
    const c = COMPLETION.exec(rest.text) as Match | null;
    const completion = c
      ? numberFact(
          doc,
          { start: rest.start + c.indices.groups!.c![0], end: rest.start + c.indices.groups!.c![1] + 1, text: c.groups!.c! },
          '%',
          'indicator/completion',
        )
      : null;
    // The completion rate is the value only of an indicator that is itself a completion rate.
    const taken = [t, name.endsWith('完成率') ? null : c]
      .filter((x): x is Match => !!x)
      .map((x): [number, number] => [rest.start + x.index, rest.start + x.index + x[0].length]);
    const actual = actualByName(doc, name, rest, taken, target?.target.unit ?? '');
    return build(
      name,
      m.groups!.category!,
      { target, actual, completion },
      { start: m.index, end: m.index + m[0].length, text: m[0] },
      doc,
    );
  },
};

/** "因合同签订及时率为97%,未达100%", "满意度达到95%,超过目标值90%": the actual first. */
const actualThenTarget: Rule<Indicator> = {
  id: 'indicator/actual-then-target',
  pattern: ACTUAL_THEN_TARGET,
  needs: new RegExp(`[率度]${ACTUAL_BEFORE_TARGET}`),
  stops: ';。',
  build: (doc, m) => {
    const av = group(m, 'av')!;
    const value = parseNumber(av.text);
    const target = targetOf(doc, m);
    if (value === null || !target) return null;
    const actual = fact(doc, av.start, av.end + (m.groups!.au ?? '').length, value, m.groups!.au ?? '', 'indicator/actual');
    // "因…" gives the reason for a deduction; the indicator's name follows it.
    const name = m.groups!.name!.replace(/^.*因/, '');
    const start = m.index + m.groups!.name!.length - name.length;
    return build(name, null, { target, actual, completion: null }, { start, end: m.index + m[0].length, text: m[0] }, doc);
  },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const RULES = [categoryNamed, namedTarget, actualThenTarget];

/** A form's rows first, then the sentences; one indicator per name and per stretch of text. */
export const extractIndicators: Extractor = (doc) => {
  const found = [...tableIndicators(doc), ...run(doc, RULES).map((f) => f.value)];
  const indicators = distinct(
    found,
    (i) => i.name,
    (i) => [i.span.start, i.span.end],
  );
  return { fields: { indicators }, notes: [] };
};
