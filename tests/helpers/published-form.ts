// The self-evaluation form (自评表) of report 004, laid out like the national template, with the
// figures of 004's own text: scripts/make-fixtures.ts writes it as .xlsx, .xls, a Word table and a
// ruled PDF table, and the ingest tests expect these cells back.
// The form of 004, from its own figures (lines 85 and 99–105 of the report).
export const FORM_TITLE = '广州市增城区人民政府荔城街道办事处2021年度部门整体支出绩效自评表';
export const MONEY: string[][] = [
  // The national template leaves the corner above the fund names empty.
  ['', '', '', '全年预算数', '全年执行数', '执行率', ''],
  ['年度资金总额', '', '', '82,912.04', '75,317.78', '90.8%', ''],
  ['其中：财政拨款', '', '', '82,079.63', '74,789.68', '91.1%', ''],
  ['其他资金', '', '', '832.41', '528.09', '63.4%', ''],
];
const INDICATORS: string[][] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '全年实际值', '偏差原因分析'],
  ['产出指标', '数量指标', '开展政策培训、业务培训', '1次', '5次', ''],
  ['', '', '外出招商活动次数', '4次', '3次', '受疫情影响外出减少'],
  ['', '', '服务企业数', '203家', '212家', ''],
  ['', '', '引进注册资本1000万的企业数', '1家', '1家', ''],
  ['', '质量指标', '垃圾专车专运完成率', '70%', '100%', ''],
  ['', '', '城乡环境卫生干净度', '90%', '98.93%', ''],
  ['效益指标', '社会效益指标', '重大社会治安事件发生率', '0%', '0%', ''],
  ['', '', '在册涉毒管控人员帮教服务覆盖率', '100%', '70%', '部分人员失联'],
  ['', '', '长者饭堂就餐人次', '10万人次', '112848次', ''],
  ['', '', '失业人员再就业率', '70%', '78.89%', ''],
];
/** The form as cells with spans: [row, col, rowSpan, colSpan, text]. 7 columns. */
export function formCells(): [number, number, number, number, string][] {
  const cells: [number, number, number, number, string][] = [
    [0, 0, 1, 7, FORM_TITLE],
    [1, 0, 1, 1, '单位名称'],
    [1, 1, 1, 6, '广州市增城区人民政府荔城街道办事处'],
  ];
  cells.push([2, 0, MONEY.length, 1, '年度预算执行情况（万元）']);
  MONEY.forEach((row, r) => {
    cells.push([2 + r, 1, 1, 3, row[0]!], [2 + r, 4, 1, 1, row[3]!], [2 + r, 5, 1, 1, row[4]!], [2 + r, 6, 1, 1, row[5]!]);
  });
  const top = 2 + MONEY.length;
  cells.push([top, 0, INDICATORS.length, 1, '绩效指标']);
  // 一级 and 二级 cells span the rows below them that leave them empty.
  for (const col of [0, 1]) {
    for (let r = 0; r < INDICATORS.length; r++) {
      if (!INDICATORS[r]![col]) continue;
      let span = 1;
      while (r + span < INDICATORS.length && !INDICATORS[r + span]![col] && (col === 0 || !INDICATORS[r + span]![0])) span++;
      cells.push([top + r, 1 + col, span, 1, INDICATORS[r]![col]!]);
    }
  }
  INDICATORS.forEach((row, r) => row.slice(2).forEach((t, c) => cells.push([top + r, 3 + c, 1, 1, t])));
  return cells;
}
export const FORM_ROWS = 2 + MONEY.length + INDICATORS.length;
