// Numbers a double cannot hold exactly (more than 15 significant digits): every rule reads them as
// null, so no figure is ever stored rounded; this names each once, by line, so a reader knows why.
import { matches } from '../document.ts';
import type { Extractor, Note } from '../extractor.ts';
import { MAX_DIGITS, significantDigits } from '../numbers.ts';

/**
 * A run of digits (with separators and a decimal part) long enough to hold too many, however they
 * are split around the point ("123456789.0123456789"); counted exactly below.
 */
const LONG_NUMBER = new RegExp(String.raw`(?<![\d.,])(?=[\d,.]{${MAX_DIGITS + 1},})\d[\d,]*(?:\.\d+)?`);
/** Past this many, one note says how many more, instead of one each. */
const SHOWN = 10;

export const extractPrecision: Extractor = (doc) => {
  const notes: Note[] = [];
  let more = 0;
  for (const m of matches(doc, LONG_NUMBER)) {
    if (significantDigits(m[0]) <= MAX_DIGITS) continue;
    if (notes.length >= SHOWN) more++;
    else {
      const shown = m[0].length > 24 ? `${m[0].slice(0, 12)}…(${m[0].length} 位)` : m[0];
      notes.push({
        severity: 'warning',
        code: 'invalid/precision',
        message: `数字“${shown}”超过 ${MAX_DIGITS} 位有效数字, 无法准确保存, 不作为任何数值采用; 请核对原文`,
        at: m.index,
      });
    }
  }
  if (more)
    notes.push({ severity: 'warning', code: 'invalid/precision', message: `另有 ${more} 个数字超过 ${MAX_DIGITS} 位有效数字, 均未采用` });
  return { fields: {}, notes };
};
