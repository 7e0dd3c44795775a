// extract/title.ts: the title line with its source span and the year, from the title or else the body.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractTitle, findTitle } from '../../src/lib/extract/title.ts';
import { expectQuotes } from '../helpers/facts.ts';
import { quote } from '../helpers/reports.ts';

const title = (source: string) => extractTitle(makeDoc(source));

describe('title and year', () => {
  it('year before the entity, a stray space inside (000)', () => {
    const source = quote('000_6506d5458f2bf397.txt:1', '\n\n2022年度广州市白云区太和镇人民政府 部门整体支出绩效自评报告\n\n一、基本情况');
    const { fields, notes } = title(source);
    expect(fields.title).toBe('2022年度广州市白云区太和镇人民政府部门整体支出绩效自评报告');
    expectQuotes(fields.titleSpan, source, '2022年度广州市白云区太和镇人民政府 部门整体支出绩效自评报告');
    expect(fields.year).toBe(2022);
    expect(notes).toEqual([]);
  });

  it('skips the cover line "附件 2" (002)', () => {
    const source = quote(
      '002_bf9dfd7af09c6cef.txt:1',
      '\n\n附件 2\n\n2023 年度广州市增城区派潭镇人民政府 整体支出绩效自评报告\n\n一、部门基本情况',
    );
    const { fields } = title(source);
    expect(fields.title).toBe('2023年度广州市增城区派潭镇人民政府整体支出绩效自评报告');
    expectQuotes(fields.titleSpan, source, '2023 年度广州市增城区派潭镇人民政府 整体支出绩效自评报告');
    expect(fields.year).toBe(2023);
  });

  it('year after the entity, "2023 年" without 度 (003)', () => {
    const source = quote('003_70a4941c04d84bdd.txt:3', '广州市从化区吕田镇人民政府 2023 年 部门整体支出绩效自评报告');
    expect(title(source).fields).toMatchObject({ title: '广州市从化区吕田镇人民政府2023年部门整体支出绩效自评报告', year: 2023 });
  });

  it('takes the year from the body, with a warning, when there is no title', () => {
    const source = quote(
      '000_6506d5458f2bf397.txt:53',
      '2022年我镇全年预算数66,446.66万元，支出数66,138.47万元，预算执行率达99.54%，基本完成年初制定的目标。',
    );
    const { fields, notes } = title(source);
    expect(fields).toMatchObject({ title: null, titleSpan: null, year: 2022 });
    expect(notes.map((n) => [n.severity, n.code])).toEqual([
      ['warning', 'missing/title'],
      ['warning', 'missing/year'],
    ]);
  });
});

describe('titles in other layouts', () => {
  it('a title run on into the first paragraph, as flattened PDF text has it', () => {
    const doc = makeDoc(
      '2021 年茂名市发展和改革局整体支出 绩效自评报告 根据《关于开展 2022 年市级财政资金绩效自评工作的 通知》要求,我单位及时布置自评任务。',
    );
    const { fields } = extractTitle(doc);
    expect(fields.title).toBe('2021年茂名市发展和改革局整体支出绩效自评报告');
    expect(fields.year).toBe(2021);
    expect(fields.titleSpan?.text).toBe('2021 年茂名市发展和改革局整体支出 绩效自评报告');
  });

  it('a self-evaluation form\'s title ("…绩效自评表")', () => {
    expect(extractTitle(makeDoc('某某镇人民政府2020年度部门整体支出绩效自评表\n单位名称 | 某某镇人民政府 |')).fields.title).toBe(
      '某某镇人民政府2020年度部门整体支出绩效自评表',
    );
  });
});

describe('a title broken over two lines', () => {
  it('"岳阳市2023年度部门整体支出" / "绩效评价自评报告" is one title with its year', () => {
    const source = '岳阳市2023年度部门整体支出\n绩效评价自评报告\n部门(单位)名称:岳阳市城市管理监督指挥中心';
    const doc = makeDoc(source);
    expect(findTitle(doc)?.text).toBe('岳阳市2023年度部门整体支出绩效评价自评报告');
    expect(title(source).fields.year).toBe(2023);
  });

  it('but a line above that is a sentence or a title of its own is not joined', () => {
    expect(findTitle(makeDoc('我局认真开展自评。\n绩效评价自评报告'))?.text).toBe('绩效评价自评报告');
    expect(findTitle(makeDoc('附件2\n绩效评价自评报告'))?.text).toBe('绩效评价自评报告');
  });
});

describe('the year in the body', () => {
  it('is not taken from a date line above the text ("评价时间:2024年3月")', () => {
    const r = title('部门整体支出绩效自评报告\n评价单位:凤凰县民政局\n评价时间:2024年3月\n一、基本情况\n2023年,我局全年预算数为100万元。');
    expect(r.fields.year).toBe(2023);
  });
});

describe('a note after the title', () => {
  it.each([
    ['某某县农业农村局部门整体支出绩效自评报告(2022年度)', '某某县农业农村局部门整体支出绩效自评报告(2022年度)', 2022],
    ['石门县新关镇2022年度整体支出绩效评价报告(自评)', '石门县新关镇2022年度整体支出绩效评价报告(自评)', 2022],
    // A web page's date beside the title is left out of it.
    ['石门县民政局2023年度部门整体支出绩效自评报告 2024-05-20', '石门县民政局2023年度部门整体支出绩效自评报告', 2023],
  ])('%s', (line, text, year) => {
    const doc = makeDoc(`${line}\n一、基本情况`);
    expect(findTitle(doc)?.text).toBe(text);
    expect(title(`${line}\n一、基本情况`).fields.year).toBe(year);
  });
});

describe('not a title, not a year', () => {
  it('a line that does not name a report', () => {
    expect(findTitle(makeDoc(quote('001_b6a3c52251988525.txt:9', '广州市番禺区化龙镇人民政府的主要职责如下:')))).toBeNull();
  });

  it('a year that does not date the figures ("在从化区 2022 年度河长制…考核中")', () => {
    const { fields, notes } = title(quote('003_70a4941c04d84bdd.txt:117', '在从化区 2022 年度河长制湖长制考核中获评优秀。'));
    expect(fields.year).toBeNull();
    expect(notes.find((n) => n.code === 'missing/year')?.severity).toBe('error');
  });
});
