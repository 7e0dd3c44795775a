// extract/cover.ts: a cover's or a form's head states the unit, the year and the project on their own lines.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { coverOf } from '../../src/lib/extract/cover.ts';

const text = (s: string, key: 'entity' | 'year' | 'project') => coverOf(makeDoc(s))[key]?.text ?? null;

describe('coverOf', () => {
  it.each([
    [
      '部门整体支出绩效自评报告\n评价年度:2022\n评价单位(公章):云南省宾川县农业农村局\n报告日期:2023年4月10日',
      '云南省宾川县农业农村局',
      '2022',
    ],
    ['部门整体支出绩效自评表\n(2023年度)\n|部门名称|某某县财政局|', '某某县财政局', '2023'],
    ['附件1\n单位名称(盖章):广州市白云区太和镇人民政府\n填报日期:2023年3月1日', '广州市白云区太和镇人民政府', null],
    ['部门(单位)名称:某某市教育局\n年度:2021年', '某某市教育局', '2021'],
    // The year beside the unit in brackets under the title.
    ['部门整体支出绩效自评报告\n(梧州市万秀区城东镇人民政府 2023年度)', null, '2023'],
    // Two fields on one line; a stamp note after the name.
    ['部门整体支出绩效自评报告\n单位名称:凤凰县民政局 预算编码:401001\n评价年度:2023', '凤凰县民政局', '2023'],
    ['2023年度部门整体支出绩效自评报告\n填报单位:凤凰县民政局(盖章)', '凤凰县民政局', null],
    // A budget system's unit code before the name.
    [
      '项目支出绩效自评表\n(2022年度)\n主管部门\t219-池州市贵池区棠溪镇人民政府\t实施单位\t219001-池州市贵池区棠溪镇人民政府',
      '池州市贵池区棠溪镇人民政府',
      '2022',
    ],
    // A form copied one cell per line: the label alone, its value on the next line.
    [
      '部门整体支出绩效自评表\n(2022年度)\n部门(单位)名称\n某某县琼博拉镇人民政府\n年度预算执行情况(万元)',
      '某某县琼博拉镇人民政府',
      '2022',
    ],
  ])('%s', (s, entity, year) => {
    expect(text(s, 'entity')).toBe(entity);
    expect(text(s, 'year')).toBe(year);
  });

  it('a project form names its project', () => {
    expect(text('项目支出绩效自评表\n(2022年度)\n项目名称\t农村公路养护项目\n主管部门\t某某县交通运输局', 'project')).toBe(
      '农村公路养护项目',
    );
  });

  it('a sentence of the body is no cover line', () => {
    expect(text('一、基本情况\n我局单位名称变更后,2022年预算增加。', 'entity')).toBeNull();
    expect(text('一、基本情况\n2022年度全年预算数为100万元', 'year')).toBeNull();
  });
});

describe('coverOf: a project code before the project name', () => {
  it('"51000021R000000019951-工资性支出" names the project 工资性支出; a name with a dash of its own keeps it', () => {
    expect(coverOf(makeDoc('项目名称\n51000021R000000019951-工资性支出\n主管部门\n青神县发展和改革局')).project?.text).toBe('工资性支出');
    expect(coverOf(makeDoc('项目名称:乡村振兴-产业发展项目\n')).project?.text).toBe('乡村振兴-产业发展项目');
  });
});
