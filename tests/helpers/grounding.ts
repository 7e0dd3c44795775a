// Whether a record quotes its source: every stated fact and every span is source.slice(start, end),
// and a fact's text shows its number (the check of ../shared/eval/score.mjs, reimplemented here).
import { locatedIn } from './facts.ts';

/** The value's digits stand in the NFKC text, allowing the ×1e4 / ×1e-4 of 元 and 亿元 given in 万元. */
export function showsValue(fact: { value: unknown; text: string }): boolean {
  if (typeof fact.value !== 'number') return fact.text.includes(String(fact.value));
  const v = fact.value;
  const nums = (
    fact.text
      .normalize('NFKC')
      .replace(/[,，\s]/g, '')
      .match(/\d+(?:\.\d+)?/g) ?? []
  ).map(Number);
  if (!nums.length) return /[零〇一二三四五六七八九十百千万亿两]/.test(fact.text);
  return nums.some((n) => [1, 1e-4, 1e4].some((k) => Math.abs(n * k - v) <= 1e-6 + Math.abs(v) * 1e-9));
}

/** One line per fact or span of `record` that does not quote `source`; empty when all do. */
export function ungrounded(record: unknown, source: string): string[] {
  const problems: string[] = [];
  for (const [path, at] of locatedIn(record)) {
    const fact = 'value' in at ? (at as typeof at & { value: unknown; derived: boolean }) : null;
    if (fact?.derived) continue;
    const { text, start, end } = at;
    const quoted = text !== null && Number.isInteger(start) && Number.isInteger(end) && source.slice(start!, end!) === text;
    if (!quoted)
      problems.push(
        `${path} ${JSON.stringify(text)} at ${start}–${end} but the source there is ${JSON.stringify(source.slice(start ?? 0, end ?? 0))}`,
      );
    else if (fact && !showsValue({ value: fact.value, text: text! }))
      problems.push(`${path} ${JSON.stringify(text)} does not show ${String(fact.value)}`);
  }
  return problems;
}
