// What the library does not handle yet, one entry per gap: the tests skip these cases until the
// entry is removed. Ids: a variant step or mix of scripts/variants.ts ("cover", "wrap+footer-bare"),
// limited to one report with "@000"; other cases by test file ("bad-input:no-year", "fuzz:damaged-gbk").
export interface KnownGap {
  id: string;
  reason: string;
}

export const KNOWN_GAPS: readonly KnownGap[] = [
  { id: 'flatten+cn-dot', reason: 'a flattened report with "一. " headings is not split at them (only "一、" counts): no title, no record' },
  { id: 'flatten+markdown-headings', reason: 'a flattened report with "# "/"## " headings is not split at them: no title, no record' },
  { id: 'footer-bare+footer-dash+footer-page-of', reason: 'a bare page number between two other footers ("— 11 —", "11", "第 21 页 共 26 页") is kept and glued to the line before ("…年度指标11"), splitting the statement' },
  { id: 'bad-input:novel', reason: 'input/not-a-report says what is wrong but not what to do (no 请…)' },
  { id: 'bad-input:html', reason: 'input/not-a-report says what is wrong but not what to do (no 请…)' },
  { id: 'bad-input:no-year', reason: 'missing/year says the year is missing but not what to do (no 请…)' },
  { id: 'bad-input:no-entity', reason: 'missing/entity says the entity is missing but not what to do (no 请…)' },
  { id: 'bad-input:budget-negative', reason: '全年预算数-500万元 drops the whole statement (budget, spent and rate missing, as warnings) instead of refusing -500 with an invalid/value error' },
  { id: 'fuzz:damaged-utf8-bom', reason: 'a UTF-8 BOM followed by invalid UTF-8 (EF BB BF E5 B9) makes decode throw a TypeError out of parseReport' },
];

/** The gap a variant made of `steps` of report `name` falls into: every step of the gap's mix is among `steps`. */
export function variantGap(steps: readonly string[], name: string): KnownGap | undefined {
  return KNOWN_GAPS.find((g) => {
    const [mix = '', report] = g.id.split('@');
    return (!report || name.startsWith(report)) && mix.split('+').every((s) => steps.includes(s));
  });
}

export const caseGap = (id: string): KnownGap | undefined => KNOWN_GAPS.find((g) => g.id === id);
