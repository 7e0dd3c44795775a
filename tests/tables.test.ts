// tables.ts: pipe, tab and flattened tables found in normalized text, cells keeping their offsets.
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/lib/normalize.ts';
import { column, findTables, headerRun } from '../src/lib/tables.ts';
import { FLAT_INDICATOR_FORM, INDICATOR_FORM, MONEY_FORM, WHOLE_FORM } from './helpers/forms.ts';
import { reportNames, reportText } from './helpers/reports.ts';

const tablesOf = (source: string) => {
  const text = normalize(source).text;
  return { text, tables: findTables(text) };
};

describe('findTables', () => {
  it('reads a pipe table with its caption, skipping the rule row', () => {
    const { text, tables } = tablesOf(MONEY_FORM);
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table!.header.map((c) => c.text)).toEqual(['资金来源', '全年预算数', '全年执行数', '执行率']);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['年度资金总额', '82,912.04', '75,317.78', '90.8%'],
      ['其中:财政拨款', '82,079.63', '74,789.68', '91.1%'],
      ['其他资金', '832.41', '528.09', '63.4%'],
    ]);
    expect(table!.caption).toContain('单位:万元');
    for (const cell of table!.rows.flat()) expect(text.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('keeps empty cells of merged rows in place', () => {
    const { tables } = tablesOf(INDICATOR_FORM);
    expect(tables[0]!.rows[1]!.map((c) => c.text)).toEqual(['', '', '外出招商活动次数', '4次', '3次']);
  });

  it('reads flattened cells under a run of column names, and stops at running text', () => {
    const { text, tables } = tablesOf(FLAT_INDICATOR_FORM);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.header.map((c) => c.text)).toEqual(['三级指标', '年度指标值', '全年实际值']);
    expect(tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['服务企业数', '203家', '212家'],
      ['在册涉毒管控人员帮教服务覆盖率', '100%', '70%'],
    ]);
    for (const cell of tables[0]!.rows.flat()) expect(text.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('reads a form copied one cell per line: a money block whose rows bring their own label, merged indicator cells, the 总分 row', () => {
    const form = [
      '年度预算执行情况(万元)',
      ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ...['年度资金总额', '1,500.00', '1,680.00', '1,612.80', '10', '96.00%', '9.6'],
      ...['上年结转资金', '100.00', '100.00', '92.80', '—', '92.80%', '—'],
      ...['年度总体目标', '预期目标', '实际完成情况'],
      '保障全镇机构正常运转。',
      ...['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ...['产出指标', '数量指标', '村级阵地维修数', '≥8个', '9个', '10', '10'],
      ...['质量指标', '项目验收合格率', '100%', '100%', '10', '10'],
      ...['总分', '100', '93.6'],
    ].join('\n');
    const { tables } = tablesOf(form);
    const cells = tables.map((t) => t.rows.map((r) => r.map((c) => c.text)));
    expect(cells[0]).toEqual([
      ['年度资金总额', '1,500.00', '1,680.00', '1,612.80', '10', '96.00%', '9.6'],
      ['上年结转资金', '100.00', '100.00', '92.80', '—', '92.80%', '—'],
    ]);
    expect(cells[1]).toEqual([
      ['产出指标', '数量指标', '村级阵地维修数', '≥8个', '9个', '10', '10'],
      ['', '质量指标', '项目验收合格率', '100%', '100%', '10', '10'],
      ['总分', '', '', '', '', '100', '93.6'],
    ]);
  });

  it("ends a flattened block where the next one's column names begin, and puts a 总分 row's numbers under 分值 and 得分", () => {
    const form = [
      ...['年初预算数', '全年预算数', '全年执行数', '执行率'],
      ...['年度资金总额', '2,400.00', '2,650.00', '2,583.75', '97.50%'],
      ...['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ...['效益指标', '满意度指标', '群众满意度', '≥85%', '83%', '10', '8', '部分路段保洁不及时'],
      ...['总分', '100', '95.75'],
    ].join('\n');
    const { tables } = tablesOf(form);
    expect(tables.map((t) => t.rows.length)).toEqual([1, 2]);
    expect(tables[1]!.rows[1]!.map((c) => c.text)).toEqual(['总分', '', '', '', '', '100', '95.75', '']);
  });

  it.each([
    // Two numbers run together in one cell: the row is one cell short and the rest slide.
    [
      '年初预算数\n全年预算数\n全年执行数\n执行率\n年度资金总额\n1,500.001,680.00\n1,612.80\n96.00%\n其中:财政拨款\n1,400.00\n1,580.00\n1,520.00\n96.20%',
    ],
    // An empty cell the copy dropped (合格率 has no actual): the next row's label lands under 得分.
    [
      '一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n产出指标\n数量指标\n维修数\n≥8个\n9个\n10\n10\n合格率\n100%\n10\n10\n时效指标\n拨付及时率\n≥95%\n93%\n10\n8',
    ],
  ])('refuses a flattened table whose cells cannot be told apart: %s', (form) => {
    expect(tablesOf(form).tables).toEqual([]);
  });

  it('keeps a tab row with empty cells where its cells stand, only its end being short', () => {
    const form = [
      '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '\t产出指标(50分)\t数量指标\t补助村数量\t=8个\t8\t8\t8',
      '\t\t\t保障村干部人数\t=42个\t42\t8\t8',
      '总分\t\t\t\t\t\t100\t96',
    ].join('\n');
    const [table] = tablesOf(form).tables;
    expect(table!.rows.map((r) => [r[3]!.text, r[6]!.text, r[7]!.text])).toEqual([
      ['补助村数量', '8', '8'],
      ['保障村干部人数', '8', '8'],
      ['', '100', '96'],
    ]);
    expect(table!.padded).toEqual([false, false, false]);
  });

  it.each(reportNames)('finds no table in %s, which has none', (name) => {
    expect(findTables(normalize(reportText(name)).text)).toEqual([]);
  });
});

describe('a whole form in one pipe block', () => {
  const { text, tables } = tablesOf(WHOLE_FORM);

  it('splits it at each header row, and drops the empty cells a converter left at row ends', () => {
    expect(tables.map((t) => t.header.map((c) => c.text))).toEqual([
      ['预算执行情况(万元)(20分)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
      ['年度绩效指标', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
    ]);
    for (const cell of tables.flatMap((t) => t.rows.flat())) expect(text.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('pads rows that lost merged cells on the left, and says so', () => {
    const indicators = tables[1]!;
    expect(indicators.rows.map((r) => r[3]!.text)).toEqual(['办结信访案件', '拆除违法建设', '解决群众问题时间', '群众对政府工作满意度']);
    expect(indicators.padded).toEqual([true, true, true, true]);
    expect(tables[0]!.padded).toEqual([true]);
  });
});

describe('headerRun and column', () => {
  it('needs three column names in a row', () => {
    expect(headerRun(['三级指标', '年度指标值', '全年实际值', '服务企业数'], 0)).toBe(3);
    expect(headerRun(['三级指标', '年度指标值', '服务企业数'], 0)).toBe(0);
  });

  it('finds a column by its header', () => {
    const [table] = tablesOf(MONEY_FORM).tables;
    expect(column(table!, /执行数/)).toBe(2);
    expect(column(table!, /年初预算数/)).toBe(-1);
  });
});

describe('column names of a Sichuan project form', () => {
  it('年初预算, 调整后预算数, 预算执行数 and 原因 are column names, so their run is a flattened header', async () => {
    const { isHeaderCell } = await import('../src/lib/tables.ts');
    for (const name of ['年初预算', '调整后预算数', '预算执行数', '预算执行率', '原因']) expect(isHeaderCell(name), name).toBe(true);
    for (const text of ['预算执行数为251.89万元', '总额', '238.93']) expect(isHeaderCell(text), text).toBe(false);
  });
});
