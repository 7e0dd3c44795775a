// extract/context.ts: whether a statement speaks of the whole department, and how much a section counts for totals.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Doc } from '../../src/lib/document.ts';
import { isWholeUnit, leadIn, moneySections, totalsRank } from '../../src/lib/extract/context.ts';
import { quote } from '../helpers/reports.ts';

/** Offset in the normalized text of the first `label` after `after`. */
const at = (doc: Doc, label: string, after = '') => doc.text.indexOf(label, doc.text.indexOf(after));
/** Whether `offset` lies in one of the money sections. */
const inMoneySection = (doc: Doc, offset: number) => moneySections(doc).some(([start, end]) => start <= offset && offset < end);

const LICHENG = makeDoc(
  quote(
    '004_a0655f5b282921e2.txt:83',
    '（三）部门整体收支情况。\n\n广州市增城区人民政府荔城街道办事处 2021 年全年预算数 82,912.04 万元,全年执行数 75,317.78 万元，预算完成率 90.8%。其中财政拨款全年预算数 82,079.63 万元，全年执行数 74,789.68 万元，完成率 91.1%；其他资金全年预算数 832.41 万元，全年执行数 528.09 万元，完成率 63.4%。',
  ),
);

describe('isWholeUnit', () => {
  it('the entity and year before the label speak of the whole department (004)', () => {
    expect(isWholeUnit(LICHENG, at(LICHENG, '全年预算数'))).toBe(true);
    expect(isWholeUnit(LICHENG, at(LICHENG, '全年执行数'))).toBe(true);
  });

  it('"2022年我镇" does too (000)', () => {
    const doc = makeDoc(quote('000_6506d5458f2bf397.txt:53', '2022年我镇全年预算数66,446.66万元，支出数66,138.47万元'));
    expect(isWholeUnit(doc, at(doc, '全年预算数'))).toBe(true);
    expect(isWholeUnit(doc, at(doc, '支出数'))).toBe(true);
  });

  it('"其中财政拨款…" and "其他资金…" speak of a fund, also for the 执行数 after them (004)', () => {
    expect(isWholeUnit(LICHENG, at(LICHENG, '全年预算数', '其中'))).toBe(false);
    expect(isWholeUnit(LICHENG, at(LICHENG, '全年执行数', '其中'))).toBe(false);
    expect(isWholeUnit(LICHENG, at(LICHENG, '全年预算数', '其他资金'))).toBe(false);
    expect(isWholeUnit(LICHENG, at(LICHENG, '全年执行数', '其他资金'))).toBe(false);
  });

  it('"涉及一般公共预算支出" speaks of one fund (004)', () => {
    const doc = makeDoc(quote('004_a0655f5b282921e2.txt:89', '涉及一般公共预算支出 31,992.22 万元，政府性基金预算支出 42,797.46 万元。'));
    expect(isWholeUnit(doc, at(doc, '支出'))).toBe(false);
  });
});

describe('isWholeUnit in other units and layouts', () => {
  it('"我苏木" is the whole township, "我校" the whole school', () => {
    for (const text of ['2022年,我苏木全年预算数1,345.60万元', '2023年,我校全年预算数845.00万元']) {
      const doc = makeDoc(text);
      expect(isWholeUnit(doc, at(doc, '全年预算数'))).toBe(true);
    }
  });

  it('"本中心" is the whole unit; an organ of another kind named before the label is not', () => {
    const center = makeDoc('本中心2023年度全年预算数为486.20万元');
    expect(isWholeUnit(center, at(center, '全年预算数'))).toBe(true);
    const bureau = makeDoc(
      '银川市兴庆区人力资源和社会保障局2022年度部门整体支出绩效自评报告\n二、部门整体支出情况\n2022年,我局预算执行率96.36%。区就业创业服务中心预算执行率为92%。兴庆区人力资源和社会保障局全年预算数1,826.75万元。',
    );
    expect(isWholeUnit(bureau, at(bureau, '预算执行率'))).toBe(true);
    expect(isWholeUnit(bureau, at(bureau, '预算执行率', '服务中心'))).toBe(false);
    expect(isWholeUnit(bureau, at(bureau, '全年预算数'))).toBe(true);
  });

  it('a closed aside "(其中…)" names a part, but what follows it is the whole again', () => {
    const doc = makeDoc('全年预算数500.00万元(其中上年度结转80.00万元),实际支出480.00万元');
    expect(isWholeUnit(doc, at(doc, '实际支出'))).toBe(true);
    expect(isWholeUnit(doc, at(doc, '上年度结转'))).toBe(false);
  });

  it('"学校" is the whole unit in a school\'s report, a sub-unit in a bureau\'s', () => {
    const school = makeDoc(
      '部门整体支出绩效自评报告\n评价单位(公章):昆明市官渡区第二中学\n(一)预算情况:2023年度学校全年预算数为4,521.36万元。',
    );
    expect(isWholeUnit(school, at(school, '全年预算数'))).toBe(true);
    const bureau = makeDoc('2023年度某某县教育体育局部门整体支出绩效自评报告\n(一)预算情况:2023年度学校全年预算数为4,521.36万元。');
    expect(isWholeUnit(bureau, at(bureau, '全年预算数'))).toBe(false);
  });

  it('"机关本级" is the whole unit in a report of the unit\'s own level, a part of it otherwise', () => {
    const own = makeDoc('南阳市卧龙区教育局(本级)2023年度部门整体支出绩效自评报告\n(二)支出情况\n机关本级全年预算数为5,600.00万元。');
    expect(isWholeUnit(own, at(own, '全年预算数'))).toBe(true);
    const whole = makeDoc('南阳市卧龙区教育局2023年度部门整体支出绩效自评报告\n(二)支出情况\n机关本级全年预算数为5,600.00万元。');
    expect(isWholeUnit(whole, at(whole, '全年预算数'))).toBe(false);
  });

  it('the year\'s end before the label ("截至2023年12月31日", "1-12月") speaks of the whole', () => {
    for (const text of ['截至2023年12月31日,全年预算数5,000万元', '2023年1-12月,我局全年预算数5,000万元']) {
      const doc = makeDoc(text);
      expect(isWholeUnit(doc, at(doc, '全年预算数'))).toBe(true);
    }
    const mid = makeDoc('截至6月30日,全年预算数5,000万元');
    expect(isWholeUnit(mid, at(mid, '全年预算数'))).toBe(false);
  });

  it("in a fund's evaluation 本专项资金 is the whole, and the unit's own 我局 is not", () => {
    const doc = makeDoc(
      '某某县农业农村局2023年度耕地地力保护补贴专项资金绩效自评报告\n(一)资金情况\n本专项资金全年预算数为800万元。我局全年预算数为4,560万元。',
    );
    expect(isWholeUnit(doc, at(doc, '全年预算数'))).toBe(true);
    expect(isWholeUnit(doc, at(doc, '全年预算数', '我局'))).toBe(false);
  });

  it('what the unit includes, in an aside, does not narrow it; a sub-unit named in one does', () => {
    const inclusive = makeDoc('我乡(含下属事业单位)全年预算数为1,980.60万元');
    expect(isWholeUnit(inclusive, at(inclusive, '全年预算数'))).toBe(true);
    const named = makeDoc('综合保障中心(下属单位)全年预算数为800万元');
    expect(isWholeUnit(named, at(named, '全年预算数'))).toBe(false);
  });

  it("in a project's own evaluation 本项目 is the whole, in its 项目资金 section; a 子项目 after 其中 is not", () => {
    const doc = makeDoc(
      '2023年度某某县道路建设项目支出绩效自评报告\n(二)项目资金情况\n本项目年度预算资金500.00万元,实际支出480.00万元。其中城关镇子项目预算60.00万元。',
    );
    expect(isWholeUnit(doc, at(doc, '年度预算资金'))).toBe(true);
    expect(totalsRank(doc, at(doc, '年度预算资金'))).toBe(0);
    expect(isWholeUnit(doc, at(doc, '预算', '城关镇'))).toBe(false);
    // In a unit's report the same sentence is a project's.
    const unit = makeDoc('2023年度某某县交通运输局部门整体支出绩效自评报告\n(二)部门收支情况\n本项目年度预算资金500.00万元。');
    expect(isWholeUnit(unit, at(unit, '年度预算资金'))).toBe(false);
  });
});

describe('leadIn', () => {
  it('runs from the last ; or 。 up to the offset', () => {
    expect(leadIn(LICHENG, at(LICHENG, '全年预算数', '其他资金'))).toBe('其他资金');
    expect(leadIn(LICHENG, at(LICHENG, '全年执行数', '其中'))).toBe('其中财政拨款全年预算数82,079.63万元,');
  });
});

describe('totalsRank and moneySections', () => {
  const doc = makeDoc(
    quote('004_a0655f5b282921e2.txt:83', '（三）部门整体收支情况。\n\n广州市增城区人民政府荔城街道办事处 2021 年全年预算数') +
      '\n\n' +
      quote('004_a0655f5b282921e2.txt:93', '（一）自评结论综述。\n\n全年预算数 82,912.04 万元') +
      '\n\n' +
      quote(
        '000_6506d5458f2bf397.txt:101',
        '（三）各重点任务项目支出完成情况分析\n\n广东省广州市白云区新农村基础设施建设项目全年预算数为 1,797 万元',
      ) +
      '\n\n' +
      quote('004_a0655f5b282921e2.txt:87', '（三）部门整体绩效管理情况。\n\n根据财政预算绩效管理要求'),
  );

  it('ranks the money section first, then the conclusion, and excludes the projects section', () => {
    expect(totalsRank(doc, at(doc, '全年预算数'))).toBe(0);
    expect(totalsRank(doc, at(doc, '全年预算数', '自评结论'))).toBe(1);
    expect(totalsRank(doc, at(doc, '全年预算数', '新农村'))).toBeNull();
    expect(totalsRank(doc, at(doc, '根据财政'))).toBe(2);
  });

  it('knows the money section', () => {
    expect(inMoneySection(doc, at(doc, '全年预算数'))).toBe(true);
    expect(inMoneySection(doc, at(doc, '全年预算数', '新农村'))).toBe(false);
    expect(inMoneySection(doc, at(doc, '根据财政'))).toBe(false);
  });

  it('gives the money section from its heading to the next one', () => {
    const [section, ...more] = moneySections(doc);
    expect(more).toEqual([]);
    expect(doc.text.slice(section![0], section![1])).toBe('(三)部门整体收支情况。\n广州市增城区人民政府荔城街道办事处2021年全年预算数\n');
  });
});

describe('money sections by other names', () => {
  it.each(['(三)部门预算及执行情况', '(四)部门整体预算执行情况', '(二)资金管理情况', '(三)部门决算情况'])('%s', (heading) => {
    const other = makeDoc(`${heading}\n2022年我镇全年预算数100万元。`);
    expect(inMoneySection(other, at(other, '全年预算数'))).toBe(true);
    expect(totalsRank(other, at(other, '全年预算数'))).toBe(0);
  });
});
