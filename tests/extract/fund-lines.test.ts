// extract/fund-lines.ts: income and spending by fund or kind, with budgets and rates, in the money section only.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractFundLines } from '../../src/lib/extract/fund-lines.ts';
import { expectStated } from '../helpers/facts.ts';
import { quote } from '../helpers/reports.ts';

const lines = (source: string) => extractFundLines(makeDoc(source)).fields.fundLines!;

const PAITAN = quote(
  '002_bf9dfd7af09c6cef.txt:123',
  '（四）部门整体收支情况\n\n2023年，我镇年度预算总收支28,564.19万元，全年实际总收支28,082.29万元，完成年度预算的98.31%。\n\n1. 年度收入总体情况\n\n我镇本年总收入28,082.29万元，完成年度预算的98.31%。其中一般公共预算财政拨款补助收入22,096.43万元，比上年减少10,847.19万元，下降32.93%；政府性基金预算财政拨款补助收入5,985.49万元，比上年减少30,711.55万元，下降83.69%。\n\n2. 年度支出总体情况\n\n我镇本年总支出28,082.29万元，完成年度预算的98.31%。其中基本支出5,531.53万元，比上年减少7.80万元，下降0.14%；项目支出22,550.76万元，比上年减少41,550.57万元，下降54.82%。',
);

describe('fund lines', () => {
  it('income by fund and spending by kind (002)', () => {
    const found = lines(PAITAN);
    expect(found.map((l) => [l.label, l.flow])).toEqual([
      ['一般公共预算财政拨款补助收入', 'income'],
      ['政府性基金预算财政拨款补助收入', 'income'],
      ['基本支出', 'expense'],
      ['项目支出', 'expense'],
    ]);
    expectStated(found[0]!.amount, PAITAN, 22096.43, '22,096.43万元');
    expectStated(found[1]!.amount, PAITAN, 5985.49, '5,985.49万元');
    expectStated(found[2]!.amount, PAITAN, 5531.53, '5,531.53万元');
    expectStated(found[3]!.amount, PAITAN, 22550.76, '22,550.76万元');
    for (const l of found) expect([l.budget, l.rate]).toEqual([null, null]);
  });

  it('income and spending of each fund, no total (003)', () => {
    const source = quote(
      '003_70a4941c04d84bdd.txt:59',
      '(三) 部门整体收支情况\n\n2023年一般公共预算财政拨款收入11256.48万元，一般公共预算支出11256.48万元；政府性基金预算财政拨款收入542.54万元，政府性基金预算支出542.54万元。',
    );
    const found = lines(source);
    expect(found.map((l) => [l.label, l.flow, l.amount?.value])).toEqual([
      ['一般公共预算财政拨款收入', 'income', 11256.48],
      ['一般公共预算支出', 'expense', 11256.48],
      ['政府性基金预算财政拨款收入', 'income', 542.54],
      ['政府性基金预算支出', 'expense', 542.54],
    ]);
    expectStated(found[1]!.amount, source, 11256.48, '11256.48万元', 1);
    expectStated(found[3]!.amount, source, 542.54, '542.54万元', 1);
  });

  it('budget, spending and rate of each fund after 其中 (004)', () => {
    const source = quote(
      '004_a0655f5b282921e2.txt:83',
      '（三）部门整体收支情况。\n\n广州市增城区人民政府荔城街道办事处 2021 年全年预算数 82,912.04 万元,全年执行数 75,317.78 万元，预算完成率 90.8%。其中财政拨款全年预算数 82,079.63 万元，全年执行数 74,789.68 万元，完成率 91.1%；其他资金全年预算数 832.41 万元，全年执行数 528.09 万元，完成率 63.4%。',
    );
    const [grant, other, ...rest] = lines(source);
    expect(rest).toEqual([]);
    expect([grant!.label, grant!.flow, other!.label, other!.flow]).toEqual(['财政拨款', 'expense', '其他资金', 'expense']);
    expectStated(grant!.budget, source, 82079.63, '82,079.63 万元');
    expectStated(grant!.amount, source, 74789.68, '74,789.68 万元');
    expectStated(grant!.rate, source, 91.1, '91.1%');
    expectStated(other!.budget, source, 832.41, '832.41 万元');
    expectStated(other!.amount, source, 528.09, '528.09 万元');
    expectStated(other!.rate, source, 63.4, '63.4%');
  });
});

describe('not fund lines', () => {
  it('what an inclusive aside counts is a part of the figure before it, not an amount spent', () => {
    const source =
      '一、部门整体支出情况\n2023年,我委全年预算数为1,286.40万元(含上年结转资金86.40万元),全年执行数为1,250.15万元。其中财政拨款1,200万元。';
    expect(lines(source).map((l) => [l.label, l.amount?.value])).toEqual([['财政拨款', 1200]]);
  });

  it('the parts of a budget in its aside are not amounts spent; a part of what was spent still is', () => {
    const source =
      '二、部门整体支出情况\n2023年度部门预算总额为12,865.40万元(其中基本支出4,210.30万元,项目支出8,655.10万元),实际支出12,402.77万元(其中基本支出4,100.00万元)。';
    expect(lines(source).map((l) => [l.label, l.amount?.value])).toEqual([['基本支出', 4100]]);
  });

  it('after 其中 following a budget the funds are parts of the budget; after the spending they are amounts', () => {
    const source =
      '二、部门整体支出情况\n2023年全年预算数为1,000.00万元,其中财政拨款900万元、其他资金100万元;全年执行数为950.00万元,其中财政拨款880万元、其他资金70万元。全年预算数为1,000万元,其中财政拨款全年预算数900万元,全年执行数880万元。';
    expect(lines(source).map((l) => [l.label, l.budget?.value, l.amount?.value])).toEqual([
      ['财政拨款', 900, 880],
      ['财政拨款', undefined, 880],
      ['其他资金', undefined, 70],
    ]);
  });

  it("a figure per head is not a fund's total", () => {
    const source = '二、预算执行情况\n2023年学校全年预算为3,062.40万元,全年支出3,010.15万元。生均公用经费1,200元,人均人员经费8.5万元。';
    expect(lines(source)).toEqual([]);
  });

  it('totals and year-on-year changes (002)', () => {
    const values = lines(PAITAN).flatMap((l) => [l.amount?.value, l.budget?.value]);
    for (const v of [28564.19, 28082.29, 10847.19, 30711.55, 7.8, 41550.57]) expect(values).not.toContain(v);
  });

  it('funds named outside the money section (004)', () => {
    const source = quote(
      '004_a0655f5b282921e2.txt:87',
      '（三）部门整体绩效管理情况。\n\n根据财政预算绩效管理要求，组织部门整体支出绩效自评（含下属单位 5 个），涉及一般公共预算支出 31,992.22 万元，政府性基金预算支出 42,797.46 万元。',
    );
    expect(lines(source)).toEqual([]);
  });

  it("a project's money (000)", () => {
    const source = quote(
      '000_6506d5458f2bf397.txt:101',
      '（三）各重点任务项目支出完成情况分析\n\n广东省广州市白云区新农村基础设施建设项目全年预算数为 1,797 万元，执行数为 1,797 万元，完成预算的 100%。',
    );
    expect(lines(source)).toEqual([]);
  });
});
