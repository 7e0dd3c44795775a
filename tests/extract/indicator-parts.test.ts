// extract/indicator-parts.ts: indicator names cleaned of numbering, notes and categories; the actual picked by unit; met judged.
import { describe, expect, it } from 'vitest';
import { fact, makeDoc } from '../../src/lib/document.ts';
import { build, cleanName, pickActual } from '../../src/lib/extract/indicator-parts.ts';
import { expectStated } from '../helpers/facts.ts';
import { quote } from '../helpers/reports.ts';

describe('cleanName', () => {
  it.each([
    ['治安案件查处率(%)', '治安案件查处率', null],
    ['辖内兜底性人群(特指:三无长者、独居长者)服务覆盖率', '辖内兜底性人群服务覆盖率', null],
    ['1.产业创新发展', '产业创新发展', null],
    ['其中,开展政策培训、业务培训', '开展政策培训、业务培训', null],
    ['产出指标:数量指标“服务企业数”', '服务企业数', '数量指标'],
    ['指标名称:群众满意度', '群众满意度', null],
  ])('%s → %s', (raw, name, category) => {
    expect(cleanName(raw)).toEqual({ name, category });
  });
});

describe('pickActual', () => {
  // 004_a0655f5b282921e2.txt:99: the "2000 万" describes the firms; the actual is 1 家.
  const source = quote(
    '004_a0655f5b282921e2.txt:99',
    '引进注册资本 1000 万的企业数年度指标值为 1 家，实际完成引进注册资本 2000 万的企业数 1 家',
  );
  const doc = makeDoc(source);
  const rest = (from: string) => {
    const start = doc.text.indexOf(from);
    return { start, end: doc.text.length, text: doc.text.slice(start) };
  };

  it("prefers a number in the target's unit", () => {
    expectStated(pickActual(doc, rest('引进注册资本2000'), '家'), source, 1, '1 家', '企业数 1 家');
  });

  it('takes the last compatible number when no unit matches, and none when nothing fits', () => {
    expect(pickActual(doc, rest('引进注册资本2000'), '')?.value).toBe(1);
    expect(pickActual(doc, rest('引进注册资本2000'), '%')).toBeNull();
  });
});

describe('build', () => {
  const doc = makeDoc(quote('003_70a4941c04d84bdd.txt:85', '质量指标为各类津贴补贴及时发放率，指标完成率为 100%'));
  const whole = { start: 0, end: doc.text.length, text: doc.text };

  it('judges met by the completion rate when there is no target', () => {
    const at = doc.text.indexOf('100%');
    const completion = fact(doc, at, at + '100%'.length, 100, '%', 'indicator/completion');
    const ind = build('各类津贴补贴及时发放率', '质量指标', { target: null, actual: null, completion }, whole, doc);
    expect([ind.met, ind.comparator, ind.lowerIsBetter]).toEqual([true, '>=', false]);
    expect(
      build('各类津贴补贴及时发放率', '质量指标', { target: null, actual: null, completion: { ...completion, value: 95 } }, whole, doc).met,
    ).toBe(false);
    expect(build('各类津贴补贴及时发放率', '质量指标', { target: null, actual: null, completion: null }, whole, doc).met).toBeNull();
  });
});

describe('cleanName: a heading run into the name', () => {
  it('"绩效目标完成情况:数量指标耕地保护面积" is 耕地保护面积, a 数量指标', () => {
    expect(cleanName('绩效目标完成情况:数量指标耕地保护面积')).toEqual({ name: '耕地保护面积', category: '数量指标' });
    expect(cleanName('(二)绩效目标完成情况:数量指标“耕地保护面积”').name).toBe('耕地保护面积');
  });

  it('a colon inside a remark in parentheses is no heading', () => {
    expect(cleanName('辖内兜底性人群(特指:三无长者、独居长者)服务覆盖率').name).toBe('辖内兜底性人群服务覆盖率');
  });
});
