// extract/entity.ts: the reporting entity from the title, split into region, short name and kind.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { entityOfTitle, extractEntity, parseEntity } from '../../src/lib/extract/entity.ts';
import { extractScope } from '../../src/lib/extract/scope.ts';
import { quote } from '../helpers/reports.ts';

describe('entityOfTitle', () => {
  it.each([
    ['2022年度广州市白云区太和镇人民政府部门整体支出绩效自评报告', '广州市白云区太和镇人民政府'],
    ['2023年度广州市增城区派潭镇人民政府整体支出绩效自评报告', '广州市增城区派潭镇人民政府'],
    ['广州市从化区吕田镇人民政府2023年部门整体支出绩效自评报告', '广州市从化区吕田镇人民政府'],
    ['广州市增城区人民政府荔城街道办事处2021年部门整体支出绩效自评报告', '广州市增城区人民政府荔城街道办事处'],
  ])('%s → %s', (t, entity) => {
    expect(entityOfTitle(t)).toBe(entity);
  });

  it('finds no entity in a title that names none', () => {
    expect(entityOfTitle('2022年度部门整体支出绩效自评报告')).toBeNull();
  });
});

describe('parseEntity', () => {
  it('a town: 广州市白云区太和镇人民政府', () => {
    expect(parseEntity('广州市白云区太和镇人民政府')).toEqual({
      entity: '广州市白云区太和镇人民政府',
      province: null,
      city: '广州市',
      district: '白云区',
      name: '太和镇',
      kind: 'town',
    });
  });

  it('a subdistrict under the district government: 广州市增城区人民政府荔城街道办事处', () => {
    expect(parseEntity('广州市增城区人民政府荔城街道办事处')).toEqual({
      entity: '广州市增城区人民政府荔城街道办事处',
      province: null,
      city: '广州市',
      district: '增城区',
      name: '荔城街道',
      kind: 'subdistrict',
    });
  });

  it('a department, named in 001 as one of the 下属单位', () => {
    // 001_b6a3c52251988525.txt:7 lists 广州市番禺区司法局化龙司法所.
    const parts = parseEntity(quote('001_b6a3c52251988525.txt:7', '广州市番禺区司法局化龙司法所'));
    expect(parts).toMatchObject({ city: '广州市', district: '番禺区', name: '司法局化龙司法所', kind: 'department' });
  });
});

describe('regions only where the name states them', () => {
  it.each([
    // "城市管理…" names no 县级市 "城市".
    ['岳阳市城市管理监督指挥中心', ['岳阳市', null, '城市管理监督指挥中心', 'department']],
    ['长沙市浏阳市教育局', ['长沙市', '浏阳市', '教育局', 'department']],
    // An organisation named before its region, and a region's party committee (县委, 区委).
    ['政协凤凰县委员会', [null, '凤凰县', '政协委员会', 'department']],
    ['中共汝阳县委组织部', [null, '汝阳县', '中共县委组织部', 'department']],
    ['共青团浏阳市委员会', ['浏阳市', null, '共青团委员会', 'department']],
    ['定西市安定区委宣传部', ['定西市', '安定区', '区委宣传部', 'department']],
    ['临沧市双江拉祜族佤族布朗族傣族自治县勐勐镇人民政府', ['临沧市', '双江拉祜族佤族布朗族傣族自治县', '勐勐镇', 'town']],
    // 街道办, the short form of 街道办事处.
    ['梧州市万秀区城东街道办', ['梧州市', '万秀区', '城东街道', 'subdistrict']],
    // "县民政局" is the county's 民政局.
    ['湘西土家族苗族自治州凤凰县民政局', ['湘西土家族苗族自治州', '凤凰县', '民政局', 'department']],
    ['伊犁哈萨克自治州察布查尔锡伯自治县琼博拉镇人民政府', ['伊犁哈萨克自治州', '察布查尔锡伯自治县', '琼博拉镇', 'town']],
  ])('%s', (entity, [city, district, name, kind]) => {
    expect(parseEntity(entity)).toMatchObject({ city, district, name, kind });
  });
});

describe("a project's evaluation names its unit in the text", () => {
  const entity = (source: string) => extractEntity(makeDoc(source)).fields.entity;
  it.each([
    ['2023年度汝阳县乡村振兴衔接资金项目支出绩效自评报告\n一、项目基本情况\n汝阳县农业农村局负责实施本项目。', '汝阳县农业农村局'],
    ['2023年度某某县道路建设项目支出绩效自评报告\n项目实施单位为某某县交通运输局,主管部门为某某县人民政府。', '某某县交通运输局'],
  ])('%s', (source, unit) => {
    expect(entity(source)).toBe(unit);
  });

  it("a special fund's evaluation: the unit before the year, or at the head of the fund's name", () => {
    for (const title of [
      '新晃侗族自治县农业农村局2023年度耕地地力保护补贴专项资金绩效自评报告',
      '2023年度新晃侗族自治县农业农村局耕地地力保护补贴专项资金绩效自评报告',
    ]) {
      const doc = makeDoc(`${title}\n一、基本情况`);
      expect(extractEntity(doc).fields.entity).toBe('新晃侗族自治县农业农村局');
      expect(extractScope(doc).fields).toEqual({ scope: 'project', project: '耕地地力保护补贴专项资金' });
    }
  });

  it("but not in a unit's report, nor a phrase that names no unit", () => {
    expect(entity('部门整体支出绩效自评报告\n某某县农业农村局负责实施本项目。')).toBeNull();
    expect(entity('2023年度道路建设项目支出绩效自评报告\n我们负责实施本项目。')).toBeNull();
  });
});

describe('extractEntity', () => {
  it('takes the province stated with the city elsewhere in the report (000)', () => {
    const source =
      quote('000_6506d5458f2bf397.txt:3', '2022年度广州市白云区太和镇人民政府 部门整体支出绩效自评报告') +
      '\n\n' +
      quote('000_6506d5458f2bf397.txt:103', '广东省广州市白云区新农村基础设施建设项目全年预算数为 1,797 万元');
    expect(extractEntity(makeDoc(source)).fields).toEqual({
      entity: '广州市白云区太和镇人民政府',
      province: '广东省',
      city: '广州市',
      district: '白云区',
      name: '太和镇',
      kind: 'town',
    });
  });

  it('leaves the province empty when the report never states it (003)', () => {
    const { fields, notes } = extractEntity(
      makeDoc(quote('003_70a4941c04d84bdd.txt:3', '广州市从化区吕田镇人民政府 2023 年 部门整体支出绩效自评报告')),
    );
    expect(fields).toMatchObject({ province: null, name: '吕田镇', kind: 'town' });
    expect(notes).toEqual([]);
  });

  it('reports an error when there is no title to take the entity from', () => {
    const { fields, notes } = extractEntity(makeDoc(quote('000_6506d5458f2bf397.txt:11', '广州市白云区太和镇人民政府设下列内设机构')));
    expect(fields.entity).toBeNull();
    expect(notes.map((n) => [n.severity, n.code])).toEqual([['error', 'missing/entity']]);
  });
});

describe('an entity named after the report', () => {
  it('"…自评报告(广州市白云区太和镇人民政府)"', () => {
    expect(entityOfTitle('2022年部门整体支出绩效自评报告(广州市白云区太和镇人民政府)')).toBe('广州市白云区太和镇人民政府');
  });
});

describe('notes and 关于 around the entity in a title', () => {
  it.each([
    ['某某县农业农村局部门整体支出绩效自评报告(2022年度)', '某某县农业农村局'],
    ['石门县民政局2023年度部门整体支出绩效自评报告(公示稿)', '石门县民政局'],
    ['石门县民政局关于2023年度部门整体支出绩效自评情况的报告', '石门县民政局'],
  ])('%s', (title, entity) => {
    expect(entityOfTitle(title)).toBe(entity);
  });
});

describe('an entity stated on the cover', () => {
  it('"单位名称（盖章）：…" when the title names none', () => {
    const { fields, notes } = extractEntity(
      makeDoc('附件1\n单位名称（盖章）：广州市白云区太和镇人民政府\n填报日期：2023年3月1日\n2022年度部门整体支出绩效自评报告'),
    );
    expect([fields.entity, fields.name, fields.kind]).toEqual(['广州市白云区太和镇人民政府', '太和镇', 'town']);
    expect(notes).toEqual([]);
  });

  it("the title's entity wins over the cover's", () => {
    const { fields } = extractEntity(makeDoc('单位名称:某某局\n2022年度广州市白云区太和镇人民政府部门整体支出绩效自评报告'));
    expect(fields.entity).toBe('广州市白云区太和镇人民政府');
  });
});

describe('an entity on the line above the title', () => {
  it('a title broken after a short first line', () => {
    const { fields } = extractEntity(makeDoc('广州市白云区太和镇人民政府\n2022年度部门整体支出绩效自评报告\n一、基本情况'));
    expect([fields.entity, fields.name]).toEqual(['广州市白云区太和镇人民政府', '太和镇']);
  });

  it('below the title, after a dash or with the year beside it', () => {
    for (const below of ['——梧州市万秀区城东镇人民政府', '(梧州市万秀区城东镇人民政府 2023年度)']) {
      const { fields } = extractEntity(makeDoc(`部门整体支出绩效自评报告\n${below}\n一、基本情况`));
      expect([fields.entity, fields.name]).toEqual(['梧州市万秀区城东镇人民政府', '城东镇']);
    }
  });

  it('but not a cover line or a phrase that names no unit', () => {
    expect(extractEntity(makeDoc('附件2\n2022年度部门整体支出绩效自评报告')).fields.entity).toBeNull();
    expect(extractEntity(makeDoc('绩效管理工作\n2022年度部门整体支出绩效自评报告')).fields.entity).toBeNull();
  });
});
