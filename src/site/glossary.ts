// The site's field names in Chinese and English with a short explanation in each, for readers who do
// not read Chinese; the glossary page (/glossary/) lists them. The report text itself stays untranslated.
export interface Term {
  zh: string;
  en: string;
  zhNote: string;
  enNote: string;
}

export const GLOSSARY: readonly Term[] = [
  {
    zh: '部门整体支出绩效自评报告',
    en: 'Whole-budget performance self-evaluation report',
    zhNote: '单位对一年全部预算支出的绩效自我评价，每年公开。',
    enNote: 'A unit’s own yearly evaluation of how it spent its whole budget, published every year.',
  },
  {
    zh: '单位',
    en: 'Unit',
    zhNote: '写报告的镇、街道、乡或部门。',
    enNote: 'The town (镇), subdistrict (街道), township (乡) or department that wrote the report.',
  },
  { zh: '区', en: 'District', zhNote: '单位所在的区。', enNote: 'The district of Guangzhou the unit belongs to.' },
  { zh: '年度', en: 'Year', zhNote: '报告评价的预算年度。', enNote: 'The budget year the report evaluates.' },
  {
    zh: '预算数',
    en: 'Budget',
    zhNote: '全年预算（万元）；有调整后预算时取调整后预算。',
    enNote: 'The year’s budget in 10,000 yuan (万元); the adjusted budget where the report gives one.',
  },
  { zh: '支出数', en: 'Spent', zhNote: '全年实际支出（万元）。', enNote: 'What was actually spent in the year, in 10,000 yuan (万元).' },
  { zh: '执行率', en: 'Execution rate', zhNote: '支出数占预算数的百分比。', enNote: 'Spent as a percentage of the budget.' },
  {
    zh: '自评得分',
    en: 'Self-assessed score',
    zhNote: '单位给自己打的总分，满分 100。',
    enNote: 'The total score the unit gives itself, out of 100.',
  },
  {
    zh: '等级',
    en: 'Grade',
    zhNote: '优 ≥ 90，良 ≥ 80，中 ≥ 60，其余为差。',
    enNote: 'Excellent (优) ≥ 90, good (良) ≥ 80, fair (中) ≥ 60, otherwise poor (差).',
  },
  { zh: '扣分', en: 'Deductions', zhNote: '自评时扣掉的分数及原因。', enNote: 'Points the unit took off its own score, and why.' },
  {
    zh: '资金收支',
    en: 'Funds in and out',
    zhNote: '按资金来源或支出类别分列的预算和金额。',
    enNote: 'Budget and amounts by source of funds or kind of spending.',
  },
  {
    zh: '绩效指标',
    en: 'Performance indicators',
    zhNote: '年初定下的目标值和年底的实际完成值。',
    enNote: 'Targets set at the start of the year and what was achieved.',
  },
  { zh: '达成 / 未达成', en: 'Met / not met', zhNote: '实际值是否达到目标值。', enNote: 'Whether the actual value reached the target.' },
  {
    zh: '重点项目',
    en: 'Key projects',
    zhNote: '报告单独列出的项目及其预算、支出。',
    enNote: 'Projects the report lists separately, with their budget and spending.',
  },
  { zh: '存在的问题', en: 'Problems', zhNote: '报告自己指出的不足。', enNote: 'Shortcomings the report names itself.' },
  { zh: '改进措施', en: 'Measures', zhNote: '报告提出的下一步做法。', enNote: 'What the report says it will do next.' },
  {
    zh: '核对',
    en: 'Checks',
    zhNote: '用报告里的数字互相验算，如支出/预算是否等于执行率。',
    enNote: 'The report’s figures recomputed from each other, e.g. whether spent / budget equals the execution rate.',
  },
  {
    zh: '未说明',
    en: 'Not stated',
    zhNote: '报告没有写明这个数字；网站不猜。',
    enNote: 'The report does not state this figure; the site does not guess.',
  },
  {
    zh: '推算',
    en: 'Derived',
    zhNote: '由报告写明的其他数字算出，已注明。',
    enNote: 'Computed from other figures the report states, and marked as such.',
  },
  {
    zh: '原文',
    en: 'Original text',
    zhNote: '报告全文；每个数字都链接到写明它的原话。',
    enNote: 'The full report; each figure links to the words that state it.',
  },
];
