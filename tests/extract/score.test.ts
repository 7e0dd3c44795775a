// extract/score.ts: the overall score in its phrasings, its parts, and the scores that are not the total.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractScore } from '../../src/lib/extract/score.ts';
import { expectStated } from '../helpers/facts.ts';
import { quote } from '../helpers/reports.ts';

const score = (source: string) => extractScore(makeDoc(source));

const TAIHE = quote(
  '000_6506d5458f2bf397.txt:65',
  '2022年我镇积极履行政府职能，提高政府管理效率。“整体效能”模块因部门预算资金支出率为99.54%，未达100%，扣0.05分；“采购管理”模块因合同签订及时率为97%，未达100%，相应扣1分；其余模块皆满分，整体支出绩效自评总分为98.95分，基本完成2022年部门整体绩效目标。',
);
const PAITAN = quote(
  '002_bf9dfd7af09c6cef.txt:143',
  '经过综合自评，我镇部门整体支出绩效目标基本完成，自评得分为 93.91 分；部门整体支出绩效指标基本实现，自评得分为 92 分，其中：产出指标完成率为 84%，效益指标完成率为 100%。',
);
const LICHENG = quote(
  '004_a0655f5b282921e2.txt:95',
  '部门绩效自评得分 88.51 分，其中管理效能分值 40 分，自评得分 31.5 分；履行职能分值 60 分，自评得分 57.01 分。',
);

describe('the total score', () => {
  it('自评总分为 (000), after the deductions', () => {
    const { fields, notes } = score(TAIHE);
    expectStated(fields.score, TAIHE, 98.95, '98.95');
    expect(fields.score!.unit).toBe('分');
    expect(notes).toEqual([]);
  });

  it('自评综合得分为 (001)', () => {
    const source = quote('001_b6a3c52251988525.txt:59', '2022 年广州市番禺区化龙镇人民政府自评综合得分为92.44分,自评结果为"优"。');
    expectStated(score(source).fields.score, source, 92.44, '92.44');
  });

  it('自评得分为 with spaces around the number (002)', () => {
    expectStated(score(PAITAN).fields.score, PAITAN, 93.91, '93.91');
  });

  it('自评总得分为 (003)', () => {
    const source = quote('003_70a4941c04d84bdd.txt:79', '本次部门整体绩效自评总得分为 97.82 分。');
    expectStated(score(source).fields.score, source, 97.82, '97.82');
  });

  it('部门绩效自评得分 followed by its parts (004)', () => {
    expectStated(score(LICHENG).fields.score, LICHENG, 88.51, '88.51');
  });
});

describe('score parts', () => {
  it('分值 X 分，自评得分 Y 分 (004)', () => {
    const parts = score(LICHENG).fields.scoreParts!;
    expect(parts.map((p) => p.name)).toEqual(['管理效能', '履行职能']);
    expectStated(parts[0]!.max, LICHENG, 40, '40');
    expectStated(parts[0]!.score, LICHENG, 31.5, '31.5');
    expectStated(parts[1]!.max, LICHENG, 60, '60');
    expectStated(parts[1]!.score, LICHENG, 57.01, '57.01');
  });

  it('none where the report states only a total', () => {
    expect(score(TAIHE).fields.scoreParts).toEqual([]);
    expect(score(PAITAN).fields.scoreParts).toEqual([]);
  });
});

describe('score parts in a scoring sheet', () => {
  const sheet = (rows: string) => `三、自评得分\n| 一级指标 | 分值 | 得分 | 扣分原因 |\n| --- | --- | --- | --- |\n${rows}`;

  it('each row above the 合计 of 100 is a part, quoting its cells', () => {
    const source = sheet(
      '| 预算编制 | 20 | 18.5 | 细化不够 |\n| 预算执行 | 30 | 28 | |\n| 产出效益 | 50 | 46 | |\n| 合计 | 100 | 92.5 | |\n',
    );
    const { fields } = score(source);
    expect(fields.scoreParts!.map((p) => [p.name, p.max?.value, p.score?.value])).toEqual([
      ['预算编制', 20, 18.5],
      ['预算执行', 30, 28],
      ['产出效益', 50, 46],
    ]);
    expectStated(fields.scoreParts![0]!.score, source, 18.5, '18.5');
    expect(fields.score?.value).toBe(92.5);
  });

  it('rows whose 分值 do not add up to the total are not its parts', () => {
    const source = sheet('| 预算编制 | 20 | 18.5 | |\n| 预算执行 | 30 | 28 | |\n| 合计 | 100 | 92.5 | |\n');
    expect(score(source).fields.scoreParts).toEqual([]);
  });

  it('a national form with its 分值 and 得分 further right is not a scoring sheet of parts', () => {
    const source =
      '| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n| --- | --- | --- | --- | --- |\n| 产出指标 | 数量指标 | 改造户数 | 50 | 48 |\n| 效益指标 | 社会效益 | 满意度 | 50 | 45 |\n| 总分 | | | 100 | 93 |\n';
    expect(score(source).fields.scoreParts).toEqual([]);
  });
});

describe('scores that are not the total', () => {
  it("a part's 自评得分 (004)", () => {
    const values = [score(LICHENG).fields.score?.value];
    expect(values).not.toContain(31.5);
    expect(values).not.toContain(57.01);
  });

  it('the 指标 sub-score "绩效指标基本实现，自评得分为 92 分" (002)', () => {
    const { fields, notes } = score(PAITAN);
    expect(fields.score?.value).toBe(93.91);
    expect(notes.filter((n) => n.code === 'conflict/score')).toEqual([]);
  });

  it('the points taken off, "扣0.05分" and "扣1分" (000)', () => {
    expect(score(TAIHE).fields.score?.value).toBe(98.95);
  });

  it('nothing in a sentence with no score', () => {
    const source = quote('002_bf9dfd7af09c6cef.txt:145', '2023 年本镇政府部门整体绩效表现良好');
    const { fields, notes } = score(source);
    expect(fields.score).toBeNull();
    expect(notes.map((n) => n.code)).toEqual(['missing/score']);
  });

  it('two different totals become a warning and no value', () => {
    const source = `${TAIHE}\n${quote('003_70a4941c04d84bdd.txt:79', '本次部门整体绩效自评总得分为 97.82 分。')}`;
    const { fields, notes } = score(source);
    expect(fields.score).toBeNull();
    expect(notes.find((n) => n.code === 'conflict/score')?.message).toMatch(/98\.95.*97\.82/);
  });
});

describe("a part's score without a total", () => {
  it('"部门预算编制得分8分" is a part, not the overall score', () => {
    expect(score('二、综合评价分析\n部门预算编制得分8分。').fields.score).toBeNull();
    expect(score('二、综合评价分析\n部门整体得分88分。').fields.score?.value).toBe(88);
  });
});

describe("the framework's dimensions after a total", () => {
  const SENTENCE =
    '根据部门整体支出绩效评价指标体系，我街道2022年度部门整体支出绩效自评得分为95分。其中：履职效能46分（满分50分），管理效率49分（满分50分）。';

  it('"依据…指标体系" before the score does not make it a part\'s', () => {
    expect(score(SENTENCE).fields.score?.value).toBe(95);
  });

  it('"其中：履职效能46分（满分50分）" are parts, with their maximum when stated', () => {
    const parts = score(SENTENCE).fields.scoreParts!;
    expect(parts.map((p) => [p.name, p.max?.value, p.score?.value])).toEqual([
      ['履职效能', 50, 46],
      ['管理效率', 50, 49],
    ]);
    expectStated(parts[0]!.score, SENTENCE, 46, '46');
  });

  it('a dimension with points outside a 其中 sentence is no part', () => {
    expect(score('二、综合评价分析\n预算执行10分为满分。').fields.scoreParts).toEqual([]);
  });
});

describe('自评分', () => {
  it('"自评分为93.5分" is the total', () => {
    const source = '(一)自评结论\n本单位自评分为93.5分。';
    expectStated(score(source).fields.score, source, 93.5, '93.5');
  });
});

describe('评定得分', () => {
  it('"经综合评定得分为91分" is the total', () => {
    expect(score('(一)自评结论\n经综合评定得分为91分。').fields.score?.value).toBe(91);
  });
});

describe('经自评, 得分', () => {
  it('"经自评,得分为95分" is the total; a bare "得分5分" of an item is not', () => {
    expect(score('(一)自评结论\n本部门经自评,得分为95分。').fields.score?.value).toBe(95);
    expect(score('(一)自评结论\n该项得分5分。').fields.score).toBeNull();
  });
});

describe('scores classified as something else', () => {
  it.each([
    ['the scale', '评分实行百分制,满分100分。'],
    ['a bare 总分 before what was scored is the scale', '总分100分,'],
    ['another year', '上年度自评得分91分。'],
    ['a project', '该项目绩效评价得分82分。'],
    ['a bound', '本镇自评得分不低于90分。'],
  ])('%s', (_, sentence) => {
    const { fields } = score(`2023年度某某镇部门整体支出绩效自评报告\n${sentence}`);
    expect(fields.score?.value ?? null).not.toBe(Number(/\d+/.exec(sentence)![0]));
  });

  it('keeps a score out of another maximum with its maximum', () => {
    const { fields } = score('经自评,自评得分为38分(满分40分)。');
    expect(fields.score).toMatchObject({ value: 38, max: 40 });
  });

  it("takes the 总分 row of a form with its 分值 as maximum, but not a money block's 合计 score", () => {
    const form = '|一级指标|三级指标|分值|得分|\n|产出|培训人数|50|48|\n|效益|满意度|50|44.5|\n|总分||100|92.5|';
    expect(score(form).fields.score).toMatchObject({ value: 92.5, max: 100, text: '92.5' });
    const money = '|项目|全年预算数|全年执行数|分值|得分|\n|合计|100|95|10|9.5|';
    expect(score(money).fields.score).toBeNull();
  });
});

describe('绩效得分', () => {
  it("the unit's 整体支出绩效得分, not a project's or last year's", () => {
    const source = '一、自评结论\n经评价，该部门2022年度整体支出绩效得分为92分，等级为优。该项目绩效得分82分。上年度绩效得分88分。';
    const { fields, notes } = score(`2022年度某某县农业农村局部门整体支出绩效自评报告\n${source}`);
    expect(fields.score).toMatchObject({ value: 92, text: '92' });
    expect(notes).toEqual([]);
  });
});

describe('the scale of the whole evaluation before the score', () => {
  it('"满分100分,我局自评得分88分": 88 out of 100; "考核总分为150分,…自评得分为138分": 138 out of 150', () => {
    expect(score('按照评价指标体系,满分100分,我局自评得分88分。').fields.score).toMatchObject({ value: 88, max: 100 });
    expect(score('考核总分为150分,我苏木自评得分为138分。').fields.score).toMatchObject({ value: 138, max: 150 });
  });

  it('is not a part\'s maximum: "管理效能满分40分,自评得分35分" is no total', () => {
    expect(score('管理效能满分40分,自评得分35分。').fields.score).toBeNull();
    expect(score('其中管理效能满分40分,自评得分35分。').fields.score).toBeNull();
  });

  it('a part after 其中 with its maximum, whatever its name, is no total; the total before it keeps its value', () => {
    const { fields } = score('我苏木自评得分为92分,其中:预算管理45分(满分50分),绩效目标47分(满分50分)。');
    expect(fields.score?.value).toBe(92);
    expect(fields.scoreParts?.map((p) => [p.name, p.max?.value, p.score?.value])).toEqual([
      ['预算管理', 50, 45],
      ['绩效目标', 50, 47],
    ]);
  });

  it('a part out of its weight in percent; the rate of points is not its score', () => {
    const { fields } = score('(一)预算执行率(权重20%):得分率90%,得18分。');
    expect(fields.scoreParts?.map((p) => [p.name, p.max?.value, p.score?.value])).toEqual([['预算执行率', 20, 18]]);
    expect(fields.score).toBeNull();
  });
});

describe('a part with its points in parentheses', () => {
  it('"(一)预算执行率(10分):得9.7分" is a part of 10 points', () => {
    expect(score('(一)预算执行率(10分):得9.7分。').fields.scoreParts?.map((p) => [p.name, p.max?.value, p.score?.value])).toEqual([
      ['预算执行率', 10, 9.7],
    ]);
  });
});
