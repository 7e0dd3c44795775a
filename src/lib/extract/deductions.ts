// Points taken off: "“采购管理”模块因合同签订及时率为97%,未达100%,相应扣1分".
// The item is the quoted name (or what precedes 因/扣), the reason what follows 因. A reduction that
// is not a deduction of points ("办理时限缩短2天", "减少2分钟") is not read, nor last year's ("上年扣2分").
import type { Doc } from '../document.ts';
import type { Extractor } from '../extractor.ts';
import { NUMBER, parseNumber } from '../numbers.ts';
import type { Deduction } from '../schema.ts';
import { leadIn } from './context.ts';
import { runRules, type ValueRule } from './rule.ts';

const QUOTED = /["“「『](?<item>[^"”」』]{1,20})["”」』]/;
// Not the 因 of 原因 ("扣分原因:…" names no item).
const ITEM_BEFORE_REASON = /^(?:其中)?(?<item>[\u4e00-\u9fa5]{2,12}?)(?:模块|指标|项目|方面)?(?<!原)(?:因|由于)/;
const REASON = /(?:因|由于)(?<r>.+?)[,，]?(?:相应|故|共)?$/;

/**
 * The item named right before 扣, at the start of its clause or list item: "1.预算编制扣1分",
 * "其中,资金使用合规性扣1分". Not a word that sums or compares ("以上共扣", "较上年少扣").
 */
const ITEM_BEFORE_POINTS =
  /(?:^|[:,;、(]|\d[.、])(?:其中)?(?:在)?(?<item>(?:["“][\u4e00-\u9fa5]{1,8}["”])?[\u4e00-\u9fa5]{2,12}?)(?:模块|指标|方面)?$/;
/** A numbered item that states what fell short, then its points: "2.绩效目标设置不够明确,扣4分". */
const LISTED_SHORTFALL = /(?:^|:)\d{1,2}[.、](?<item>[^,:;()]{4,24}),$/;
const NOT_AN_ITEM = /^(?:以上|上述|合计|共计|累计|共|另|又|再|还|较|比|同比)|[共多少计]$/;

/** The item a deduction is of, from the words before it; a deduction without one is not read. */
const itemOf = (doc: Doc, at: number): string | null => {
  const lead = leadIn(doc, at);
  const named = ITEM_BEFORE_POINTS.exec(lead)?.groups?.item;
  const item = named && !NOT_AN_ITEM.test(named) ? named : null;
  // A quoted word that is only the start of the item's name ("“三公”经费控制扣0.5分") does not stand for it.
  if (item && /^["“][^"”]+["”][\u4e00-\u9fa5]{1,6}$/.test(item) && !/因|由于|未|不/.test(item)) return item;
  return (
    QUOTED.exec(lead)?.groups?.item ??
    ITEM_BEFORE_REASON.exec(lead)?.groups?.item ??
    item ??
    LISTED_SHORTFALL.exec(lead)?.groups?.item ??
    null
  );
};
/** A reason given after the points: "扣1分,原因是部分项目编制不细". */
const REASON_AFTER = /^分[,，]?(?:原因是|原因为|原因:|主要原因是|因为?|由于)(?<r>[^;。]{2,60})/;

/** 扣 and its compounds take points off; a bare 减 only as "减X分" of a score, never "减少" or "减2分钟". */
const RULES: ValueRule[] = [
  {
    id: 'deduction/扣分',
    pattern: new RegExp(String.raw`(?:扣减|扣除|扣分|扣|减)(?<v>${NUMBER})分(?![钟之])`),
    unit: '分',
    read: parseNumber,
    decline: (doc, m) => (itemOf(doc, m.index) ? null : 'no item'),
  },
];

export const extractDeductions: Extractor = (doc) => {
  // The item may be a project's or a fund's ("项目管理"), so only the time of a deduction matters.
  const deductions: Deduction[] = runRules(doc, RULES)
    .filter((c) => c.about?.time === 'year')
    .map((c) => ({
      item: itemOf(doc, c.at)!,
      points: c.fact,
      reason: REASON.exec(leadIn(doc, c.at))?.groups?.r ?? REASON_AFTER.exec(doc.text.slice(c.fact.end!))?.groups?.r ?? null,
    }));
  return { fields: { deductions }, notes: [] };
};
