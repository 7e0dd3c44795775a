// Broken ToUnicode maps (Chromium/Skia, PDFBox, Qt …) give look-alike radical code points (⼈ ⺠ ⻔)
// for about one CJK character in ten. Each is mapped to its unified ideograph with Unicode's own
// Equivalent_Unified_Ideograph data; NFKC is not used because it misses the Supplement block and
// would rewrite full-width punctuation. A few radicals are equivalent to a traditional ideograph
// (⼾ → 戶) whose glyph, in a font for simplified Chinese, is the simplified one (户): in a text
// written in simplified characters they map to the simplified form (Unihan kSimplifiedVariant).
import { RADICAL_PAIRS, SIMPLIFIED_PAIRS } from './radicals-data.ts';

function pairs(data: string): Map<string, string> {
  const chars = [...data];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}
const RADICALS = pairs(RADICAL_PAIRS);
const SIMPLIFIED = pairs(SIMPLIFIED_PAIRS);
const SIMPLE_FORMS = new Set(SIMPLIFIED.values());
const RADICAL = /[\u2e80-\u2fdf]/gu;

/** Whether a text uses the simplified forms of the characters that differ (门 车 长 …) more than the traditional ones. */
export function isSimplified(text: string): boolean {
  let simple = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLE_FORMS.has(ch)) simple++;
    else if (SIMPLIFIED.has(ch)) traditional++;
  }
  return simple >= traditional;
}

export function fixRadicals(text: string, simplified: boolean): { text: string; count: number } {
  let count = 0;
  const out = text.replace(RADICAL, (ch) => {
    const to = RADICALS.get(ch);
    if (!to) return ch;
    count++;
    return (simplified && SIMPLIFIED.get(to)) || to;
  });
  return { text: out, count };
}
