// extract/deductions.ts: points taken off with their item and reason, and the 分 that are not deductions.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractDeductions } from '../../src/lib/extract/deductions.ts';
import { expectStated } from '../helpers/facts.ts';
import { quote } from '../helpers/reports.ts';

const deductions = (source: string) => extractDeductions(makeDoc(source)).fields.deductions!;

describe('deductions', () => {
  it('the quoted module, its points and the reason after 因 (000)', () => {
    const source = quote(
      '000_6506d5458f2bf397.txt:65',
      '“整体效能”模块因部门预算资金支出率为99.54%，未达100%，扣0.05分；“采购管理”模块因合同签订及时率为97%，未达100%，相应扣1分；其余模块皆满分，整体支出绩效自评总分为98.95分',
    );
    const [first, second, ...rest] = deductions(source);
    expect(rest).toEqual([]);
    expect(first!.item).toBe('整体效能');
    expectStated(first!.points, source, 0.05, '0.05');
    expect(first!.points.unit).toBe('分');
    expect(first!.reason).toBe('部门预算资金支出率为99.54%,未达100%');
    expect(second!.item).toBe('采购管理');
    expectStated(second!.points, source, 1, '1', '扣1分');
    expect(second!.reason).toBe('合同签订及时率为97%,未达100%');
  });
});

describe('not deductions', () => {
  it.each([
    [
      '004_a0655f5b282921e2.txt:95',
      '部门绩效自评得分 88.51 分，其中管理效能分值 40 分，自评得分 31.5 分；履行职能分值 60 分，自评得分 57.01 分。',
    ],
    ['001_b6a3c52251988525.txt:59', '2022 年广州市番禺区化龙镇人民政府自评综合得分为92.44分,自评结果为"优"。'],
    ['000_6506d5458f2bf397.txt:65', '其余模块皆满分，整体支出绩效自评总分为98.95分'],
    ['000_6506d5458f2bf397.txt:87', '交通亡人事故下降 26.3%'],
  ])('%s: %s', (citation, text) => {
    expect(deductions(quote(citation, text))).toEqual([]);
  });
});

describe('reductions that are not deductions of points', () => {
  it.each(['“审批服务”因流程优化,办理时限缩短2天。', '“窗口服务”因改进流程,平均等候时间减2分钟。', '“成本控制”因节约,减少2万元。'])(
    '%s',
    (sentence) => {
      expect(deductions(sentence)).toEqual([]);
    },
  );
});

describe('deductions of another year', () => {
  it('"上年…扣2分" is last year\'s, not this report\'s', () => {
    expect(deductions('2023年度某某镇部门整体支出绩效自评报告\n上年度“预算编制”因调整较大扣2分。')).toEqual([]);
  });

  it('an item about a project is still a deduction of this year', () => {
    expect(deductions('“项目管理”因进度滞后,扣1分。').map((d) => [d.item, d.points.value])).toEqual([['项目管理', 1]]);
  });
});

describe('items named right before 扣, reasons after it', () => {
  it('a numbered list: "1.预算编制扣1分,原因是…;2.在资产管理方面扣0.5分,原因是…"', () => {
    const source =
      '扣分情况:1.预算编制扣1分,原因是部分项目预算编制不够细化;2.在资产管理方面扣0.5分,原因是固定资产登记不及时;3.其中,绩效监控扣2分。';
    expect(deductions(source).map((d) => [d.item, d.points.value, d.reason])).toEqual([
      ['预算编制', 1, '部分项目预算编制不够细化'],
      ['资产管理', 0.5, '固定资产登记不及时'],
      ['绩效监控', 2, null],
    ]);
  });

  it("items in an aside after a group's total; a quoted word that only starts the name", () => {
    const source =
      '其中:投入管理共扣1.5分(预算编制准确性扣1分,“三公”经费控制扣0.5分);产出及效益共扣2.5分(重点工作完成率扣1.5分,满意度扣1分)。合计扣4分。';
    expect(deductions(source).map((d) => [d.item, d.points.value])).toEqual([
      ['预算编制准确性', 1],
      ['“三公”经费控制', 0.5],
      ['重点工作完成率', 1.5],
      ['满意度', 1],
    ]);
  });

  it('a numbered shortfall before its points, and "扣分X分"', () => {
    const source = '扣分事项:1.部分项目绩效目标不够细化,扣分3分;2.预算执行率未达到95%,扣3分。以上共扣6分。';
    expect(deductions(source).map((d) => [d.item, d.points.value])).toEqual([
      ['部分项目绩效目标不够细化', 3],
      ['预算执行率未达到95%', 3],
    ]);
  });

  it('"扣分原因:" names no item: the 因 of 原因 is no reason word', () => {
    const source = '扣分原因:预算执行率未达100%扣分2分,绩效目标未完全实现扣6分。';
    expect(deductions(source).map((d) => [d.item, d.points.value])).toEqual([['绩效目标未完全实现', 6]]);
  });

  it('a quoted item followed by its reason keeps the quoted name', () => {
    const source = '“政府采购”因未及时编制采购计划扣2分。';
    expect(deductions(source).map((d) => d.item)).toEqual(['政府采购']);
  });

  it.each([
    '以上共扣3.5分。',
    '较上年少扣2分。',
    '合计扣3.5分。',
    '会议时长减少30分钟。',
    '扣分事项共3项。',
    '1.各项指标完成较好,未扣分。',
  ])('no item in %s', (source) => {
    expect(deductions(source)).toEqual([]);
  });
});
