// genre.ts: documents of another genre that share the self-evaluation's words.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../src/lib/document.ts';
import { otherGenre } from '../src/lib/genre.ts';
import { reportNames, reportText } from './helpers/reports.ts';

describe('otherGenre', () => {
  it.each([
    ['某某县农业农村局2022年度部门决算公开\n第一部分 部门概况', '部门决算公开'],
    ['某某区财政局2024年部门预算公开\n一、部门职责', '部门预算公开'],
    ['关于开展2023年度部门整体支出绩效自评工作的通知\n各镇人民政府:', '通知或公告'],
    ['某某区部门整体支出绩效评价实施方案\n一、目的', '方案或办法'],
    // Many units' results in one list, the title run into the next paragraph by the reflow otherwise.
    [
      '关于2023年度部门整体支出绩效自评结果的公示\n\n根据《某某县预算绩效管理办法》,现将2023年度各部门整体支出绩效自评结果公示如下:',
      '评价结果公示或通报',
    ],
    ['2022年度部门整体支出绩效评价结果通报\n各部门:', '评价结果公示或通报'],
    ['凤凰县财政局关于凤凰县农业农村局2023年度部门整体支出绩效自评报告的复核意见\n一、', '对自评报告的审核或复核意见'],
    ['钦州市钦南区尖山街道办事处2023年度部门整体支出绩效运行监控报告\n一、预算执行情况', '绩效运行监控报告 (年中, 不是年度自评)'],
    ['2024年度部门整体支出绩效目标申报表\n| 部门名称 | 某某乡人民政府 |', '绩效目标申报表 (年初的计划, 不是自评)'],
    // A unit's final accounts, its attachments listing a self-evaluation form by file name.
    ['2022年度\n四川省绵阳市涪城区机关事务服务中心单位决算\n部门预算项目支出绩效自评表(2022年度).xlsx', '部门决算公开'],
    // The site's column, then the page's unit and date, before the title.
    ['2022年财政经费决算\n文宫镇人民政府\n2023年10月27日\n2022年度\n仁寿县文宫镇人民政府部门决算', '部门决算公开'],
  ])('%s → %s', (text, genre) => {
    expect(otherGenre(makeDoc(text))).toBe(genre);
  });

  it.each(reportNames)('finds none in the shipped report %s', (name) => {
    expect(otherGenre(makeDoc(reportText(name)))).toBeNull();
  });

  it("a 决算 publication whose contents and unit come before its title is told by its parts' headings", () => {
    const text = [
      '目录',
      '第一部分 洪江市农业农村局概况',
      '一、部门职责',
      '负责全市农业农村工作。',
      '一、',
      '二、',
      '三、',
      '第二部分 部门决算表',
      '第三部分 部门决算情况说明',
    ];
    expect(otherGenre(makeDoc(text.join('\n')))).toBe('部门决算公开');
    // A self-evaluation that cites the 决算 in sentences, or has its title among the lines, is not one.
    const report = ['2023年度某某局部门整体支出绩效自评报告', '一、基本情况', '根据部门决算表,全年支出5,300万元。', '根据决算情况说明,…'];
    expect(otherGenre(makeDoc(report.join('\n')))).toBeNull();
  });

  it('a site column for budgets and final accounts alike (预决算) before the title names no other genre', () => {
    expect(otherGenre(makeDoc('部门预决算公开\n永顺县林业局2023年度部门整体支出绩效自评报告'))).toBeNull();
    expect(otherGenre(makeDoc('2023年度永顺县林业局部门整体支出绩效自评报告\n附件:2023年部门决算表.xls'))).toBeNull();
    expect(otherGenre(makeDoc('部门整体支出绩效目标自评表\n(2023年度)'))).toBeNull();
    expect(otherGenre(makeDoc('部门整体支出绩效自评报告\n评价单位:凤凰县农业农村局\n根据财政局的审核意见,我局进行了整改。'))).toBeNull();
  });

  it('a report titled 关于…的报告, or a form, is a self-evaluation even if 决算 follows', () => {
    expect(otherGenre(makeDoc('关于某某镇2022年度部门整体支出绩效自评情况的报告\n部门决算数为100万元'))).toBeNull();
    expect(otherGenre(makeDoc('部门整体支出绩效自评表\n(2023年度)\n部门决算'))).toBeNull();
  });
});

describe('otherGenre: one title that names the budget it evaluates', () => {
  it('"部门预算项目支出绩效自评表(2023年度)" is a self-evaluation form, not a 部门预算 publication', () => {
    expect(otherGenre(makeDoc('报表编号:510000_0013zp\n部门预算项目支出绩效自评表(2023年度)\n项目名称'))).toBeNull();
  });

  it('a 部门预算 title with a self-evaluation named after a break is still a budget publication', () => {
    expect(otherGenre(makeDoc('2023年部门预算公开,附:项目支出绩效自评表'))).toBe('部门预算公开');
    expect(otherGenre(makeDoc('2023年部门预算说明(附部门整体支出绩效自评表)'))).toBe('部门预算公开');
  });
});
