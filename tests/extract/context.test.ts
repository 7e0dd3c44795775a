// extract/context.ts: whether a statement speaks of the whole department, and how much a section counts for totals.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Doc } from '../../src/lib/document.ts';
import { inMoneySection, isWholeUnit, leadIn, totalsRank } from '../../src/lib/extract/context.ts';
import { quote } from '../helpers/reports.ts';

/** Offset in the normalized text of the first `label` after `after`. */
const at = (doc: Doc, label: string, after = '') => doc.text.indexOf(label, doc.text.indexOf(after));

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

describe('leadIn', () => {
  it('runs from the last ; or 。 up to the offset', () => {
    expect(leadIn(LICHENG, at(LICHENG, '全年预算数', '其他资金'))).toBe('其他资金');
    expect(leadIn(LICHENG, at(LICHENG, '全年执行数', '其中'))).toBe('其中财政拨款全年预算数82,079.63万元,');
  });
});

describe('totalsRank and inMoneySection', () => {
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
});

describe('money sections by other names', () => {
  it.each(['(三)部门预算及执行情况', '(四)部门整体预算执行情况', '(二)资金管理情况', '(三)部门决算情况'])('%s', (heading) => {
    const other = makeDoc(`${heading}\n2022年我镇全年预算数100万元。`);
    expect(inMoneySection(other, at(other, '全年预算数'))).toBe(true);
    expect(totalsRank(other, at(other, '全年预算数'))).toBe(0);
  });
});
