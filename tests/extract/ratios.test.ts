// extract/ratios.ts: two counts of one unit and the percent one is of the other, from real phrasing.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractRatios } from '../../src/lib/extract/ratios.ts';
import { quote } from '../helpers/reports.ts';

const ratiosOf = (text: string) => extractRatios(makeDoc(text)).fields.ratios!;

describe('extractRatios', () => {
  const LVTIAN = quote(
    '003_70a4941c04d84bdd.txt:91',
    '参与调查的群众总人数为 83 人，调查满意度为满意的群众人数为 74 人，群众满意度为 89.15%，指标完成率为 100%。',
  );

  it('reads 74 of 83 people and the stated 89.15%, each quoted from the source', () => {
    const [ratio] = ratiosOf(LVTIAN);
    expect(ratio).toMatchObject({ part: { value: 74, unit: '人' }, whole: { value: 83, unit: '人' }, percent: { value: 89.15 } });
    expect(LVTIAN.slice(ratio!.percent.start!, ratio!.percent.end!)).toBe('89.15%');
    expect(LVTIAN.slice(ratio!.part.start!, ratio!.part.end!)).toBe('74 人');
  });

  it('takes the larger count as the whole, whichever comes first', () => {
    expect(ratiosOf('受理投诉310件,共320件,办结率96.88%。')).toMatchObject([{ part: { value: 310 }, whole: { value: 320 } }]);
  });
});

describe('extractRatios: not a ratio', () => {
  it('counts of different units', () => {
    expect(ratiosOf('帮扶83户,走访74人,满意度89.15%。')).toEqual([]);
  });

  it('a percent in the next sentence', () => {
    expect(ratiosOf('调查83人,满意74人。群众满意度为89.15%。')).toEqual([]);
  });

  it('a percent after a third count belongs to that one', () => {
    expect(ratiosOf('调查83人,满意74人,另有回访12人,回访率89.15%。')).toEqual([]);
  });

  it('a percent far from one count over the other', () => {
    expect(ratiosOf('调查83人,满意74人,完成率100%。')).toEqual([]);
  });
});
