// extract/classify.ts: what a candidate value is about, from the words around it.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { classify, describe as describeAbout, isHeadline } from '../../src/lib/extract/classify.ts';

/** Classifies the first occurrence of `value` in a one-paragraph report of 2023, labelled from `label`. */
function about(sentence: string, label: string, value: string) {
  const doc = makeDoc(`2023年度某某镇人民政府部门整体支出绩效自评报告\n${sentence}`);
  const at = doc.text.indexOf(label);
  const v = doc.text.indexOf(value, at);
  return classify(doc, at, v, v + value.length);
}

describe('the unit in its year, exact: may fill a headline field', () => {
  it.each([
    ['2023年我镇全年预算数为5,200万元', '全年预算数', '5,200万元'],
    ['年中追加后预算为5,630.50万元', '年中追加后预算', '5,630.50万元'],
    ['经自评,部门整体支出绩效自评得分为92.5分', '自评得分', '92.5'],
    ['预算执行率为97.33%,较上年提高2个百分点', '预算执行率', '97.33%'],
    // The year's end, or the whole year by months, is no point inside it.
    ['截至12月底预算执行率为97.2%', '预算执行率', '97.2%'],
    ['1-12月累计支出4,520万元', '累计支出', '4,520万元'],
  ])('%s', (sentence, label, value) => {
    const c = about(sentence, label, value);
    expect(c).toEqual({ subject: 'unit', time: 'year', qualifier: 'exact', measure: 'value' });
    expect(isHeadline(c)).toBe(true);
  });
});

describe('a noun is no time word', () => {
  it('"未编制采购计划扣2分" is this year\'s deduction; "计划投入" is a plan', () => {
    expect(about('“政府采购”因未编制采购计划扣2分', '扣', '2')).toMatchObject({ time: 'year' });
    expect(about('计划投入资金500万元', '计划投入资金', '500万元')).toMatchObject({ time: 'other-year' });
  });
});

describe('asides and comparisons do not move the subject or the year', () => {
  it.each([
    // The aside names a part of the budget; the 执行数 after it is the unit's.
    ['全年预算数为8000万元(含上年结转200万元),执行数为7600万元', '执行数', '7600万元'],
    // 较2022年度 dates only the comparison; the grade after it is this year's.
    ['2023年度自评综合得分为86.7分,较2022年度的90分下降3.3分,评价等级为良', '评价等级', '良'],
  ])('%s', (sentence, label, value) => {
    expect(isHeadline(about(sentence, label, value))).toBe(true);
  });

  it("but a figure in the comparison clause itself is the other year's", () => {
    expect(about('与2022年支出2,050.00万元相比,增长7.38%', '支出', '2,050.00万元')).toMatchObject({ time: 'other-year' });
    expect(about('全年预算数为8000万元(含上年结转200万元)', '上年结转', '200万元')).toMatchObject({ time: 'other-year' });
  });
});

describe('about something else: never a headline figure', () => {
  it.each([
    ['下属综合保障中心年度预算为860万元', '年度预算', '860万元', { subject: 'sub-unit' }],
    ['该项目绩效评价得分82分', '评价得分', '82', { subject: 'project' }],
    ['局属学校平均自评得分为87分', '自评得分', '87', { subject: 'sub-unit' }],
    // The last subject named narrows the whole before it.
    ['全镇各村(社区)平均自评得分为85分', '自评得分', '85', { subject: 'sub-unit' }],
    ['部门整体项目支出绩效自评等级为良', '自评等级', '良', { subject: 'category' }],
    ['其中财政拨款全年预算数为5,000万元', '全年预算数', '5,000万元', { subject: 'fund' }],
    ['基本支出预算为1,000万元', '预算', '1,000万元', { subject: 'category' }],
    ['上年度自评得分91分', '自评得分', '91', { time: 'other-year' }],
    ['2022年预算执行率为90%', '预算执行率', '90%', { time: 'other-year' }],
    ['明年预算安排为3,800万元', '预算', '3,800万元', { time: 'other-year' }],
    ['截至6月底预算执行率为48%', '预算执行率', '48%', { time: 'in-year' }],
    ['一季度预算执行率为20%', '预算执行率', '20%', { time: 'in-year' }],
    ['截至11月底预算执行率为88%', '预算执行率', '88%', { time: 'in-year' }],
    ['1-11月预算执行率为85%', '预算执行率', '85%', { time: 'in-year' }],
    ['执行率在95%以上', '执行率', '95%', { qualifier: 'bound' }],
    ['自评得分不低于90分', '自评得分', '90', { qualifier: 'bound' }],
    // A score's value stops before its 分, the bound or estimate after it still counts.
    ['自评得分90分以上', '自评得分', '90', { qualifier: 'bound' }],
    ['自评得分90分及以上', '自评得分', '90', { qualifier: 'bound' }],
    ['自评得分80分左右', '自评得分', '80', { qualifier: 'estimate' }],
    ['全年预算约1,200万元', '全年预算', '1,200万元', { qualifier: 'estimate' }],
    // One end of a range, or one of two readings.
    ['预算执行率为95%-98%', '预算执行率', '95%', { qualifier: 'bound' }],
    ['自评得分为85分至90分', '自评得分', '85', { qualifier: 'bound' }],
    ['全年预算数为5,000万元～5,200万元', '全年预算数', '5,000万元', { qualifier: 'bound' }],
    ['预算执行率为95%/98%', '预算执行率', '95%', { qualifier: 'bound' }],
    ['执行率为91%左右', '执行率', '91%', { qualifier: 'estimate' }],
    ['评分实行百分制,满分100分', '满分', '100', { measure: 'scale' }],
    ['管理效能分值40分', '分值', '40', { measure: 'scale' }],
  ])('%s', (sentence, label, value, expected) => {
    const c = about(sentence, label, value);
    expect(c).toMatchObject(expected);
    expect(isHeadline(c)).toBe(false);
    expect(describeAbout(c)).not.toBe('本单位本年度的值');
  });
});
