// Shared by the indicator rules: cleaning a name, reading a target with its comparator, picking
// the actual among the numbers after 实际完成, and judging whether the target was met.
import { fact, span, type Doc } from '../document.ts';
import { comparatorOf, compatible, isLowerBetter, meets, UNIT } from '../indicator-values.ts';
import { parseNumber, SIGNED } from '../numbers.ts';
import type { Fact, Indicator } from '../schema.ts';
import { BOUND_AFTER, ESTIMATE_AFTER, ESTIMATE_BEFORE } from '../vocabulary.ts';
import { allMatches } from '../all-matches.ts';

export type Match = RegExpExecArray & { indices: RegExpIndicesArray };
export type Group = { start: number; end: number; text: string };

const NUMBER_WITH_UNIT = new RegExp(String.raw`(?<av>${SIGNED})(?<au>${UNIT})?`, 'g');
export const LEADING_MARKER = /^(?:\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|其中,?|[,:])+/;

/** A heading and its colon before an indicator's name: "(二)绩效目标完成情况:". */
const HEADING_BEFORE = /^[^:()]{2,30}:(?=.{2,})/;

/** Kinds of indicator as forms name them (三级 under 二级 under 产出/效益/满意度). */
export const CATEGORY = String.raw`(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|环境效益|可持续影响|可持续发展|服务对象满意度|社会公众满意度|满意度)指标`;
/** What may stand before an indicator's name: "产出指标:数量指标“培训次数”", "指标名称:". */
const NAME_PREFIX = new RegExp(String.raw`^(?:(?:产出|效益|满意度)指标[:,]?)?(?:(?<category>${CATEGORY})[:,为]?)?(?:指标名称[:为]?)?`);

/** The indicator's name without numbering, notes in parentheses, quotes or a category before it. */
export function cleanName(raw: string): { name: string; category: string | null } {
  // A heading run into the indicator ("绩效目标完成情况:数量指标…") ends at its colon.
  const bare = raw.replace(LEADING_MARKER, '').replace(HEADING_BEFORE, '').replace(LEADING_MARKER, '');
  const prefix = NAME_PREFIX.exec(bare);
  const name = bare
    .slice(prefix?.[0].length ?? 0)
    .replace(/\([^()]*\)/g, '')
    .replace(/["“”「」『』]/g, '')
    .replace(/[,:;、(（]+$/, '')
    .replace(/的$/, '')
    .trim();
  return { name, category: prefix?.groups?.category ?? null };
}

/** The number of `g` as a Fact; null when it cannot be held exactly (more than 15 significant digits). */
export function numberFact(doc: Doc, g: Group, unit: string, rule: string): Fact | null {
  const value = parseNumber(g.text);
  return value === null ? null : fact(doc, g.start, g.end, value, unit, rule);
}

export interface Target {
  target: Fact;
  pre?: string;
  post?: string;
}

export function targetOf(doc: Doc, m: Match, offset = 0): Target | null {
  const g = (name: string) => {
    const at = m.indices.groups?.[name];
    const text = m.groups?.[name];
    return at && text !== undefined ? { start: at[0] + offset, end: at[1] + offset, text } : null;
  };
  const tv = g('tv')!;
  const tu = m.groups?.tu ?? '';
  // The fact covers number and unit ("10万人次"), so the source shows both.
  const target = numberFact(doc, { ...tv, end: tv.end + tu.length }, tu, 'indicator/target');
  return target && { target, pre: m.groups?.pre, post: m.groups?.post };
}

export function build(
  name: string,
  category: string | null,
  parts: { target: Target | null; actual: Fact | null; completion: Fact | null },
  whole: Group,
  doc: Doc,
): Indicator {
  const lowerIsBetter = isLowerBetter(name);
  const comparator = comparatorOf(parts.target?.pre, parts.target?.post, lowerIsBetter);
  const target = parts.target?.target ?? null;
  let met: boolean | null = null;
  if (target && parts.actual) met = meets(target, parts.actual, comparator);
  if (met === null && parts.completion) met = parts.completion.value >= 100;
  return {
    name,
    category,
    comparator,
    lowerIsBetter,
    target,
    actual: parts.actual,
    completion: parts.completion,
    met,
    span: span(doc, whole.start, whole.end),
  };
}

/** A number after a word of falling ("下降4.2%") is a change whose sign only the indicator's name can tell. */
const AFTER_FALL = /(?:下降|减少|降低|负增长|负)$/;

const ROUGH_BEFORE = new RegExp(`(?:${ESTIMATE_BEFORE.join('|')})$`);
const ROUGH_AFTER = new RegExp(`^(?:${[...BOUND_AFTER, ...ESTIMATE_AFTER].join('|')})`);
/** "实际完成约520人次", "实际完成值为90%以上": an estimate or a bound, not the value reached. */
export const rough = (rest: Group, from: number, to: number): boolean =>
  ROUGH_BEFORE.test(rest.text.slice(0, from)) || ROUGH_AFTER.test(rest.text.slice(to));

/**
 * The actual among the numbers of `rest`. In prose a rough one is none; a form's actual cell
 * ("2天以内" under a target "2天以内") restates the bound it met, so `inCell` keeps it.
 */
export function pickActual(doc: Doc, rest: Group, targetUnit: string, inCell = false): Fact | null {
  const found = allMatches(NUMBER_WITH_UNIT, rest.text)
    .filter((m) => !AFTER_FALL.test(rest.text.slice(0, m.index)))
    .map((m) => ({
      start: rest.start + m.index,
      end: rest.start + m.index + m[0].length,
      value: m.groups!.av!,
      unit: m.groups!.au ?? '',
    }));
  const same = found.find((n) => n.unit === targetUnit);
  const fit = same ?? found.filter((n) => compatible(targetUnit, n.unit)).pop();
  const value = fit ? parseNumber(fit.value) : null;
  if (!fit || value === null || (!inCell && rough(rest, fit.start - rest.start, fit.end - rest.start))) return null;
  return fact(doc, fit.start, fit.end, value, fit.unit, 'indicator/actual');
}
