// Self-evaluation forms laid out from 004's own figures (lines 85 and 99-105), since the five
// reports state everything in sentences: a pipe table of money, and indicators as pipes and as
// flattened cells, one per line, the way PDF extraction leaves a form.

export const MONEY_FORM = [
  '（三）部门整体收支情况',
  '',
  '单位：万元',
  '',
  '| 资金来源 | 全年预算数 | 全年执行数 | 执行率 |',
  '| --- | --- | --- | --- |',
  '| 年度资金总额 | 82,912.04 | 75,317.78 | 90.8% |',
  '| 其中：财政拨款 | 82,079.63 | 74,789.68 | 91.1% |',
  '| 其他资金 | 832.41 | 528.09 | 63.4% |',
].join('\n');

export const INDICATOR_FORM = [
  '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年实际值 |',
  '| --- | --- | --- | --- | --- |',
  '| 产出指标 | 数量指标 | 服务企业数 | 203 家 | 212 家 |',
  '| | | 外出招商活动次数 | 4 次 | 3 次 |',
  '| 效益指标 | 社会效益指标 | 长者饭堂就餐人次 | 10 万人次 | 112848 次 |',
].join('\n');

export const FLAT_INDICATOR_FORM = [
  '二、综合评价分析',
  '',
  '三级指标',
  '年度指标值',
  '全年实际值',
  '服务企业数',
  '203 家',
  '212 家',
  '在册涉毒管控人员帮教服务覆盖率',
  '100%',
  '70%',
  '',
  '从评价情况来看，预算编制、执行及使用效益情况大致达到了预期的绩效目标。',
].join('\n');

/**
 * A whole self-evaluation form as PDF-to-text converters leave it: one pipe block without outer
 * pipes, several header rows inside, empty cells trailing, and rows that lost merged cells on the
 * left (the layout of published 自评表, with made-up figures).
 */
export const WHOLE_FORM = [
  '某某镇人民政府2020年度部门整体支出绩效自评表',
  '单位名称 | 某某镇人民政府 | ||||||||',
  '预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||',
  '部门整体支出总额 | 864.2 | 100% | 20 | ||||||',
  '年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||',
  '产出指标 | 数量指标 | 办结信访案件 | 168起 | 168起 | 10 | ||||',
  '数量指标 | 拆除违法建设 | 32宗 | 30宗 | 18 | |||||',
  '时效性指标 | 解决群众问题时间 | 2天以内 | 2天以内 | 10 | |||||',
  '满意度指标 | 群众满意度 指标 | 群众对政府工作满意度 | ≧90% | 95% | 20 | ||||',
].join('\n');
