// Short reports in the genre full of traps (tests/fixtures/traps/): a sub-unit's budget, another
// year's score, a figure from inside the year, bounds, estimates, scales, web-page chrome, covers,
// units of other provinces, the national forms, a project's evaluation and documents of another genre.
// Each figure is the unit's own, or null; each fact quotes its source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/lib/decode.ts';
import { parseReport } from '../src/lib/parse-report.ts';
import type { Fact, Report } from '../src/lib/schema.ts';
import { factsIn } from './helpers/facts.ts';

const DIR = new URL('./fixtures/traps/', import.meta.url);
const parse = (name: string) => parseReport(readFileSync(new URL(`${name}.txt`, DIR)), { file: `${name}.txt` });
const record = (name: string): Report => {
  const { report } = parse(name);
  expect(report).not.toBeNull();
  return report!;
};
const value = (f: Fact | null) => f?.value ?? null;
const codes = (name: string) => parse(name).diagnostics.map((d) => d.code);

describe('figures about something else never fill a headline field', () => {
  it('a sub-unit, the year-start budget, a point inside the year, the scale, another year, a project', () => {
    const r = record('subunit-inyear-scale');
    // 下属综合保障中心年度预算为860万元 is a sub-unit's; 年中追加后预算 replaces 年初预算; 截至6月底 48% is mid-year.
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([5630.5, 5480.2, 97.33]);
    // 满分100分 is the scale, 上年度自评得分91分 last year's, 该项目…得分82分 a project's.
    expect(value(r.score)).toBe(92.5);
    expect(r.grade).toMatchObject({ value: '优', derived: false });
    // "办理时限缩短2天" is not a deduction; "评为优秀的子项目3个" is not a grade.
    expect(r.deductions).toEqual([]);
    expect(r.doubts).toEqual([]);
  });

  it('a minus sign belongs to the actual, and the target is then not met', () => {
    const gdp = record('subunit-inyear-scale').indicators.find((i) => i.name === '辖区GDP增长率')!;
    expect(gdp.actual).toMatchObject({ value: -4.2, text: '-4.2%' });
    expect(gdp.met).toBe(false);
  });

  it('the actual after 实际完成 when the name is not repeated', () => {
    const talks = record('subunit-inyear-scale').indicators.find((i) => i.name === '开展政策宣讲活动')!;
    expect([value(talks.target), value(talks.actual), talks.met]).toEqual([20, 24, true]);
  });

  it('a bound is not a value: 执行率在95%以上 of projects, 得分不低于90分, a part out of 40', () => {
    const r = record('web-page-bounds');
    expect(value(r.executionRate)).toBe(91);
    expect(r.score).toBeNull();
    // No score, so no grade is derived from a part's "得分38分（满分40分）".
    expect(r.grade).toBeNull();
    expect(codes('web-page-bounds')).toContain('missing/score');
  });

  it('estimates (约, 近, 左右) yield to the exact figures; a stated grade against its band is doubted', () => {
    const r = record('estimates-grade-against-band');
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([1250, 1180, 94.4]);
    expect(r.grade).toMatchObject({ value: '良', derived: false });
    expect(r.doubts).toEqual([expect.objectContaining({ field: 'grade', code: 'checks/grade-band' })]);
  });

  it("next year's budget and plan are not this year's figures", () => {
    const r = record('cover-no-unit-in-title');
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([3456.78, 3400, 98.36]);
    expect(r.scoreParts).toEqual([expect.objectContaining({ name: '产出指标' })]);
    expect(value(r.score)).toBe(85);
  });
});

describe('the whole genre', () => {
  it("text copied from a web page: no breadcrumb or metadata in the unit's name", () => {
    const r = record('web-page-bounds');
    expect([r.entity, r.province, r.district, r.name, r.kind, r.year]).toEqual([
      '湖南省长沙县黄兴镇人民政府',
      '湖南省',
      '长沙县',
      '黄兴镇',
      'town',
      2023,
    ]);
    expect(r.id).toMatch(/^2023-changsha-huangxing-[0-9a-z]{6}$/);
  });

  it('a title without unit or year, with both on the cover', () => {
    const r = record('cover-no-unit-in-title');
    expect([r.entity, r.province, r.city, r.district, r.name, r.kind, r.year]).toEqual([
      '云南省大理白族自治州宾川县农业农村局',
      '云南省',
      '大理白族自治州',
      '宾川县',
      '农业农村局',
      'department',
      2022,
    ]);
    expect(codes('cover-no-unit-in-title')).not.toContain('missing/year');
  });

  it('an autonomous region, a league and a banner: 内蒙古自治区锡林郭勒盟正蓝旗上都镇', () => {
    const r = record('estimates-grade-against-band');
    expect([r.province, r.city, r.district, r.name, r.kind]).toEqual(['内蒙古自治区', '锡林郭勒盟', '正蓝旗', '上都镇', 'town']);
  });

  it('the unit in parentheses on the line after a title that names none', () => {
    const r = record('unit-after-title');
    expect([r.entity, r.name, r.city, r.district]).toEqual(['广西壮族自治区百色市田阳区那坡镇人民政府', '那坡镇', '百色市', '田阳区']);
    // 较2020年 and 上年自评得分 are other years.
    expect([value(r.executionRate), value(r.score)]).toEqual([94.89, 88]);
    expect(r.deductions.map((d) => [d.item, d.points.value])).toEqual([
      ['预算编制', 2],
      ['资产管理', 1.5],
    ]);
  });

  it('the national 部门整体支出绩效自评表 in pipes: money block, indicators under 三级指标, the 总分 row', () => {
    const r = record('national-form-pipes');
    expect([r.entity, r.year, r.scope]).toEqual(['某某县财政局', 2023, 'unit']);
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([1200, 1150, 95.83]);
    expect(r.score).toMatchObject({ value: 92.5, max: 100 });
    expect(r.indicators.map((i) => [i.name, i.category, value(i.target), value(i.actual), i.met])).toEqual([
      ['培训人数', '数量指标', 500, 520, true],
      ['资金拨付准确率', '质量指标', 100, 100, true],
      ['群众满意度', '社会效益指标', 90, 88, false],
    ]);
    expect(r.fundLines.map((l) => l.label)).toEqual(['当年财政拨款', '上年结转资金', '其他资金']);
  });

  it("the project form in tabs is the project's evaluation, with an id of its own", () => {
    const r = record('project-form-tabs');
    expect([r.scope, r.project, r.year]).toEqual(['project', '农村公路养护项目', 2022]);
    expect(r.id).toMatch(/-project-nongcungonglu/);
    expect([value(r.budget), value(r.spent), value(r.score)]).toEqual([320, 310, 95]);
  });

  it.each([
    ['final-accounts', '部门决算公开'],
    ['notice', '通知或公告'],
  ])('%s is refused as what it is: %s', (name, genre) => {
    const { report, diagnostics } = parse(name);
    expect(report).toBeNull();
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'input/not-a-report', message: expect.stringContaining(genre) }),
    ]);
  });
});

describe("other provinces' templates", () => {
  it('parts out of their maximum ("预算编制(满分10分)得9分") that are not all of the score, and some deductions: no doubt on the score', () => {
    const r = record('partial-parts-and-deductions');
    expect(r.scoreParts.map((p) => [p.name, value(p.max), value(p.score)])).toEqual([
      ['预算编制', 10, 9],
      ['预算执行', 20, 19],
    ]);
    expect([value(r.budget), value(r.score)]).toEqual([3350, 91.5]);
    expect(r.doubts).toEqual([]);
    expect(r.checks.map((c) => c.id)).not.toContain('checks/score-parts');
  });

  it("关于…的报告, amounts in 亿元, and a fund's budget that is not the total", () => {
    const r = record('about-report-yi-yuan');
    expect([r.entity, r.kind, value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([
      '四川省成都市武侯区财政局',
      'department',
      25000,
      23800,
      95.2,
      94.3,
    ]);
    expect(r.indicators.map((i) => [i.name, i.met])).toEqual([
      ['财政资金监督检查次数', true],
      ['预算批复及时率', true],
      ['群众满意度', true],
    ]);
  });

  it('a heading run into its paragraph ("(三)预算执行情况:全年预算数…") still states the unit\'s totals', () => {
    const r = record('heading-run-into-paragraph');
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([2500, 2400.1, 96]);
    expect(r.spent?.derived).toBe(false);
  });
});

describe('more phrasings', () => {
  it('预算支出 as the budget, a rate stated after its change from last year, and figures of 村(居)委会 and 一季度 left out', () => {
    const r = record('budget-spent-rate-after-change');
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([8650, 8312.4, 96.1, 95.5]);
    expect(r.executionRate?.text).toBe('96.10%');
    expect(r.indicators.map((i) => [i.name, i.met])).toEqual([
      ['农村道路维护里程', true],
      ['项目验收合格率', false],
      ['资金拨付及时率', true],
      ['人均公用经费', true],
    ]);
    expect(r.doubts).toEqual([]);
  });
});

describe('covers, web pages and forms of other provinces', () => {
  it('a web page title above a title broken over two lines, a cover with spaced labels, 追加预算 as an increment', () => {
    const r = record('cover-split-title-increment');
    expect([r.entity, r.city, r.district, r.name, r.kind, r.year]).toEqual([
      '岳阳市城市管理监督指挥中心',
      '岳阳市',
      null,
      '城市管理监督指挥中心',
      'department',
      2023,
    ]);
    // 年中追加预算420.50万元 is what was added; 与2022年支出2,050.00万元 another year's.
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([2280.5, 2201.36, 96.53]);
    expect(r.grade).toMatchObject({ value: '良', derived: false });
    expect(r.scoreParts.map((p) => [p.name, value(p.max), value(p.score)])).toEqual([
      ['部门决策', 20, 18],
      ['部门管理', 40, 34],
      ['部门绩效', 40, 36],
    ]);
    // "因未及时编制采购计划扣2分": 采购计划 is a noun, not next year's plan.
    expect(r.deductions.map((d) => [d.item, value(d.points)])).toEqual([
      ['政府采购', 2],
      ['绩效目标', 4],
    ]);
    expect(r.indicators.map((i) => [i.name, value(i.target), value(i.actual), i.met])).toEqual([
      ['城市管理问题立案数', 30000, 32156, true],
      ['案件结案率', 95, 96.8, true],
      ['问题派遣时限', 2, 1.5, true],
    ]);
  });
  it('"满分100分,我中心自评得分88分": the score after the scale of the whole evaluation is the score, out of 100', () => {
    expect(record('cover-split-title-increment').score).toMatchObject({ value: 88, max: 100 });
  });

  it('a web page with 您所在的位置 and one metadata line; amounts in 元; a sub-unit, two years together and mid-year left out', () => {
    const r = record('web-page-county-yuan');
    expect([r.entity, r.city, r.district, r.name, r.kind]).toEqual([
      '阿坝藏族羌族自治州汶川县水务局',
      '阿坝藏族羌族自治州',
      '汶川县',
      '水务局',
      'department',
    ]);
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([6000, 5580, 93, 92.36]);
    expect(r.budget?.text).toBe('60,000,000.00元');
    expect(r.indicators.map((i) => [i.name, value(i.target), value(i.actual), i.met])).toEqual([
      ['新建农村供水工程', 12, 13, true],
      ['农村自来水普及率', 92, 93.5, true],
      ['汛期险情处置时间', 2, 1.5, true],
      ['单处供水工程建设成本', 80, 76, true],
      ['受益人口', 3, 3.2, true],
      ['群众满意度', 90, 95, true],
    ]);
    expect(r.doubts).toEqual([]);
  });

  it('the national form copied one cell per line: label and value on their own lines, merged cells, the 总分 row', () => {
    const r = record('township-form-onecell');
    expect([r.entity, r.city, r.district, r.name, r.kind, r.year]).toEqual([
      '伊犁哈萨克自治州察布查尔锡伯自治县琼博拉镇人民政府',
      '伊犁哈萨克自治州',
      '察布查尔锡伯自治县',
      '琼博拉镇',
      'town',
      2022,
    ]);
    // 全年预算数, not 年初预算数 (1,500.00), in 万元 from the block label above the header.
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([1680, 1612.8, 96]);
    expect(r.score).toMatchObject({ value: 93.6, max: 100 });
    expect(r.indicators.map((i) => [i.name, i.category, value(i.target), value(i.actual), i.met])).toEqual([
      ['村级阵地维修数', '数量指标', 8, 9, true],
      ['项目验收合格率', '质量指标', 100, 100, true],
      ['资金拨付及时率', '时效指标', 95, 93, false],
      ['群众满意度', '满意度指标', 90, 94, true],
    ]);
  });
});

describe('a project, a banner township and a list of results', () => {
  it("a project's evaluation in prose: its unit from the text, its own totals, a 子项目 and last year's score left out", () => {
    const r = record('project-report-prose');
    expect([r.scope, r.project, r.entity, r.district, r.kind, r.year]).toEqual([
      'project',
      '汝阳县乡村振兴衔接资金项目',
      '汝阳县农业农村局',
      '汝阳县',
      'department',
      2023,
    ]);
    // 我局2023年部门预算总额3,200万元 is the unit's; (其中上年度结转80万元) a part; 城关镇子项目 a part after 其中.
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([500, 480, 96, 91]);
    expect(r.grade).toMatchObject({ value: '优', derived: false });
    expect(r.indicators.map((i) => [i.name, i.met])).toEqual([
      ['新建产业路', true],
      ['工程验收合格率', true],
      ['每公里建设成本', true],
      ['带动脱贫户增收', false],
    ]);
  });

  it("a 苏木 under an autonomous banner: 我苏木 is the whole, 较2021年 / 两年合计 / 前三季度 / the centre's 约260万元 left out", () => {
    const r = record('sumu-scale-150');
    expect([r.entity, r.city, r.district, r.name, r.kind]).toEqual([
      '呼伦贝尔市鄂温克族自治旗伊敏苏木',
      '呼伦贝尔市',
      '鄂温克族自治旗',
      '伊敏苏木',
      'township',
    ]);
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([1345.6, 1298.7, 96.51]);
    // "减少2项工作" and "缩短3天" are not deductions.
    expect(r.deductions.map((d) => [d.item, value(d.points)])).toEqual([
      ['预算编制', 3],
      ['资产管理', 2],
      ['绩效目标', 5],
    ]);
    // 考核总分为150分: 138 is out of 150, so no grade follows from it, and no 100-point value is shown.
    expect(r.grade).toBeNull();
    expect(value(r.score)).not.toBe(150);
  });
  it('"考核总分为150分,我苏木自评得分为138分": 138 out of 150; parts with any name after 其中, out of their maxima', () => {
    const r = record('sumu-scale-150');
    expect(r.score).toMatchObject({ value: 138, max: 150 });
    expect(r.scoreParts.map((p) => [p.name, value(p.max), value(p.score)])).toEqual([
      ['预算管理', 50, 45],
      ['资产管理', 30, 28],
      ['绩效目标', 70, 65],
    ]);
  });

  it("a list of many units' results (…自评结果的公示) is refused as what it is", () => {
    const { report, diagnostics } = parse('results-announcement');
    expect(report).toBeNull();
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'input/not-a-report', message: expect.stringContaining('评价结果公示或通报') }),
    ]);
  });
});

describe('signs, bands, self-names and other genres', () => {
  it('调整前/调整后 budgets, 下降 and 负增长 as changes, a minus actual, 以内 and 社区 figures; 优秀 at 89.5 is doubted', () => {
    const r = record('subdistrict-decrease-adjusted');
    expect([r.city, r.district, r.name, r.kind]).toEqual(['宁波市', '鄞州区', '东胜街道', 'subdistrict']);
    // 调整前预算 9,120 yields to 调整后预算; 各社区…合计650万元, 2022年度…93.10% and 支出较上年下降5.2% are not the unit's.
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([9876.54, 9432.1, 95.5, 89.5]);
    expect(r.grade).toMatchObject({ value: '优', derived: false });
    expect(r.doubts).toEqual([expect.objectContaining({ field: 'grade', code: 'checks/grade-band' })]);
    // "办件时间减少1.5天" is no deduction.
    expect(r.deductions.map((d) => [d.item, value(d.points)])).toEqual([
      ['预算执行', 2.25],
      ['绩效监控', 1],
    ]);
    const growth = r.indicators.find((i) => i.name === '辖区规上工业增加值增长率')!;
    expect([value(growth.actual), growth.met]).toEqual([-3.5, false]);
  });
  it('"年度指标值3个工作日以内,实际完成2.5个工作日": at most 3 working days, met in 2.5', () => {
    const days = record('subdistrict-decrease-adjusted').indicators.find((i) => i.target?.unit === '个工作日')!;
    expect([days.comparator, value(days.target), value(days.actual), days.actual?.unit, days.met]).toEqual([
      '<=',
      3,
      2.5,
      '个工作日',
      true,
    ]);
  });

  it('a school on a cover (评价单位(公章), 填报日期): "学校全年预算数" is its own; a stated 优秀 at 88 is doubted', () => {
    const r = record('school-cover-grade-band');
    expect([r.entity, r.city, r.district, r.kind, r.year]).toEqual(['昆明市官渡区第二中学', '昆明市', '官渡区', 'department', 2023]);
    // 其中财政拨款4,300万元 is a fund; 生均800元 a per-pupil amount.
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([4521.36, 4498.2, 99.49, 88]);
    expect(r.doubts).toEqual([expect.objectContaining({ field: 'grade', code: 'checks/grade-band' })]);
  });

  it('a document-sharing page: its file name and 资源描述 are not the title; the region first, then the unit', () => {
    const r = record('sharing-site-region-first');
    expect([r.title, r.entity, r.city, r.name, r.kind, r.year]).toEqual([
      '浏阳市2021年度市农业农村局部门整体支出绩效自评报告',
      '浏阳市市农业农村局',
      '浏阳市',
      '市农业农村局',
      'department',
      2021,
    ]);
    // 高标准农田建设项目 is a project, 2020年度得分 another year's.
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([6300, 6135.77, 97.39, 94.2]);
  });

  it("a table of years and a table of projects with its 合计 (in 元): the department's totals stay the sentence's", () => {
    const r = record('project-table-total-row');
    expect([r.city, r.district, r.name]).toEqual(['湘西土家族苗族自治州', '凤凰县', '民政局']);
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([15678.9, 15120.45, 96.44]);
    expect(r.doubts).toEqual([]);
    expect(r.projects.map((p) => [p.name, value(p.budget), value(p.spent), value(p.rate)])).toEqual([
      ['城乡低保资金', 8200, 8150, 99.39],
      ['特困人员救助供养资金', 2100, 2010, 95.71],
    ]);
    expect(r.fundLines).toEqual([]);
  });

  it('the project form as a WPS sheet pastes it: unit codes, an uncomputed 年度资金总额 of zeros, tab rows short at their end', () => {
    const r = record('anhui-project-form-zero-total');
    expect([r.scope, r.project, r.entity, r.name, r.kind, r.year]).toEqual([
      'project',
      '村级补助及运转经费',
      '池州市贵池区棠溪镇人民政府',
      '棠溪镇',
      'town',
      2022,
    ]);
    // 0 / 0 / 0 is a sum left uncomputed, never the project's budget; 总分 is 96, not its 分值 100.
    expect([r.budget, r.spent]).toEqual([null, null]);
    expect(codes('anhui-project-form-zero-total')).toContain('invalid/unfilled-total');
    expect(r.score).toMatchObject({ value: 96, max: 100 });
    expect(r.indicators.map((i) => [i.name, i.category, value(i.actual)])).toEqual([
      ['补助村数量', '数量指标', 8],
      ['保障村干部人数', '数量指标', 42],
      ['项目总成本', '成本指标', 132.9],
      ['提高村干部工作积极性', '社会效益指标', null],
    ]);
  });
  it('"=8个" as a target: the comparator is =, and 8 of 8 is met', () => {
    const villages = record('anhui-project-form-zero-total').indicators.find((i) => i.name === '补助村数量')!;
    expect([villages.comparator, value(villages.target), value(villages.actual), villages.met]).toEqual(['=', 8, 8, true]);
  });

  it('an organ named before its region (政协…县委员会), an aside (含上年结转), a rate after its change, a grade after a comparison year', () => {
    const r = record('organ-asides-comparisons');
    expect([r.entity, r.district, r.name, r.kind]).toEqual([
      '政协务川仡佬族苗族自治县委员会',
      '务川仡佬族苗族自治县',
      '政协委员会',
      'department',
    ]);
    // 下降1.3% is the change; 2022年度 figures and 下属单位平均得分85分 are not the unit's in its year.
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([1286.4, 1250.15, 97.18, 91.5]);
    expect(r.grade).toMatchObject({ value: '优', derived: false });
  });

  it("a web page with a nav bar and a list of other reports above the title: the title is this report's", () => {
    const r = record('web-page-nav-related');
    expect([r.entity, r.district, r.name, r.year]).toEqual(['永顺县林业局', '永顺县', '林业局', 2023]);
    // 国有林场全年支出 is a sub-unit's.
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([3812.45, 3700.12, 97.05, 93.6]);
  });

  it('a form flattened onto one line, its cells run together, is refused rather than split by guesswork', () => {
    const { report, diagnostics } = parse('form-flattened-one-line');
    expect(report).toBeNull();
    expect(diagnostics.map((d) => d.code)).toContain('input/not-a-report');
  });

  it("a report of the unit's own level (本级): 机关本级 is the unit, 局属学校 and 二级单位 are not", () => {
    const r = record('own-level-subunits');
    expect([r.entity, r.city, r.district, r.name]).toEqual(['南阳市卧龙区教育局(本级)', '南阳市', '卧龙区', '教育局']);
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([5600, 5380.25, 96.08, 90.5]);
    expect(r.doubts).toEqual([]);
  });

  it('the national form with money in 元, a rate column in (%), a 年度主要任务 block and a 总分 of "94.6分"', () => {
    const r = record('national-form-yuan-percent-header');
    expect([r.entity, r.city, r.district, r.name, r.kind, r.year]).toEqual([
      '铜仁市碧江区环北街道办事处',
      '铜仁市',
      '碧江区',
      '环北街道',
      'subdistrict',
      2023,
    ]);
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([3250, 3120, 96]);
    expect(r.executionRate?.derived).toBe(false);
    expect(r.fundLines.map((l) => [l.label, value(l.budget), value(l.amount), value(l.rate)])).toEqual([
      ['当年财政拨款', 3000, 2900, 96.67],
      ['上年结转资金', 250, 220, 88],
    ]);
    expect(r.indicators.map((i) => [i.name, value(i.target), value(i.actual), i.met])).toEqual([
      ['背街小巷整治条数', 20, 22, true],
      ['问题处置时限', 48, 36, true],
      ['居民满意度', 90, 93, true],
    ]);
  });
  it('"| 总分 | … | 100 | 94.6分 |": a score cell with 分 is the score, out of its 分值', () => {
    expect(record('national-form-yuan-percent-header').score).toMatchObject({ value: 94.6, max: 100, text: '94.6分' });
  });

  it('a rate that does not follow from the totals is doubted; a number too long for a double is named, never rounded', () => {
    const r = record('rate-vs-totals-long-digits');
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([5000, 4500, 95, 90]);
    expect(r.doubts).toEqual([expect.objectContaining({ field: 'executionRate', code: 'checks/rate' })]);
    expect(codes('rate-vs-totals-long-digits')).toContain('invalid/precision');
    expect(r.fundLines).toEqual([]);
  });
  it('"(一)预算执行率(权重20%):得分率90%,得18分": a part out of its weight, and the 90% is not its score', () => {
    expect(record('rate-vs-totals-long-digits').scoreParts.map((p) => [p.name, value(p.max), value(p.score)])).toEqual([
      ['预算执行率', 20, 18],
    ]);
  });

  it('a 彝族乡: 我乡(含下属事业单位) is the whole, 全乡各村 and 部门整体项目支出 are narrower', () => {
    const r = record('township-villages-inclusive');
    expect([r.city, r.district, r.name, r.kind]).toEqual(['凉山彝族自治州', '喜德县', '且拖乡', 'township']);
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([1980.6, 1902.35, 96.05, 91]);
    expect(r.grade).toMatchObject({ value: '优', derived: false });
    expect(r.doubts).toEqual([]);
  });

  it('"截至2023年12月31日" and "1-12月" are the whole year; "截至9月底" is a point inside it', () => {
    const r = record('year-end-by-months');
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([3456, 3380.2, 97.81, 93.5]);
    expect(r.doubts).toEqual([]);
  });

  it('ranges (85分至90分, 95%～98%, 20%-30%) and estimates (约2,800万元, 80分左右) yield to the exact figures', () => {
    const r = record('qualifiers-ranges');
    expect([r.district, r.name, r.kind]).toEqual(['玉龙纳西族自治县', '黄山街道', 'subdistrict']);
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([2756.3, 2690.45, 97.61, 88.5]);
    expect(r.grade).toMatchObject({ value: '良', derived: false });
    expect(r.doubts).toEqual([]);
  });

  it('a title with 关于 after the unit and a note (公示稿) after it', () => {
    const r = record('title-note-date');
    expect([r.entity, r.city, r.district, r.name, r.year]).toEqual([
      '恩施土家族苗族自治州来凤县文化和旅游局',
      '恩施土家族苗族自治州',
      '来凤县',
      '文化和旅游局',
      2022,
    ]);
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([2134.5, 2080, 97.45, 92]);
  });

  it("a project's report with its money table and an indicator table headed 年度目标 / 实际完成", () => {
    const r = record('project-report-table-targets');
    expect([r.scope, r.project, r.entity, r.year]).toEqual(['project', '衢州市柯城区农村饮用水达标提标项目', '衢州市柯城区水利局', 2023]);
    // 项目总投资约5,000万元 is an estimate over three years; the table's 全年预算数 is the year's.
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([1620, 1566.54, 96.7, 96.5]);
    expect(r.indicators.map((i) => [i.name, value(i.target), value(i.actual), i.met])).toEqual([
      ['新建改造供水管网', 60, 63.5, true],
      ['水质达标率', 95, 96.3, true],
      ['受益人口', 4, 4.2, true],
      ['受益群众满意度', 90, 92, true],
    ]);
  });

  it("a document-sharing site's preview prompt right above the title does not join it", () => {
    const r = record('sharing-site-preview');
    expect([r.entity, r.city, r.district, r.name, r.kind]).toEqual([
      '永州市零陵区富家桥镇人民政府',
      '永州市',
      '零陵区',
      '富家桥镇',
      'town',
    ]);
    expect([value(r.budget), value(r.score)]).toEqual([2876.4, 89]);
  });

  it("a numbered list of deductions with reasons after them; their total, last year's and 减少30分钟 are not items", () => {
    const r = record('deduction-list');
    expect(r.deductions.map((d) => [d.item, value(d.points)])).toEqual([
      ['预算编制', 1],
      ['资产管理', 0.5],
      ['绩效监控', 2],
    ]);
    expect(value(r.score)).toBe(91.5);
  });

  it("a cover with two fields on a line, (盖章) after the name and a date line: the year is the body's, not the date's", () => {
    const r = record('cover-two-fields-date');
    expect([r.entity, r.name, r.kind, r.year]).toEqual(['宝鸡市陈仓区虢镇街道办事处', '虢镇街道', 'subdistrict', 2023]);
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([4210.8, 4102.66, 97.43, 90.5]);
  });

  it('"预算数和执行数分别为X和Y" and a budget after its growth over last year; a fund\'s and the communities\' pairs left out', () => {
    const r = record('respectively-and-growth');
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([6542.1, 6388.75, 97.66, 94]);
    expect(r.doubts).toEqual([]);
  });

  it('the project form copied one cell per line: its name under 项目名称, money and indicator blocks apart, 总分 under 得分', () => {
    const r = record('project-form-onecell');
    expect([r.scope, r.project, r.year]).toEqual(['project', '城乡环卫一体化运营项目', 2023]);
    expect([value(r.budget), value(r.spent), value(r.executionRate)]).toEqual([2650, 2583.75, 97.5]);
    // 总分 is 95.75, not its 分值 100 nor the 偏差原因 column's.
    expect(r.score).toMatchObject({ value: 95.75, max: 100 });
    expect(r.indicators.map((i) => [i.name, value(i.actual), i.met])).toEqual([
      // "≥600万平方米", met by 620万平方米.
      ['道路清扫保洁面积', 620, true],
      ['垃圾无害化处理率', 100, true],
      ['群众满意度', 83, false],
    ]);
  });

  it("a special fund's evaluation: scope project, the unit from the title, the bureau's own budget left out", () => {
    const r = record('special-fund-evaluation');
    expect([r.scope, r.project, r.entity, r.district, r.year]).toEqual([
      'project',
      '耕地地力保护补贴专项资金',
      '新晃侗族自治县农业农村局',
      '新晃侗族自治县',
      2023,
    ]);
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([812.4, 812.4, 100, 96]);
    expect(r.doubts).toEqual([]);
  });

  it.each([
    ['performance-targets-plan', '绩效目标申报表'],
    ['mid-year-monitoring', '绩效运行监控报告'],
    ['review-opinion', '审核或复核意见'],
  ])('%s (targets set before the year, or figures from inside it) is refused as a %s', (name, genre) => {
    const { report, diagnostics } = parse(name);
    expect(report).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'input/not-a-report', message: expect.stringContaining(genre) })]);
  });

  it('the unit under the title after a dash (——…街道办), a date line, the year from the body', () => {
    const r = record('unit-below-dash');
    expect([r.entity, r.name, r.kind, r.year]).toEqual(['梧州市万秀区城东街道办', '城东街道', 'subdistrict', 2023]);
    expect([value(r.budget), value(r.spent), value(r.executionRate), value(r.score)]).toEqual([2345.6, 2300.1, 98.06, 95]);
  });

  it.each([
    'final-accounts-web-performance',
    'unit-final-accounts-attachments',
    'township-final-accounts-spaced-meta',
    'final-accounts-toc-first',
  ])('%s: a 决算 publication under web-page chrome, with a self-evaluation paragraph or form attached, is refused as a 决算', (name) => {
    const { report, diagnostics } = parse(name);
    expect(report).toBeNull();
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'input/not-a-report', message: expect.stringContaining('部门决算公开') }),
    ]);
  });
});

describe('unseen reports from more provinces and kinds of unit (issue 7c)', () => {
  const totals = (r: Report) => [value(r.budget), value(r.spent), value(r.executionRate), value(r.score)];
  const lists = (r: Report) => ({
    parts: r.scoreParts.map((p) => [p.name, value(p.max), value(p.score)]),
    deductions: r.deductions.map((d) => [d.item, value(d.points)]),
    indicators: r.indicators.map((i) => [i.name, value(i.target), value(i.actual), i.met]),
    fundLines: r.fundLines.map((l) => [l.label, value(l.budget), value(l.amount)]),
  });
  type Listed = Partial<ReturnType<typeof lists>>;

  it.each<[string, string, (number | null)[], Listed]>([
    [
      'county-health-pipe-scoresheet',
      "a scoring sheet in a pipe table gives the parts; the budget's (其中基本支出…) parts and the sub-units' spending are no fund lines",
      [12865.4, 12402.77, 96.4, 92.5],
      {
        parts: [
          ['预算编制', 20, 18.5],
          ['预算执行', 30, 28],
          ['资产管理', 10, 10],
          ['绩效目标完成', 40, 36],
        ],
        fundLines: [],
        indicators: [
          ['适龄儿童免疫规划疫苗接种率', 95, 98.2, true],
          ['孕产妇系统管理率', 90, 88.6, false],
          ['群众满意度', 90, 93, true],
        ],
      },
    ],
    [
      'subdistrict-yuan-wan-mixed',
      'a budget in 元 and spending in 万元; a per-community subsidy in 元 is not a total',
      [3865.21, 3790.12, 98.06, 93],
      {
        fundLines: [
          ['人员经费支出', null, 1523.045],
          ['公用经费支出', null, 286.55],
        ],
      },
    ],
    [
      'center-grade-hege',
      '"本中心" is the unit; a numbered list of shortfalls with their points, and "以上共扣" no deduction',
      [486.2, 451.37, 92.84, 78],
      {
        deductions: [
          ['预算执行率未达到95%', 3],
          ['绩效目标设置不够明确', 4],
          ['资产登记不及时', 2],
          ['项目资金支出进度慢', 6],
          ['部分绩效指标未完成', 7],
        ],
      },
    ],
    [
      'police-respectively-three',
      '"年初预算数、全年预算数、全年执行数分别为A、B、C"; a police station\'s pair after 其中 left out; "2.110接警…" keeps its name',
      [2380.5, 2301.26, 96.67, 90.5],
      {
        indicators: [
          ['刑事案件破案率', 60, 65.3, true],
          ['110接警处置及时率', 100, 100, true],
          ['群众安全感满意度', 95, 94.2, false],
        ],
      },
    ],
    [
      'subdistrict-deductions-gongkou',
      'groups "共扣X分" with their items in an aside: the items are the deductions, not the groups\' totals',
      [8650.4, 8412.3, 97.25, 94],
      {
        deductions: [
          ['预算编制准确性', 1],
          ['“三公”经费控制', 0.5],
          ['资金使用合规性', 2],
          ['重点工作完成率', 1.5],
          ['满意度', 1],
        ],
      },
    ],
    [
      'beijing-street-indicator-words',
      'targets in words (按计划完成, 较上年提高) give no number; 100%, ≥30条, ≤3天 do',
      [6488.26, 6390.17, 98.49, 96.3],
      {
        indicators: [
          ['接诉即办响应率', 100, 100, true],
          ['背街小巷环境整治条数', 30, 32, true],
          ['接诉即办办结时限', 3, 2, true],
        ],
      },
    ],
    [
      'hospital-baifenzhi',
      'a hospital centre states only its 财政拨款 budget (a fund line, no total); "93.6分(百分制)"',
      [null, null, null, 93.6],
      { fundLines: [['财政拨款', 5218.3, 5103.92]] },
    ],
    [
      'devzone-committee-tab-scoresheet',
      "a tab-separated scoring sheet gives the parts and the total; last year's rate is no conflict",
      [15620, 14987.35, 95.95, 92.5],
      {
        parts: [
          ['投入', 20, 19],
          ['过程', 30, 28.5],
          ['产出', 30, 27],
          ['效益', 20, 18],
        ],
      },
    ],
    [
      'school-buhege-noise',
      '不合格 about students and canteens is not a grade; 生均公用经费1,200元 is not a fund line',
      [3062.4, 3010.15, 98.29, 88],
      { fundLines: [] },
    ],
    [
      'renshe-rate-points',
      "a sub-unit named before its rate (区就业创业服务中心预算执行率) does not conflict with the bureau's",
      [1826.75, 1760.3, 96.36, 87.5],
      {
        indicators: [
          ['城镇新增就业人数', 5000, 5320, true],
          ['城镇登记失业率', 4.5, 3.8, true],
          ['劳动人事争议仲裁结案率', 90, 88, false],
        ],
      },
    ],
    [
      'township-tibet-xiang',
      '"…镇预算为X(其中援藏资金…)" and numbered "扣分X分"',
      [1126.5, 1098.44, 97.51, 91.2],
      {
        deductions: [
          ['部分项目绩效目标不够细化', 3],
          ['资产管理不规范', 2.8],
          ['个别项目支出进度滞后', 3],
        ],
      },
    ],
    [
      'town-yi-yuan-next-year',
      "totals in 亿元 with a bare 全年执行; next year's 预算安排 and a target score (不低于95分) are not this year's",
      [12500, 12100, 96.8, 95.5],
      {
        deductions: [
          ['预算编制', 1.5],
          ['资产管理', 3],
        ],
        indicators: [
          ['农村人居环境整治村庄数', 13, 13, true],
          ['群众诉求办结时限', 3, 2, true],
        ],
      },
    ],
    [
      'market-bureau-rate-down-points',
      "a rate with its change in 个百分点; a transfer fund's rate and the stations' bound (95%以上) are not the bureau's; last year's score",
      [4320.6, 4203.94, 97.3, 91.2],
      {
        indicators: [
          ['食品安全抽检合格率', 98, 98, true],
          ['消费者投诉处理及时率', 100, 100, true],
          ['特种设备定期检验率', 99, 97.5, false],
        ],
      },
    ],
  ])('%s: %s', (name, _why, want, listed) => {
    const r = record(name);
    expect(totals(r)).toEqual(want);
    const got = lists(r);
    for (const key of Object.keys(listed) as (keyof Listed)[]) expect(got[key], key).toEqual(listed[key]);
  });

  it('stated grades: 优秀 and 良好 are 优 and 良; 合格 never becomes 中, stated or derived from the score', () => {
    for (const [name, grade] of [
      ['county-health-pipe-scoresheet', '优'],
      ['hospital-baifenzhi', '优'],
      ['school-buhege-noise', '良'],
      ['township-chinese-numeral-score', '优'],
    ])
      expect(record(name!).grade, name).toMatchObject({ value: grade, derived: false });
    expect(record('center-grade-hege').grade).toBeNull();
    expect(codes('center-grade-hege')).toContain('grade/other-scale');
  });

  it('a score in Chinese numerals (九十二分) is left null and said so; the town and its totals are read', () => {
    const r = record('township-chinese-numeral-score');
    expect([r.entity, r.name, r.kind, r.year]).toEqual(['于都县银坑镇人民政府', '银坑镇', 'town', 2022]);
    expect(totals(r)).toEqual([2830.9, 2796.45, 98.78, null]);
    expect(codes('township-chinese-numeral-score')).toContain('missing/score');
  });

  it("three years side by side: the report year's totals and score, not 2022's or 2021's", () => {
    const r = record('bureau-three-years-side');
    expect(totals(r)).toEqual([62480.25, 61355.7, 98.2, 91]);
    expect(r.doubts).toEqual([]);
  });
});

describe('grounding', () => {
  it.each([
    'subunit-inyear-scale',
    'web-page-bounds',
    'cover-no-unit-in-title',
    'estimates-grade-against-band',
    'national-form-pipes',
    'project-form-tabs',
    'unit-after-title',
    'conflicting-totals',
    'partial-parts-and-deductions',
    'about-report-yi-yuan',
    'heading-run-into-paragraph',
    'cover-split-title-increment',
    'web-page-county-yuan',
    'township-form-onecell',
    'project-report-prose',
    'sumu-scale-150',
    'subdistrict-decrease-adjusted',
    'school-cover-grade-band',
    'sharing-site-region-first',
    'project-table-total-row',
    'anhui-project-form-zero-total',
    'organ-asides-comparisons',
    'web-page-nav-related',
    'own-level-subunits',
    'national-form-yuan-percent-header',
    'rate-vs-totals-long-digits',
    'township-villages-inclusive',
    'year-end-by-months',
    'qualifiers-ranges',
    'title-note-date',
    'project-report-table-targets',
    'sharing-site-preview',
    'deduction-list',
    'cover-two-fields-date',
    'respectively-and-growth',
    'project-form-onecell',
    'unit-below-dash',
    'special-fund-evaluation',
    'county-health-pipe-scoresheet',
    'township-chinese-numeral-score',
    'subdistrict-yuan-wan-mixed',
    'bureau-three-years-side',
    'center-grade-hege',
    'police-respectively-three',
    'subdistrict-deductions-gongkou',
    'beijing-street-indicator-words',
    'hospital-baifenzhi',
    'devzone-committee-tab-scoresheet',
    'school-buhege-noise',
    'renshe-rate-points',
    'township-tibet-xiang',
    'town-yi-yuan-next-year',
    'market-bureau-rate-down-points',
  ])('every fact of %s quotes its source', (name) => {
    const source = decode(readFileSync(new URL(`${name}.txt`, DIR))).text;
    for (const [path, f] of factsIn(record(name))) {
      if (f.derived) continue;
      expect(source.slice(f.start!, f.end!), path).toBe(f.text);
      expect(f.text, path).toMatch(/\d|优|良|中|差/);
    }
  });
});
