// extract/table-money.ts: budget, spending and rate rows of a form, with the unit from header or caption.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { moneyRows } from '../../src/lib/extract/table-money.ts';
import { expectStated } from '../helpers/facts.ts';
import { MONEY_FORM, WHOLE_FORM } from '../helpers/forms.ts';

describe('moneyRows', () => {
  it('reads the totals row and each fund, quoting the cells', () => {
    const rows = moneyRows(makeDoc(MONEY_FORM));
    expect(rows.map((r) => [r.label, r.total])).toEqual([
      ['年度资金总额', true],
      ['财政拨款', false],
      ['其他资金', false],
    ]);
    expectStated(rows[0]!.budget, MONEY_FORM, 82912.04, '82,912.04');
    expectStated(rows[0]!.spent, MONEY_FORM, 75317.78, '75,317.78');
    expectStated(rows[0]!.rate, MONEY_FORM, 90.8, '90.8%');
    expectStated(rows[2]!.spent, MONEY_FORM, 528.09, '528.09');
    expect(rows[0]!.budget!.unit).toBe('万元');
  });

  it('converts 元 given in the header to 万元', () => {
    const form = MONEY_FORM.replace('单位：万元', '').replace('全年预算数', '全年预算数（元）').replace('全年执行数', '全年执行数（元）');
    const [total] = moneyRows(makeDoc(form));
    expect(total!.budget!.value).toBe(8.291204);
  });

  it('takes no value from a table that names no unit', () => {
    const [total] = moneyRows(makeDoc(MONEY_FORM.replace('单位：万元', '')));
    expect([total!.budget, total!.spent]).toEqual([null, null]);
    expect(total!.rate!.value).toBe(90.8);
  });

  it('takes the unit from the block label above a form\'s header ("年度预算执行情况(万元)")', () => {
    const form = '年度预算执行情况(万元)\n| 资金来源 | 全年预算数 | 全年执行数 | 执行率 |\n| 年度资金总额 | 1,680.00 | 1,612.80 | 96.00% |';
    const [total] = moneyRows(makeDoc(form));
    expect([total!.budget!.value, total!.spent!.value]).toEqual([1680, 1612.8]);
  });

  it("the 合计 of a table of projects is not the department's total, nor a project", () => {
    const table =
      '单位:元\n| 项目名称 | 全年预算数 | 全年执行数 | 执行率 |\n| 城乡低保资金 | 82,000,000.00 | 81,500,000.00 | 99.39% |\n| 合计 | 103,000,000.00 | 101,600,000.00 | 98.64% |';
    expect(moneyRows(makeDoc(table)).map((r) => [r.label, r.total, r.project, r.budget?.value])).toEqual([
      ['城乡低保资金', false, true, 8200],
    ]);
  });

  it('reads "150万" in a money column as 150万元', () => {
    const [total] = moneyRows(makeDoc('| 资金来源 | 全年预算数 | 全年执行数 |\n| 年度资金总额 | 150万 | 1.2亿 |'));
    expect([total!.budget!.value, total!.spent!.value]).toEqual([150, 12000]);
  });

  it('reads a rate without its sign under a header that gives it ("执行率(%)"), and only there', () => {
    const form = '单位:万元\n| 资金来源 | 全年预算数 | 全年执行数 | 执行率(%) |\n| 年度资金总额 | 3,250.00 | 3,120.00 | 96.00 |';
    expect(moneyRows(makeDoc(form))[0]!.rate?.value).toBe(96);
    expect(moneyRows(makeDoc(form.replace('执行率(%)', '执行率')))[0]!.rate).toBeNull();
  });

  it("a form's 年度主要任务 block is no money row, not even as the only row of its table", () => {
    const form = '单位:万元\n| 年度主要任务 | 任务名称 | 主要内容 | 预算数 | 执行数 |\n| | 城市管理 | 背街小巷整治 | 300.00 | 295.00 |';
    expect(moneyRows(makeDoc(form))).toEqual([]);
  });

  it('rows per year compare years: no fund, no total', () => {
    const table =
      '| 年度 | 全年预算数(万元) | 全年执行数(万元) | 执行率 |\n| 2022年度 | 14,200.00 | 13,500.00 | 95.07% |\n| 2023年度 | 15,678.90 | 15,120.45 | 96.44% |';
    expect(moneyRows(makeDoc(table))).toEqual([]);
    // 上年结转资金 is a fund, not a year.
    const funds = '| 资金来源 | 全年预算数(万元) | 全年执行数(万元) |\n| 上年结转资金 | 50.00 | 45.00 |';
    expect(moneyRows(makeDoc(funds)).map((r) => r.label)).toEqual(['上年结转资金']);
  });

  it('takes nothing from a totals row that lost a cell: which column 864.2 stands in is unknown', () => {
    expect(moneyRows(makeDoc(WHOLE_FORM))).toEqual([]);
  });
});

describe('moneyRows: the adjusted budget', () => {
  it('takes 调整后预算数 over 年初预算 as the budget, as a Sichuan project form gives both', () => {
    const form = [
      '单位:万元',
      '| 项目 | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 |',
      '| --- | --- | --- | --- | --- |',
      '| 总额 | 238.93 | 251.89 | 250.00 | 99.25% |',
    ].join('\n');
    const [total] = moneyRows(makeDoc(form));
    expectStated(total!.budget, form, 251.89, '251.89');
    expectStated(total!.spent, form, 250, '250.00');
  });
});
