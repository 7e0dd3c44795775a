// extract/rule.ts: one runner for every phrasing. Rules run in order, a value's words are read once,
// a declined match takes nothing, and a rule that names its words (`needs`) finds exactly what it
// would find searching the whole text.
import { describe, expect, it } from 'vitest';
import { group, makeDoc } from '../../src/lib/document.ts';
import { distinct, run, runRules, type Rule } from '../../src/lib/extract/rule.ts';
import { NUMBER, parseNumber } from '../../src/lib/numbers.ts';
import { quote, reportNames, reportText } from '../helpers/reports.ts';

const LVTIAN = quote(
  '003_70a4941c04d84bdd.txt:85',
  '吕田镇人民政府部门整体产出指标共设置 4 个。其中，数量指标为基建工程完成率，年度目标值为 100%，指标完成率为 100%',
);

/** A rule that reads the number of group `v` as its value. */
const numberRule = (id: string, pattern: RegExp, more: Partial<Rule<number>> = {}): Rule<number> => ({
  id,
  pattern,
  key: 'v',
  build: (_doc, m) => parseNumber(group(m, 'v')!.text),
  ...more,
});

describe('run', () => {
  const doc = makeDoc(LVTIAN);

  it('runs the rules in order, each over the whole text, with their rank and position', () => {
    const found = run(doc, [
      numberRule('completion', new RegExp(String.raw`指标完成率为(?<v>${NUMBER})%`), { rank: 1 }),
      numberRule('count', new RegExp(String.raw`共设置(?<v>${NUMBER})个`)),
    ]);
    expect(found.map((f) => [f.rule, f.value, f.rank])).toEqual([
      ['completion', 100, 1],
      ['count', 4, 0],
    ]);
    expect(doc.text.slice(found[1]!.at, found[1]!.end)).toBe('共设置4个');
  });

  it('never reads the same words twice: a later rule whose value overlaps an earlier one is skipped', () => {
    const found = run(doc, [
      numberRule('target', new RegExp(String.raw`目标值为(?<v>${NUMBER})%`)),
      numberRule('any percent', new RegExp(String.raw`(?<v>${NUMBER})%`)),
    ]);
    expect(found.map((f) => [f.rule, f.value])).toEqual([
      ['target', 100],
      ['any percent', 100],
    ]);
    // The second 100% is the completion rate's, not the target's words read again.
    expect(found[1]!.at).toBeGreaterThan(found[0]!.at);
  });

  it('a declined match takes nothing; a position ranked null is not read at all', () => {
    const declined = numberRule('declined', new RegExp(String.raw`(?<v>${NUMBER})%`), { decline: () => 'never' });
    const after = numberRule('after', new RegExp(String.raw`目标值为(?<v>${NUMBER})%`));
    expect(run(doc, [declined, after]).map((f) => f.rule)).toEqual(['after']);
    expect(run(doc, [after], () => null)).toEqual([]);
    expect(run(doc, [after], () => 2)[0]!.rank).toBe(2);
  });

  it('a match that states nothing after all is not found, but its words stay read', () => {
    const nothing = numberRule('nothing', new RegExp(String.raw`目标值为(?<v>${NUMBER})%`), { build: () => null });
    const again = numberRule('again', new RegExp(String.raw`目标值为(?<v>${NUMBER})%`));
    expect(run(doc, [nothing, again])).toEqual([]);
  });
});

describe('run with needs: only the stretches holding the words are searched, with the same result', () => {
  // A name read lazily before its keyword, as the indicator and project rules do.
  const KEY = '(?:年度目标值|目标值|指标值|目标)';
  const LAZY = new RegExp(String.raw`(?<name>[^;。\n]{2,40}?)${KEY}为?(?<v>${NUMBER})`);
  const names = (text: string, needs?: RegExp, stops?: string) =>
    run(makeDoc(text), [
      {
        id: 'lazy',
        pattern: LAZY,
        ...(needs ? { needs } : {}),
        ...(stops ? { stops } : {}),
        build: (_doc, m) => `${m.groups!.name}=${m.groups!.v}@${m.index}`,
      },
    ]).map((f) => f.value);

  it.each(reportNames)('%s: lines, or stretches between ; and 。, give what the whole text gives', (name) => {
    const text = reportText(name);
    const whole = names(text);
    expect(names(text, new RegExp(KEY))).toEqual(whole);
    expect(names(text, new RegExp(String.raw`${KEY}为?${NUMBER}`), ';。')).toEqual(whole);
  });

  it('the reports give matches to compare, in more than one report', () => {
    expect(reportNames.filter((name) => names(reportText(name)).length > 0).length).toBeGreaterThan(1);
  });

  it('finds the matches of a report that has them, at their offsets in the whole text', () => {
    const [first] = names(LVTIAN, new RegExp(KEY));
    expect(first).toMatch(/^其中,数量指标为基建工程完成率,=100@\d+$/);
    const at = Number(first!.split('@')[1]);
    expect(makeDoc(LVTIAN).text.slice(at, at + 4)).toBe('其中,数');
  });

  it('finds nothing in a text without the words, and nothing where the words stand without a value', () => {
    expect(names('全年预算数82,912.04万元。', new RegExp(KEY))).toEqual([]);
    expect(names('年度目标值待定;实际完成100%。', new RegExp(KEY))).toEqual([]);
  });
});

describe('runRules: single numbers', () => {
  it('turns a match into a classified candidate quoting the source, with a minus sign when stated', () => {
    const doc = makeDoc('2022年实际增长率为-4.2%。');
    const [c] = runRules(doc, [
      { id: 'growth', pattern: new RegExp(String.raw`增长率为(?<neg>-)?(?<v>${NUMBER})%`), unit: '%', read: parseNumber },
    ]);
    expect(c!.fact).toMatchObject({ value: -4.2, text: '-4.2', rule: 'growth' });
    expect(c!.label).toBe('增长率为-');
    expect(c!.about).toMatchObject({ subject: 'unit', qualifier: 'exact' });
  });
});

describe('distinct', () => {
  it('keeps the first of items sharing a name or overlapping words', () => {
    const items = [
      { name: 'a', at: [0, 10] as [number, number] },
      { name: 'a', at: [20, 30] as [number, number] },
      { name: 'b', at: [5, 12] as [number, number] },
      { name: 'c', at: [10, 15] as [number, number] },
    ];
    expect(
      distinct(
        items,
        (i) => i.name,
        (i) => i.at,
      ).map((i) => i.name),
    ).toEqual(['a', 'c']);
  });
});
