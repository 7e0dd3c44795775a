// Points taken off: "“采购管理”模块因合同签订及时率为97%,未达100%,相应扣1分".
// The item is the quoted name (or what precedes 因/扣), the reason what follows 因.
import { fact, group, matches } from '../document.ts';
import type { Extractor } from '../extractor.ts';
import { NUMBER, parseNumber } from '../numbers.ts';
import type { Deduction } from '../schema.ts';
import { leadIn } from './context.ts';

const DEDUCTION = new RegExp(String.raw`(?:扣减|扣除|扣|减)(?<v>${NUMBER})分`, 'g');
const QUOTED = /["“「『](?<item>[^"”」』]{1,20})["”」』]/;

export const extractDeductions: Extractor = (doc) => {
  const deductions: Deduction[] = [];
  for (const m of matches(doc, DEDUCTION)) {
    const v = group(m, 'v')!;
    const lead = leadIn(doc, m.index);
    const item = QUOTED.exec(lead)?.groups?.item ?? /^(?:其中)?(?<item>[\u4e00-\u9fa5]{2,12}?)(?:模块|指标|项目|方面)?(?:因|由于)/.exec(lead)?.groups?.item;
    if (!item) continue;
    const reason = /(?:因|由于)(?<r>.+?)[,，]?(?:相应|故|共)?$/.exec(lead)?.groups?.r ?? null;
    deductions.push({ item, points: fact(doc, v.start, v.end, parseNumber(v.text)!, '分', 'deduction/扣分'), reason });
  }
  return { fields: { deductions }, notes: [] };
};
