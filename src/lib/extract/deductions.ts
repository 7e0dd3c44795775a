// Points taken off: "“采购管理”模块因合同签订及时率为97%,未达100%,相应扣1分".
// The item is the quoted name (or what precedes 因/扣), the reason what follows 因. A reduction that
// is not a deduction of points ("办理时限缩短2天", "减少2分钟") is not read.
import { fact, group, matches } from '../document.ts';
import type { Extractor } from '../extractor.ts';
import { NUMBER, parseNumber } from '../numbers.ts';
import type { Deduction } from '../schema.ts';
import { leadIn } from './context.ts';

/** 扣 and its compounds take points off; a bare 减 only as "减X分" of a score, never "减少" or "减2分钟". */
const DEDUCTION = new RegExp(String.raw`(?:扣减|扣除|扣|减)(?<v>${NUMBER})分(?![钟之])`);
const QUOTED = /["“「『](?<item>[^"”」』]{1,20})["”」』]/;
const ITEM_BEFORE_REASON = /^(?:其中)?(?<item>[\u4e00-\u9fa5]{2,12}?)(?:模块|指标|项目|方面)?(?:因|由于)/;

export const extractDeductions: Extractor = (doc) => {
  const deductions: Deduction[] = [];
  for (const m of matches(doc, DEDUCTION)) {
    const v = group(m, 'v')!;
    const points = parseNumber(v.text);
    const lead = leadIn(doc, m.index);
    const item = QUOTED.exec(lead)?.groups?.item ?? ITEM_BEFORE_REASON.exec(lead)?.groups?.item;
    if (!item || points === null) continue;
    const reason = /(?:因|由于)(?<r>.+?)[,，]?(?:相应|故|共)?$/.exec(lead)?.groups?.r ?? null;
    deductions.push({ item, points: fact(doc, v.start, v.end, points, '分', 'deduction/扣分'), reason });
  }
  return { fields: { deductions }, notes: [] };
};
