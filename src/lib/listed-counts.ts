// A check on counts the report states next to the list it counts: "内设机构14个,分别是A、B…妇联和工会"
// (14 named), "A、B…等9个内设机构" (9 named), "16个下属单位。下属单位具体包括:A、…、M" (13 named).
import { fact, matches, type Doc } from './document.ts';
import { parseCount } from './numbers.ts';
import type { Check } from './schema.ts';

const COUNT = String.raw`(?<n>(?<!\d)\d+|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+)\s*个`;
const WHAT = String.raw`(?<what>[\u4e00-\u9fa5]{2,8})`;
const INTRO = String.raw`(?:具体)?(?:包括|分别是|分别为)[:]?`;
/** The count, then the list: "14个,分别是…", "16个下属单位。下属单位具体包括:…". */
const COUNT_THEN_LIST = new RegExp(String.raw`${COUNT}(?:${WHAT})?[,。]?(?:\k<what>)?${INTRO}(?<list>[^。;\n]+)`, 'g');
/** The list, then the count: "设A、B…等9个内设机构". */
const LIST_THEN_COUNT = new RegExp(String.raw`(?:设|包括|有)(?<list>[^。;:\n]+?)等\s*${COUNT}${WHAT}`, 'g');

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

export function listedCounts(doc: Doc): Check[] {
  const checks: Check[] = [];
  for (const pattern of [COUNT_THEN_LIST, LIST_THEN_COUNT]) {
    for (const m of matches(doc, pattern)) {
      const items = listItems(m.groups!.list!);
      // Two names at least, each short: a list of units, not a sentence that happens to follow a count.
      if (items.length < 2 || items.some((i) => i.length > 40)) continue;
      const stated = parseCount(m.groups!.n!)!;
      const [from, to] = m.indices.groups!.n!;
      const n = fact(doc, from, to, stated, '个', 'checks/listed-count');
      const what = m.groups!.what ?? '';
      const ok = items.length === stated;
      checks.push({
        id: 'checks/listed-count',
        ok,
        message: `报告说${what}共 ${stated} 个, 列出 ${items.length} 个${ok ? ', 一致' : ', 不符'}`,
        expected: stated,
        actual: items.length,
        start: n.start,
        end: n.end,
      });
    }
  }
  return checks;
}
