// extract/indicator-table.ts: indicators read from the rows of a form, merged category cells carried down.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { tableIndicators } from '../../src/lib/extract/indicator-table.ts';
import { expectStated } from '../helpers/facts.ts';
import { FLAT_INDICATOR_FORM, INDICATOR_FORM, WHOLE_FORM } from '../helpers/forms.ts';

describe('tableIndicators', () => {
  it('reads a pipe form, carrying 数量指标 down to the merged row', () => {
    const list = tableIndicators(makeDoc(INDICATOR_FORM));
    expect(list.map((i) => [i.name, i.category, i.met])).toEqual([
      ['服务企业数', '数量指标', true],
      ['外出招商活动次数', '数量指标', false],
      ['长者饭堂就餐人次', '社会效益指标', true],
    ]);
    expectStated(list[1]!.target, INDICATOR_FORM, 4, '4 次');
    expectStated(list[1]!.actual, INDICATOR_FORM, 3, '3 次');
    expectStated(list[2]!.target, INDICATOR_FORM, 10, '10 万人次');
    expectStated(list[2]!.actual, INDICATOR_FORM, 112848, '112848 次');
  });

  it('reads a tab form the same way, merged cells and all', () => {
    const tabbed = INDICATOR_FORM.split('\n')
      .filter((line) => !/^\| -/.test(line))
      .map((line) =>
        line
          .replace(/^\| ?| ?\|$/g, '')
          .split(/ ?\| ?/)
          .join('\t'),
      )
      .join('\n');
    const list = tableIndicators(makeDoc(tabbed));
    expect(list.map((i) => [i.name, i.category, i.target?.value, i.actual?.value, i.met])).toEqual([
      ['服务企业数', '数量指标', 203, 212, true],
      ['外出招商活动次数', '数量指标', 4, 3, false],
      ['长者饭堂就餐人次', '社会效益指标', 10, 112848, true],
    ]);
  });

  it('reads the indicator part of a whole form: padded rows, ≧ and 以内 as comparators', () => {
    const list = tableIndicators(makeDoc(WHOLE_FORM));
    expect(list.map((i) => [i.name, i.category, i.target?.value, i.comparator, i.actual?.value, i.met])).toEqual([
      ['办结信访案件', '数量指标', 168, '>=', 168, true],
      ['拆除违法建设', '数量指标', 32, '>=', 30, false],
      ['解决群众问题时间', '时效性指标', 2, '<=', 2, true],
      ['群众对政府工作满意度', '群众满意度指标', 90, '>=', 95, true],
    ]);
    expectStated(list[3]!.target, WHOLE_FORM, 90, '90%');
  });

  it('reads a flattened form with 全年完成值, 分值, 得分 and 偏差原因 columns', () => {
    const form = [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '全年完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
      '产出指标',
      '数量指标',
      '培训次数',
      '≥5次',
      '6次',
      '10',
      '10',
      '无',
      '效益指标',
      '满意度指标',
      '群众满意度',
      '≥90%',
      '88%',
      '10',
      '9',
      '宣传不足',
    ].join('\n');
    expect(tableIndicators(makeDoc(form)).map((i) => [i.name, i.category, i.target?.value, i.actual?.value, i.met])).toEqual([
      ['培训次数', '数量指标', 5, 6, true],
      ['群众满意度', '满意度指标', 90, 88, false],
    ]);
  });

  it('reads flattened cells, with spans across the cell lines', () => {
    const list = tableIndicators(makeDoc(FLAT_INDICATOR_FORM));
    expect(list.map((i) => [i.name, i.met])).toEqual([
      ['服务企业数', true],
      ['在册涉毒管控人员帮教服务覆盖率', false],
    ]);
    expectStated(list[1]!.actual, FLAT_INDICATOR_FORM, 70, '70%');
    expect(list[0]!.span.text).toBe('服务企业数\n203 家\n212 家');
  });

  it.each([
    '| 一级指标 | 二级指标 | 三级指标 | 年度目标 | 实际完成 | 分值 | 得分 |\n| 产出指标 | 数量指标 | 培训人次 | ≥500人次 | 520人次 | 10 | 10 |',
    '| 指标名称 | 预期目标 | 实际完成情况 |\n| 培训人次 | ≥500人次 | 520人次 |',
  ])('reads a target column headed 年度目标 or 预期目标: %s', (form) => {
    expect(tableIndicators(makeDoc(form)).map((i) => [i.name, i.target?.value, i.actual?.value, i.met])).toEqual([
      ['培训人次', 500, 520, true],
    ]);
  });

  it("reads no indicator from a form's 年度总体目标 block, whose columns are 预期目标 and 实际完成情况 too", () => {
    expect(tableIndicators(makeDoc('| 年度总体目标 | 预期目标 | 实际完成情况 |\n| | 保障机构运转 | 机构运转正常 |'))).toEqual([]);
  });

  it('reads nothing from a table without target and actual columns', () => {
    expect(tableIndicators(makeDoc('| 项目 | 全年预算数 | 全年执行数 |\n| 新农村基础设施建设项目 | 1,797 | 1,797 |'))).toEqual([]);
  });
});
