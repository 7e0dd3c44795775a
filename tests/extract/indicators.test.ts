// extract/indicators.ts: indicators in their two phrasings and as unmet targets, with met judged on units and direction.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractIndicators } from '../../src/lib/extract/indicators.ts';
import type { Indicator } from '../../src/lib/schema.ts';
import { expectQuotes, expectStated } from '../helpers/facts.ts';
import { quote } from '../helpers/reports.ts';

const indicators = (source: string) => extractIndicators(makeDoc(source)).fields.indicators!;
const named = (list: Indicator[], name: string) => {
  const found = list.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name} among ${list.map((i) => i.name).join(', ')}`);
  return found;
};

describe('"年度指标值为 X，实际完成 Y" (004)', () => {
  const source = quote(
    '004_a0655f5b282921e2.txt:99',
    '1.产业创新发展，推动经济高质量发展。开展政策培训、业务培训年度指标值为 1 次，实际完成 5 次；外出招商活动次数年度指标值为 4 次，实际完成 3 次；服务企业数年度指标值为 203 家，实际完成 212 家；引进注册资本 1000 万的企业数年度指标值为 1 家，实际完成引进注册资本 2000 万的企业数 1 家。',
  );
  const list = indicators(source);

  it('finds the four, named without the section title before them', () => {
    expect(list.map((i) => i.name)).toEqual(['开展政策培训、业务培训', '外出招商活动次数', '服务企业数', '引进注册资本1000万的企业数']);
  });

  it('target and actual with their units', () => {
    const firms = named(list, '服务企业数');
    expectStated(firms.target, source, 203, '203 家');
    expectStated(firms.actual, source, 212, '212 家');
    expect([firms.target!.unit, firms.comparator, firms.met]).toEqual(['家', '>=', true]);
    expectQuotes(firms.span, source, '服务企业数年度指标值为 203 家，实际完成 212 家');
  });

  it('an actual below the target is not met', () => {
    const visits = named(list, '外出招商活动次数');
    expectStated(visits.target, source, 4, '4 次');
    expectStated(visits.actual, source, 3, '3 次');
    expect(visits.met).toBe(false);
  });

  it('the actual is the count, not the "2000 万" in its description', () => {
    const firms = named(list, '引进注册资本1000万的企业数');
    expectStated(firms.actual, source, 1, '1 家', '企业数 1 家');
    expect(firms.met).toBe(true);
  });
});

describe('units and direction (004)', () => {
  const source = quote(
    '004_a0655f5b282921e2.txt:101',
    '2.城乡管理治理上水平。垃圾专车专运完成率年度指标\n\n值为 70%，实际完成隔离酒店生活垃圾专车专运完成率 100%；城乡环境卫生干净度年度指标值为 90%，实际完成 98.93%；重大社会治安事件发生率年度指标值为 0%，实际完成 0%；治安案件查处率（%）年度指标值为 100%，实际完成 100%；在册涉毒管控人员帮教服务覆盖率年度指标值为 100%，实际完成 70%；出租屋安全隐患排查整治等各类专项行动开展次数年度指标值为 88 次，实际完成 90 次；来穗人员融合活动开展次数年度指标值为 55 次，实际完成 67 次；出租屋建档率、出租屋登记率年度指标值为 100%，实际完成 100%。\n\n3.民生和社会保障事务。辖内兜底性人群（特指：三无长者、独居长者、孤寡长者、低保低收入家庭、单亲家庭、残障儿童、残障青少年等人群）服务覆盖率年度指标值为 100%，实际完成 100%；长者饭堂就餐人次年度指标值为 10 万人次，实际完成 112848 次；开展社区活动次数年度指标值为 220 次，实际完成 170 次；失业人员再就业率年度指标值为 70%，实际完成 78.89%。',
  );
  const list = indicators(source);

  it('finds all twelve', () => {
    expect(list).toHaveLength(12);
  });

  it('a label broken across lines, and the actual named again after 实际完成', () => {
    const garbage = named(list, '垃圾专车专运完成率');
    expectStated(garbage.target, source, 70, '70%');
    expectStated(garbage.actual, source, 100, '100%', '专车专运完成率 100%');
    expectQuotes(garbage.span, source, '垃圾专车专运完成率年度指标\n\n值为 70%，实际完成隔离酒店生活垃圾专车专运完成率 100%');
  });

  it('10 万人次 against 112848 次 is met', () => {
    const meals = named(list, '长者饭堂就餐人次');
    expectStated(meals.target, source, 10, '10 万人次');
    expect(meals.target!.unit).toBe('万人次');
    expectStated(meals.actual, source, 112848, '112848 次');
    expect(meals.met).toBe(true);
  });

  it('a rate of incidents is lower-is-better: 0% against 0% is met', () => {
    const incidents = named(list, '重大社会治安事件发生率');
    expect([incidents.lowerIsBetter, incidents.comparator, incidents.met]).toEqual([true, '<=', true]);
  });

  it('names lose their parenthesised remarks', () => {
    expect(named(list, '治安案件查处率').actual?.value).toBe(100);
    expect(named(list, '辖内兜底性人群服务覆盖率').target?.value).toBe(100);
  });

  it('70% against 100% and 170 次 against 220 次 are not met', () => {
    expect(named(list, '在册涉毒管控人员帮教服务覆盖率').met).toBe(false);
    expect(named(list, '开展社区活动次数').met).toBe(false);
    expect(named(list, '失业人员再就业率').met).toBe(true);
  });
});

describe('"数量指标为 NAME，年度目标值为 X…指标完成率为 Z" (003)', () => {
  const output = quote(
    '003_70a4941c04d84bdd.txt:85',
    '吕田镇人民政府部门整体产出指标共设置 4 个。其中，数量指标为基建工程完成率，年度目标值为 100%，指标完成率为 100%；质量指标为各类津贴补贴及时发放率，指标完成率为 100%；时效指标为群众投诉、信访及时处理率，年度目标值为 90%或以上，2023 年 12345 热线受理 480 份工单，归档 422 单，及时处理 422 单，及时处理率达 100%，指标完成率为 100%；成本指标为公用经费控制率，2023 年公用经费控制率为 0，指标完成率为 100%。',
  );
  const outcome = quote(
    '003_70a4941c04d84bdd.txt:91',
    '社会效益指标为居民医保参保率，年度目标值为 90%或以上，2023 年吕田镇城乡居民医保参保率为 94.6%，指标完成率为 100%；生态效益指标为水质达标率（保持 III 类或以上），年度目标值为 100%，流溪河流域在吕田镇辖内的 12 条一级支流稳定保持 II、III 类水质，指标完成率为 100%；可持续发展指标为低保、低收人员生活保障覆盖率，年度目标值为 100%，截至 2023 年 12 月，吕田镇实际低保救助对象 1471 人，低收救助对象 64 人，已经全部纳入保障，低保、低收人员生活保障覆盖率 100%，指标完成率为 100%；满意度指标为群众满意度，年度目标值为 80%或以上，参与调查的群众总人数为 83 人，调查满意度为满意的群众人数为 74 人，群众满意度为 89.15%，指标完成率为 100%。',
  );

  it('finds the four output indicators with their categories, not the count before them', () => {
    expect(indicators(output).map((i) => [i.category, i.name])).toEqual([
      ['数量指标', '基建工程完成率'],
      ['质量指标', '各类津贴补贴及时发放率'],
      ['时效指标', '群众投诉、信访及时处理率'],
      ['成本指标', '公用经费控制率'],
    ]);
  });

  it('"90%或以上" is a minimum; the actual is the rate, not the counts of 工单', () => {
    const timely = named(indicators(output), '群众投诉、信访及时处理率');
    expectStated(timely.target, output, 90, '90%');
    expect(timely.comparator).toBe('>=');
    expectStated(timely.actual, output, 100, '100%', '及时处理率达 100%');
    expectStated(timely.completion, output, 100, '100%', '100%；成本指标');
    expect(timely.met).toBe(true);
  });

  it('an indicator with only a completion rate is met by it', () => {
    const allowance = named(indicators(output), '各类津贴补贴及时发放率');
    expect([allowance.target, allowance.actual]).toEqual([null, null]);
    expectStated(allowance.completion, output, 100, '100%', '及时发放率，指标完成率为 100%');
    expect(allowance.met).toBe(true);
  });

  it('the actual is the stated rate, not the survey counts (89.15%, not 83 or 74 人)', () => {
    const satisfaction = named(indicators(outcome), '群众满意度');
    expectStated(satisfaction.target, outcome, 80, '80%');
    expectStated(satisfaction.actual, outcome, 89.15, '89.15%');
  });

  it('"12 条一级支流" is not the actual of 水质达标率', () => {
    const water = named(indicators(outcome), '水质达标率');
    expect(water.category).toBe('生态效益指标');
    expectStated(water.target, outcome, 100, '100%', '年度目标值为 100%，流溪河');
    expect(water.actual).toBeNull();
  });

  it("the actual found by the indicator's name later in the text (94.6%)", () => {
    const insured = named(indicators(outcome), '居民医保参保率');
    expectStated(insured.actual, outcome, 94.6, '94.6%');
    expect(insured.met).toBe(true);
  });
});

describe('unmet targets in deductions (000)', () => {
  const source = quote(
    '000_6506d5458f2bf397.txt:65',
    '“整体效能”模块因部门预算资金支出率为99.54%，未达100%，扣0.05分；“采购管理”模块因合同签订及时率为97%，未达100%，相应扣1分',
  );

  it('"因 NAME 为 Y，未达 X"', () => {
    const [spending, contracts, ...rest] = indicators(source);
    expect(rest).toEqual([]);
    expect(spending!.name).toBe('部门预算资金支出率');
    expectStated(spending!.actual, source, 99.54, '99.54%');
    expectStated(spending!.target, source, 100, '100%', '未达100%，扣0.05分');
    expect(spending!.met).toBe(false);
    expect(contracts!.name).toBe('合同签订及时率');
    expectStated(contracts!.actual, source, 97, '97%');
    expect(contracts!.met).toBe(false);
  });
});

describe('other phrasings', () => {
  it('a target and actual in parentheses after the name', () => {
    const source = '垃圾分类覆盖率(目标值≥95%,实际值98%);违法建设查处数(年度目标值为100宗,实际完成120宗)。';
    const list = indicators(source);
    expect(list.map((i) => [i.name, i.target?.value, i.comparator, i.actual?.value, i.met])).toEqual([
      ['垃圾分类覆盖率', 95, '>=', 98, true],
      ['违法建设查处数', 100, '>=', 120, true],
    ]);
    expectStated(list[1]!.actual, source, 120, '120宗');
  });

  it('the actual first, the target after: "达到95%,超过目标值90%", "为85%,低于目标值90%"', () => {
    const source = '群众满意度达到95%,超过目标值90%;垃圾分类覆盖率为85%,低于目标值90%。';
    const list = indicators(source);
    expect(list.map((i) => [i.name, i.target?.value, i.actual?.value, i.met])).toEqual([
      ['群众满意度', 90, 95, true],
      ['垃圾分类覆盖率', 90, 85, false],
    ]);
    expectQuotes(list[1]!.span, source, '垃圾分类覆盖率为85%,低于目标值90%');
  });

  it('a bare 目标 and 完成', () => {
    const source = '路灯亮灯率:目标95%,完成98%;学校周边安全隐患整改率目标100%,完成100%。';
    expect(indicators(source).map((i) => [i.name, i.target?.value, i.actual?.value, i.met])).toEqual([
      ['路灯亮灯率', 95, 98, true],
      ['学校周边安全隐患整改率', 100, 100, true],
    ]);
  });

  it('a category and 指标名称 before the name', () => {
    const source = '产出指标：数量指标“培训次数”目标值≥5次，实际完成6次；指标名称：群众满意度，年度目标值：不低于90%，实际完成值：92%。';
    expect(indicators(source).map((i) => [i.name, i.category, i.target?.value, i.actual?.value, i.met])).toEqual([
      ['培训次数', '数量指标', 5, 6, true],
      ['群众满意度', null, 90, 92, true],
    ]);
  });
});

describe('rough actuals', () => {
  it.each(['实际完成约520人次', '实际完成近520人次', '实际完成520人次以上', '实际完成值为520人次左右'])(
    '"%s" is an estimate or a bound: no actual, and met unknown',
    (actual) => {
      const [i] = indicators(`三、绩效指标完成情况\n1.培训人次,年度指标值≥500人次,${actual}。`);
      expect([i?.name, i?.target?.value, i?.actual, i?.met]).toEqual(['培训人次', 500, null, null]);
    },
  );
});

describe('not indicators', () => {
  it.each([
    ['002_bf9dfd7af09c6cef.txt:143', '部门整体支出绩效指标基本实现，自评得分为 92 分，其中：产出指标完成率为 84%，效益指标完成率为 100%。'],
    ['000_6506d5458f2bf397.txt:87', '推进视频监控“五口”全覆盖，建设治安视频监控 4433 支，完成率 109%。'],
    [
      '003_70a4941c04d84bdd.txt:65',
      '1.在项目入库、预算编制时申报绩效目标，填写项目和整体绩效目标表，将项目和部门整体预算绩效目标的设置作为预算安排的重要参考依据，绩效目标设置的覆盖率达100%。',
    ],
  ])('%s: %s', (citation, text) => {
    expect(indicators(quote(citation, text))).toEqual([]);
  });
});

describe('signs', () => {
  it('a minus sign belongs to the actual ("实际增长率为-4.2%"), and the target is not met', () => {
    const source = '质量指标:辖区GDP增长率,年度目标值为5%,实际增长率为-4.2%。';
    const gdp = named(indicators(source), '辖区GDP增长率');
    expectStated(gdp.actual, source, -4.2, '-4.2%');
    expect(gdp.met).toBe(false);
  });

  it('"下降4.2%" of a rate of change is -4.2; of anything else it is not the actual', () => {
    const source = '效益指标:财政收入增长率,年度目标值为3%,实际同比下降4.2%。';
    expect(named(indicators(source), '财政收入增长率').actual).toMatchObject({ value: -4.2, text: '下降4.2%' });
    const other = '时效指标:群众投诉处理时长,年度目标值为5天,实际下降2天。';
    expect(named(indicators(other), '群众投诉处理时长').actual?.value ?? null).not.toBe(2);
  });

  it('refuses a target past 15 significant digits instead of rounding it', () => {
    const list = indicators(`数量指标:服务人次,年度目标值为${'9'.repeat(309)}人次,实际完成100人次。`);
    expect(list.flatMap((i) => [i.target?.value, i.actual?.value]).filter((v) => v !== undefined && v > 1e15)).toEqual([]);
  });
});
