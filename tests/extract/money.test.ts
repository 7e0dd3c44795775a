// extract/money.ts: the department's budget, spending and execution rate, and the figures that are not them.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractMoney } from '../../src/lib/extract/money.ts';
import { expectStated } from '../helpers/facts.ts';
import { quote } from '../helpers/reports.ts';

const money = (source: string) => extractMoney(makeDoc(source));
const codes = (source: string) => money(source).notes.map((n) => n.code);

describe('department totals', () => {
  it('预算数 / 支出数 / 预算执行率达 (000)', () => {
    const source = quote(
      '000_6506d5458f2bf397.txt:51',
      '（三）部门整体收支情况\n\n2022年我镇全年预算数66,446.66万元，支出数66,138.47万元，预算执行率达99.54%，基本完成年初制定的目标。',
    );
    const { fields, notes } = money(source);
    expectStated(fields.budget, source, 66446.66, '66,446.66万元');
    expectStated(fields.spent, source, 66138.47, '66,138.47万元');
    expectStated(fields.executionRate, source, 99.54, '99.54%');
    expect(fields.budget!.unit).toBe('万元');
    expect(fields.executionRate!.unit).toBe('%');
    expect(notes).toEqual([]);
  });

  it('支出预算数 / 支出执行数 / 完成预算的, with spaces inside (001)', () => {
    const source = quote(
      '001_b6a3c52251988525.txt:43',
      '(三)部门整体收支情况\n\n广州市番禺区化龙镇人民政府 2022 年度支出预算数 48,865.73 万元,支出执行数 40,430.2 万元,完成预算的 82.7%。',
    );
    const { fields } = money(source);
    expectStated(fields.budget, source, 48865.73, '48,865.73 万元');
    expectStated(fields.spent, source, 40430.2, '40,430.2 万元');
    expectStated(fields.executionRate, source, 82.7, '82.7%');
  });

  it('预算总收支 / 实际总收支 / 完成年度预算的 (002)', () => {
    const source = quote(
      '002_bf9dfd7af09c6cef.txt:123',
      '（四）部门整体收支情况\n\n2023年，我镇年度预算总收支28,564.19万元，全年实际总收支28,082.29万元，完成年度预算的98.31%。',
    );
    const { fields } = money(source);
    expectStated(fields.budget, source, 28564.19, '28,564.19万元');
    expectStated(fields.spent, source, 28082.29, '28,082.29万元');
    expectStated(fields.executionRate, source, 98.31, '98.31%');
  });

  it('the entity named before the totals, then 预算完成率 (004)', () => {
    const source = quote(
      '004_a0655f5b282921e2.txt:83',
      '（三）部门整体收支情况。\n\n广州市增城区人民政府荔城街道办事处 2021 年全年预算数 82,912.04 万元,全年执行数 75,317.78 万元，预算完成率 90.8%。其中财政拨款全年预算数 82,079.63 万元',
    );
    const { fields } = money(source);
    expectStated(fields.budget, source, 82912.04, '82,912.04 万元');
    expectStated(fields.spent, source, 75317.78, '75,317.78 万元');
    expectStated(fields.executionRate, source, 90.8, '90.8%');
  });

  it('totals stated in the conclusion when no money section states them (004)', () => {
    const source = quote(
      '004_a0655f5b282921e2.txt:93',
      '（一）自评结论综述。\n\n全年预算数 82,912.04 万元，执行数 75,317.78 万元，完成预算的 90.8%。',
    );
    const { fields } = money(source);
    expectStated(fields.budget, source, 82912.04, '82,912.04 万元');
    expectStated(fields.spent, source, 75317.78, '75,317.78 万元');
    expectStated(fields.executionRate, source, 90.8, '90.8%');
  });
});

describe('other phrasings of the totals', () => {
  it('部门整体支出预算为 … 全年支出 …', () => {
    const source = '(四)部门整体收支情况\n2022年我街道部门整体支出预算为5,000万元，全年支出4,900万元，预算执行率98%。';
    const { fields } = money(source);
    expectStated(fields.budget, source, 5000, '5,000万元');
    expectStated(fields.spent, source, 4900, '4,900万元');
    expect(fields.executionRate?.value).toBe(98);
  });

  it('"本中心全年预算数…": the unit calls itself by its kind', () => {
    const source = '二、预算执行情况\n本中心2023年度全年预算数为486.20万元,全年执行数为451.37万元,预算执行率为92.84%。';
    const { fields } = money(source);
    expect([fields.budget?.value, fields.spent?.value, fields.executionRate?.value]).toEqual([486.2, 451.37, 92.84]);
  });

  it('"全年预算…亿元,全年执行…亿元": a bare 执行 after the year word; next year\'s budget is not this year\'s', () => {
    const source =
      '二、部门整体支出及执行情况\n2023年度,博鳌镇全年预算1.25亿元,全年执行1.21亿元,预算执行率96.80%。2024年我镇预算安排1.36亿元,较2023年增长8.8%。';
    const { fields } = money(source);
    expectStated(fields.budget, source, 12500, '1.25亿元');
    expectStated(fields.spent, source, 12100, '1.21亿元');
  });

  it('"…镇预算为X": a bare 预算 after the unit\'s name, not after a narrower subject', () => {
    const source =
      '二、部门整体支出情况\n2023年度岗嘎镇预算为1,126.50万元(其中援藏资金210.00万元),支出为1,098.44万元。项目预算为300万元,调整前预算为1,000万元。';
    const { fields, notes } = money(source);
    expectStated(fields.budget, source, 1126.5, '1,126.50万元');
    expect(notes.filter((n) => n.code.startsWith('conflict'))).toEqual([]);
  });
});

describe('year-start and adjusted budgets', () => {
  it('"年初预算数、全年预算数、全年执行数分别为A、B、C": the budget is the second, the spending the third', () => {
    const source =
      '二、部门预算及执行情况\n2023年度,我局年初预算数、全年预算数、全年执行数分别为2,150.00万元、2,380.50万元、2,301.26万元,预算执行率为96.67%。其中派出所运转经费全年预算数、执行数分别为320.00万元、318.40万元。';
    const { fields, notes } = money(source);
    expectStated(fields.budget, source, 2380.5, '2,380.50万元');
    expectStated(fields.spent, source, 2301.26, '2,301.26万元');
    expect(notes).toEqual([]);
  });

  it('takes the adjusted budget the rate is measured on, with no conflict warning', () => {
    const source = '(四)部门整体收支情况\n2022年年初预算8,000万元,年中调整后预算9,000万元,全年实际支出8,800万元,预算执行率97.78%。';
    const { fields, notes } = money(source);
    expectStated(fields.budget, source, 9000, '9,000万元');
    expectStated(fields.spent, source, 8800, '8,800万元');
    expect(notes).toEqual([]);
  });

  it('takes the year-start budget when it is the only one stated', () => {
    expect(money('(四)部门整体收支情况\n2022年年初预算8,000万元,全年实际支出7,800万元。').fields.budget?.value).toBe(8000);
  });
});

describe('figures that are not the department totals', () => {
  it("a project's 全年预算数 and 执行数 (000)", () => {
    const source = quote(
      '000_6506d5458f2bf397.txt:101',
      '（三）各重点任务项目支出完成情况分析\n\n广东省广州市白云区新农村基础设施建设项目全年预算数为 1,797 万元，执行数为 1,797 万元，完成预算的 100%。',
    );
    expect(money(source).fields).toEqual({ budget: null, spent: null, executionRate: null });
  });

  it('"其中财政拨款全年预算数" and "其他资金全年预算数" (004)', () => {
    const source =
      quote('004_a0655f5b282921e2.txt:83', '（三）部门整体收支情况。') +
      '\n\n' +
      quote(
        '004_a0655f5b282921e2.txt:85',
        '其中财政拨款全年预算数 82,079.63 万元，全年执行数 74,789.68 万元，完成率 91.1%；其他资金全年预算数 832.41 万元，全年执行数 528.09 万元，完成率 63.4%。',
      );
    expect(money(source).fields).toEqual({ budget: null, spent: null, executionRate: null });
  });

  it('income and spending by fund, with no total stated (003)', () => {
    const source = quote(
      '003_70a4941c04d84bdd.txt:59',
      '(三) 部门整体收支情况\n\n2023年一般公共预算财政拨款收入11256.48万元，一般公共预算支出11256.48万元；政府性基金预算财政拨款收入542.54万元，政府性基金预算支出542.54万元。',
    );
    const { fields, notes } = money(source);
    expect(fields).toEqual({ budget: null, spent: null, executionRate: null });
    expect(notes.map((n) => n.code)).toEqual(['missing/budget', 'missing/spent', 'missing/executionRate']);
  });

  it('the funds an evaluation covered (004)', () => {
    const source = quote(
      '004_a0655f5b282921e2.txt:87',
      '（三）部门整体绩效管理情况。\n\n根据财政预算绩效管理要求，组织部门整体支出绩效自评（含下属单位 5 个），涉及一般公共预算支出 31,992.22 万元，政府性基金预算支出 42,797.46 万元。',
    );
    expect(money(source).fields.spent).toBeNull();
  });

  it("a work item's 完成率 (000)", () => {
    const source = quote('000_6506d5458f2bf397.txt:87', '推进视频监控“五口”全覆盖，建设治安视频监控 4433 支，完成率 109%。');
    expect(money(source).fields.executionRate).toBeNull();
  });

  it("next year's budget in the next steps is not this report's total", () => {
    const source =
      '2022年度广州市白云区太和镇人民政府部门整体支出绩效自评报告\n四、下一步改进措施\n2023年预算数1,500万元，将继续加强预算管理。';
    expect(money(source).fields.budget).toBeNull();
    expect(money(source.replace('2023年预算数', '2022年预算数')).fields.budget?.value).toBe(1500);
  });
});

describe('conflicts', () => {
  it('two different totals of the same standing become a warning and no value', () => {
    const source =
      quote(
        '000_6506d5458f2bf397.txt:51',
        '（三）部门整体收支情况\n\n2022年我镇全年预算数66,446.66万元，支出数66,138.47万元，预算执行率达99.54%，基本完成年初制定的目标。',
      ) +
      '\n' +
      quote(
        '001_b6a3c52251988525.txt:45',
        '广州市番禺区化龙镇人民政府 2022 年度支出预算数 48,865.73 万元,支出执行数 40,430.2 万元,完成预算的 82.7%。',
      );
    const { fields, notes } = money(source);
    expect(fields).toEqual({ budget: null, spent: null, executionRate: null });
    const conflict = notes.find((n) => n.code === 'conflict/budget');
    expect(conflict?.message).toContain('66,446.66万元');
    expect(conflict?.message).toContain('48,865.73 万元');
    expect(codes(source)).toEqual(expect.arrayContaining(['conflict/spent', 'conflict/executionRate']));
  });

  it('the same total stated twice is no conflict', () => {
    const source =
      quote(
        '004_a0655f5b282921e2.txt:83',
        '（三）部门整体收支情况。\n\n广州市增城区人民政府荔城街道办事处 2021 年全年预算数 82,912.04 万元,全年执行数 75,317.78 万元，预算完成率 90.8%。',
      ) +
      '\n' +
      quote('004_a0655f5b282921e2.txt:95', '全年预算数 82,912.04 万元，执行数 75,317.78 万元，完成预算的 90.8%。');
    const { fields, notes } = money(source);
    expectStated(fields.budget, source, 82912.04, '82,912.04 万元', 0);
    expect(notes).toEqual([]);
  });
});

describe('figures about something else, classified before any is chosen', () => {
  const head = '一、部门整体收支情况\n';
  it.each([
    ['a sub-unit', '下属综合保障中心年度预算为860万元,支出830万元。'],
    ['a point inside the year', '截至6月底预算执行率为48%。'],
    ['a bound', '执行率在95%以上的项目有5个。'],
    ['an estimate', '全年预算约1,200万元,支出近1,100万元,执行率约为91%左右。'],
    ['next year', '2024年计划预算执行率达到100%,明年预算安排为3,800万元。'],
  ])('%s is not the total', (_, sentence) => {
    const { fields, notes } = money(`2023年度某某镇部门整体支出绩效自评报告\n${head}${sentence}`);
    expect([fields.budget, fields.spent, fields.executionRate]).toEqual([null, null, null]);
    expect(notes.every((n) => n.code.startsWith('missing/'))).toBe(true);
  });

  it('names what it found instead in the missing-value warning', () => {
    const { notes } = money(`2023年度某某镇部门整体支出绩效自评报告\n${head}年中预算执行率为48%。`);
    expect(notes.find((n) => n.code === 'missing/executionRate')!.message).toContain('“48%”是年内某时点的');
  });

  it('the adjusted budget in other words (年中追加后) replaces the year-start one without a conflict', () => {
    const source = `${head}2023年度,我街道年初预算为5,200.00万元,年中追加后预算为5,630.50万元,全年支出5,480.20万元,预算执行率为97.33%。`;
    const { fields, notes } = money(source);
    expectStated(fields.budget, source, 5630.5, '5,630.50万元');
    expect(notes).toEqual([]);
  });

  it('追加预算 without 后 is what was added, not the budget: no conflict with the total', () => {
    const source = `${head}2023年度,我中心年初预算1,860.00万元,年中追加预算420.50万元,全年预算数2,280.50万元,全年实际支出2,201.36万元。`;
    const { fields, notes } = money(source);
    expectStated(fields.budget, source, 2280.5, '2,280.50万元');
    expect(notes.map((n) => n.code)).not.toContain('conflict/budget');
  });

  it('a totals row of zeros over parts that are not is an uncomputed sum: no budget, and a warning that says so', () => {
    const form = [
      '项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '\t年度资金总额\t0\t0\t0\t10\t0\t0',
      '\t其中:当年财政拨款\t202.64\t132.912\t132.912',
    ].join('\n');
    const { fields, notes } = money(form);
    expect([fields.budget, fields.spent]).toEqual([null, null]);
    expect(notes.map((n) => n.code)).toContain('invalid/unfilled-total');
    // A total of zero alone (nothing under it) is what the form states.
    expect(money(form.split('\n').slice(0, 2).join('\n')).fields.budget?.value).toBe(0);
  });

  it('a rate stated after its change from last year in percent ("较上年下降1.3%,为97.18%"), not the change', () => {
    const source = `${head}预算执行率较上年下降1.3%,为97.18%。`;
    expectStated(money(source).fields.executionRate, source, 97.18, '97.18%');
    expect(money(`${head}下属单位预算执行率较上年下降1.3%,为97.18%。`).fields.executionRate).toBeNull();
    expect(money(`${head}预算执行率较上年下降1.3%。`).fields.executionRate).toBeNull();
  });

  it('"预算数和执行数分别为X和Y", and an amount after its change from last year', () => {
    const source = `${head}全年预算数较上年增长8.2%,达到6,542.10万元;全年预算数和执行数分别为6,542.10万元和6,388.75万元,预算执行率为97.66%。`;
    const { fields, notes } = money(source);
    expect([fields.budget?.value, fields.spent?.value, fields.executionRate?.value]).toEqual([6542.1, 6388.75, 97.66]);
    expect(fields.spent?.text).toBe('6,388.75万元');
    expect(notes).toEqual([]);
    // A fund's or a sub-unit's pair is not the unit's.
    for (const who of ['其中财政拨款', '各社区']) {
      const other = money(`${head}${who}预算数和执行数分别为520.00万元和510.00万元。`).fields;
      expect([other.budget, other.spent]).toEqual([null, null]);
    }
  });

  it('refuses a number longer than a double holds, never rounding it', () => {
    const { fields } = money(`${head}全年预算数为9999999999999999999万元。`);
    expect(fields.budget).toBeNull();
  });
});
