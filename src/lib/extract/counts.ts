// Counts the report states, with what they count, so that checks.ts can compare them with what the
// record holds: "产出指标共设置4个" (the indicators listed after it), "内设机构14个,分别是A、B…妇联和工会"
// (14 named), "A、B…等9个内设机构" (9 named), "16个下属单位。下属单位具体包括:A、…、M" (13 named).
import { fact, paragraphAt, span } from '../document.ts';
import type { Extractor } from '../extractor.ts';
import { parseCount } from '../numbers.ts';
import type { StatedCount } from '../schema.ts';
import { run, type Rule } from './rule.ts';

const CHINESE_COUNT = '[一二两三四五六七八九十]+';
const COUNT = String.raw`(?<n>(?<!\d)\d+|(?<![一二两三四五六七八九十])${CHINESE_COUNT})\s*个`;
const WHAT = String.raw`(?<what>[\u4e00-\u9fa5]{2,8})`;
const INTRO = String.raw`(?:具体)?(?:包括|分别是|分别为)`;

/** Items of a list: split at 、 outside parentheses, the last one also at 和/及 ("妇联和工会"). */
export function listItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === '、' && depth === 0) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(...current.split(/(?:以及|和|及)(?![^(]*\))/));
  return items.map((s) => s.trim()).filter(Boolean);
}

/** A count and the names listed with it; two names at least, each short: a list of units, not a sentence. */
const listed = (id: string, pattern: RegExp, needs: RegExp, stops?: string): Rule<StatedCount> => ({
  id,
  pattern,
  needs,
  ...(stops ? { stops } : {}),
  build: (doc, m) => {
    const items = listItems(m.groups!.list!);
    if (items.length < 2 || items.some((i) => i.length > 40)) return null;
    const [from, to] = m.indices.groups!.n!;
    const [listFrom, listTo] = m.indices.groups!.list!;
    return {
      kind: 'list',
      what: m.groups!.what ?? '',
      count: fact(doc, from, to, parseCount(m.groups!.n!)!, '个', 'count/listed'),
      items,
      span: span(doc, listFrom, listTo),
    };
  },
});

const RULES: Rule<StatedCount>[] = [
  {
    id: 'count/indicators',
    pattern: new RegExp(String.raw`(?<what>产出|效益|满意度|绩效|成本)?指标共(?:设置|设定|设|有)?(?<n>\d+|${CHINESE_COUNT})个`),
    needs: /指标共/,
    build: (doc, m) => {
      const [from, to] = m.indices.groups!.n!;
      return {
        kind: 'indicators',
        what: `${m.groups!.what ?? ''}指标`,
        // The quote takes in 个, so that a bare "4" is not all the reader sees.
        count: fact(doc, from, to + 1, parseCount(m.groups!.n!)!, '个', 'count/indicators'),
        items: [],
        // The indicators counted are those listed after the statement, in its paragraph.
        span: span(doc, m.index, paragraphAt(doc, m.index).end),
      };
    },
  },
  // The count, then the list: "14个,分别是…", "16个下属单位。下属单位具体包括:…".
  listed(
    'count/count-then-list',
    new RegExp(String.raw`${COUNT}(?:${WHAT})?[,。]?(?:\k<what>)?${INTRO}[:]?(?<list>[^。;\n]+)`),
    new RegExp(INTRO),
  ),
  // The list, then the count: "设A、B…等9个内设机构".
  listed(
    'count/list-then-count',
    new RegExp(String.raw`(?:设|包括|有)(?<list>[^。;:\n]+?)等\s*${COUNT}${WHAT}`),
    new RegExp(String.raw`等\s*(?:\d|${CHINESE_COUNT})`),
    '。;:',
  ),
];

export const extractCounts: Extractor = (doc) => ({ fields: { counts: run(doc, RULES).map((f) => f.value) }, notes: [] });
