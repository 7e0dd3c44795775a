// The shared words of the rules: every pattern piece that more than one extractor needs, as a
// commented word list joined here once. Patterns are written against normalized text (full-width
// punctuation folded, so "：" is ":" and "（" is "(").

/** Joins words into a non-capturing alternation, longest first so that "以上" never hides "及以上". */
export function oneOf(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

/** What joins a label to its value: "预算数为…", "执行率达…", "总分:…". */
export const LINK_WORDS = ['为', '是', ':', '达到', '达', '共', '合计', '计'];
export const LINK = `${oneOf(LINK_WORDS)}?`;
/**
 * The link of a label whose value may begin with a word of its own: a target's comparator
 * ("目标值达到90%" is at least 90), a project's or fund's amount after 为.
 */
export const PLAIN_LINK = `${oneOf(['为', '是', ':'])}?`;

/** A minus sign as reports write it; 负 spelled out ("负增长") is read by the indicator rules. */
export const MINUS = '[-−－]';

/** The suffixes that end a unit's name, by kind (the region before them is parsed apart). */
export const SUBDISTRICT_SUFFIXES = ['街道办事处', '街道办', '街道'];
export const TOWN_SUFFIXES = ['镇人民政府', '镇政府', '镇'];
export const TOWNSHIP_SUFFIXES = ['民族乡人民政府', '乡人民政府', '乡政府', '民族乡', '苏木', '乡'];
export const DEPARTMENT_SUFFIXES = [
  '管理委员会',
  '委员会',
  '管委会',
  '局',
  '中心',
  '办公室',
  '办公厅',
  '学校',
  '小学',
  '中学',
  '幼儿园',
  '医院',
  '工会',
  '政协',
  '人大常委会',
  '委',
  '院',
  '所',
  '站',
  '馆',
  '队',
  '部',
  '厅',
  '署',
  '总工会',
  '联合会',
  '妇联',
  '团委',
  '人民政府',
  '政府',
];
/** The labels of a cover's or a form head's fields, their letters perhaps spaced ("预 算 编 码"). */
export const COVER_FIELD_LABEL = String.raw`(?:评价|报告|填报|预算|绩效)?年度|[部单][门位](?:\s*\(\s*[单部]\s*[位门]\s*\))?\s*名\s*称|预\s*算\s*(?:编\s*码|代\s*码|单\s*位)|评\s*价\s*(?:方\s*式|机\s*构|单\s*位|期\s*间)|(?:报\s*告|填\s*报|评\s*价)\s*日\s*期|填\s*报\s*(?:单\s*位|人)|报送单位|联\s*系\s*人|联\s*(?:系|络)\s*电\s*话|主管部门|实施单位|项目名称`;

/** "(本级)", "本级", "机关": the unit itself without its sub-units. */
export const OWN_LEVEL = String.raw`(?:\(本级\)|本级|机关)?`;

/** Words that put a figure on something narrower than the whole unit. */
export const SUB_UNIT_WORDS = [
  '下属',
  '所属',
  '直属',
  '下设',
  // "局属学校", "委属医院": the units a bureau or commission runs.
  '局属',
  '委属',
  '厅属',
  '二级单位',
  '二级机构',
  '基层单位',
  '各单位',
  '各学校',
  '各乡镇',
  '各村',
  '村委',
  '居委',
  '社区',
];
export const PROJECT_WORDS = ['该项目', '本项目', '此项目', '项目', '子项目', '工程'];
export const FUND_WORDS = [
  '其中',
  '财政拨款',
  '一般公共预算',
  '政府性基金',
  '国有资本经营',
  '社会保险基金',
  '财政专户',
  '上级补助',
  '事业收入',
  '经营收入',
  '上年结转',
  '年初结转',
  '结转资金',
  '其他资金',
  '自筹',
];
export const CATEGORY_WORDS = ['基本支出', '项目支出', '人员经费', '公用经费', '三公经费', '人员支出', '公用支出'];

/** Words that move a figure to another year than the report's. */
export const OTHER_YEAR_WORDS = [
  '上年',
  '上一年',
  '上年度',
  '去年',
  '前年',
  '明年',
  '下年',
  '下一年',
  '次年',
  '来年',
  '同比',
  '较上年',
  '比上年',
  '上期',
  // A plan ("计划投入", "计划于年底完成"), not a noun ("采购计划", "用款计划未及时编制").
  '计划(?=[于在到将对为投完安实新开建达]|\\d)',
  '预计',
  '拟',
  '将',
  '力争',
  '争取',
  '目标为',
];
/**
 * A point inside the year, not its end. "年中调整/追加后预算" is the adjusted budget, not mid-year;
 * "截至12月底" and "1-12月" are the whole year.
 */
const MONTH_IN_YEAR = String.raw`(?:1[01]|0?[1-9])月`;
export const IN_YEAR = String.raw`(?:截至|截止|截止到|至)${MONTH_IN_YEAR}|(?<![\d-至])${MONTH_IN_YEAR}(?:底|末|份)|上半年|下半年|前三季度|[一二三四1-4]季度|年中(?!调整|追加|变动)|\d{1,2}-${MONTH_IN_YEAR}|1至${MONTH_IN_YEAR}`;
/** The year's end or the whole year by months: "截至2023年12月31日", "年末", "1-12月". */
export const YEAR_END = String.raw`(?:截至|截止到|截止|至)?(?:(?:19|20)\d{2}年)?(?:12月(?:底|末|31日)?|年末|年底)|(?:(?:19|20)\d{2}年)?1\s*[-至~]\s*12月份?`;

/** A bound before the value ("不低于90分", "超过95%") or after it ("95%以上"). */
export const BOUND_BEFORE = [
  '不低于',
  '不少于',
  '不高于',
  '不超过',
  '不多于',
  '高于',
  '低于',
  '大于',
  '小于',
  '超过',
  '少于',
  '至少',
  '最多',
  '最低',
  '最高',
  '≥',
  '≧',
  '≤',
  '≦',
  '>',
  '<',
];
export const BOUND_AFTER = ['及以上', '或以上', '以上', '及以下', '或以下', '以下', '以内', '之内', '多'];
/** An estimate: "约1,200万元", "近1,100万元", "91%左右". */
export const ESTIMATE_BEFORE = ['约', '近', '将近', '接近', '大约', '逾', '约为', '大概'];
export const ESTIMATE_AFTER = ['左右', '上下', '余', '许'];

/** Words that make a number the scale of a score, not a score: "满分100分", "百分制", "分值20分". */
export const SCALE_WORDS = ['满分', '百分制', '分值', '权重', '总分值', '满分为', '总分为100', '标准分'];

/** Money units and their factor to 万元, the unit every amount is stored in. */
export const MONEY_SCALE: Readonly<Record<string, number>> = { 亿元: 1e4, 万元: 1, 千元: 0.1, 元: 1e-4 };
export const MONEY_UNIT = oneOf(Object.keys(MONEY_SCALE));
