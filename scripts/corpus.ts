// A synthetic corpus for scale benchmarks: report i is one of the shipped reports rewritten as another
// town (unique within its district), another Guangzhou district and another year, with its amounts
// scaled by one factor per file. Reports 10t..10t+9 are town t over 2015–2024, so every report page has
// nine other years, as a real archive would. The corpus of N reports is a prefix of the one of N+1.
// generateReport(templates, 0) → { name: 'r00000.txt', text: '2015年度广州市越秀区安宏镇…', expectedId: '2015-yuexiu-anhong-…' }
import { parseReport } from '../src/lib/parse-report.ts';
import { reportId } from '../src/lib/report-id.ts';
import type { Report } from '../src/lib/schema.ts';

export interface Template {
  text: string;
  /** The template's own town name without its suffix (太和), district without 区 (白云) and year. */
  town: string;
  district: string;
  year: number;
  report: Report;
}

export interface Generated {
  name: string;
  text: string;
  template: number;
  expectedId: string;
}

export const YEARS = 10;
export const FIRST_YEAR = 2015;
const DISTRICTS = ['越秀', '海珠', '荔湾', '天河', '白云', '黄埔', '番禺', '花都', '南沙', '从化', '增城'];
// Characters for town names: none is a numeral, a unit, a place word of the reports (区镇街道乡县市)
// or a character of a template's town or of a district, so replacing a name never touches other text.
const NAME_CHARS = '安宏林恒同怡泰昌福祥瑞康乐平兴隆永丰盛嘉宁新源清江松柏桂兰梅竹鹏凤麟佳福善美顺德信义仁礼智勇静雅明光辉锦绣';

/** Builds a template from one shipped report; its town, district and year come from its own record. */
export function toTemplate(text: string, file: string): Template {
  const { report } = parseReport(text, { file });
  if (!report?.name || !report.district || !report.year) throw new Error(`${file}: a template needs a name, a district and a year`);
  return {
    text,
    town: report.name.replace(/(?:街道|镇|乡)$/, ''),
    district: report.district.replace(/区$/, ''),
    year: report.year,
    report,
  };
}

let names: string[] | null = null;
/** Two-character town names whose ids are all distinct (pinyin slugs differ), in a fixed order. */
export function townNames(): string[] {
  if (names) return names;
  const chars = [...new Set(NAME_CHARS)];
  const seen = new Set<string>();
  names = [];
  // A stride coprime with the square walks every pair once in an order that mixes first characters.
  const total = chars.length * chars.length;
  const stride = 7919;
  for (let k = 0, p = 0; k < total; k++, p = (p + stride) % total) {
    const name = chars[Math.floor(p / chars.length)]! + chars[p % chars.length]!;
    if (name[0] === name[1]) continue;
    const id = reportId({ year: 2000, district: null, name: `${name}镇`, entity: null, file: '' });
    if (seen.has(id)) continue;
    seen.add(id);
    names.push(name);
  }
  return names;
}

/** The largest corpus with distinct ids: towns are distinct within a district, ten years each. */
export const maxReports = (): number => townNames().length * DISTRICTS.length * YEARS;

/** A deterministic factor in [0.7, 1.4) for report i. */
function factor(i: number): number {
  let x = (i + 1) * 2654435761;
  x = (x ^ (x >>> 15)) >>> 0;
  return 0.7 + ((x % 10007) / 10007) * 0.7;
}

/** "66,446.66" × f, with as many decimals and the same thousands separators as the original. */
function scaleAmount(text: string, f: number): string {
  const decimals = text.split('.')[1]?.length ?? 0;
  const scaled = (Number(text.replace(/,/g, '')) * f).toFixed(decimals);
  if (!text.includes(',')) return scaled;
  const [whole, fraction] = scaled.split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}

const AMOUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?=\s*(?:万元|亿元|元))/g;
const YEAR = /(?<!\d)20[12]\d(?!\d)/g;

export function generateReport(templates: readonly Template[], i: number): Generated {
  const town = Math.floor(i / YEARS);
  const template = templates[town % templates.length]!;
  const district = DISTRICTS[town % DISTRICTS.length]!;
  const all = townNames();
  const name = all[Math.floor(town / DISTRICTS.length)];
  if (!name) throw new Error(`at most ${maxReports()} distinct reports`);
  const year = FIRST_YEAR + (i % YEARS);
  const f = factor(i);
  const text = template.text
    .replace(AMOUNT, (_, whole: string, fraction = '') => scaleAmount(whole + fraction, f))
    .replace(YEAR, (y) => String(Number(y) + year - template.year))
    .replaceAll(template.town, name)
    .replaceAll(template.district, district);
  const suffix = template.report.name!.slice(template.town.length);
  const expectedId = reportId({ year, district: `${district}区`, name: `${name}${suffix}`, entity: null, file: '' });
  return { name: `r${String(i).padStart(5, '0')}.txt`, text, template: templates.indexOf(template), expectedId };
}

/** What a generated report must share with its template: the fields it states and how many of each list. */
export function shape(r: Report): Record<string, unknown> {
  const stated = (k: keyof Report) => r[k] !== null;
  return {
    stated: (['title', 'entity', 'name', 'district', 'year', 'kind', 'budget', 'spent', 'executionRate', 'score', 'grade'] as const).filter(
      stated,
    ),
    counts: (['scoreParts', 'deductions', 'fundLines', 'indicators', 'projects', 'problems', 'measures', 'sections'] as const).map(
      (k) => `${k}:${(r[k] as unknown[]).length}`,
    ),
  };
}

/** Problems with one generated report: no record, a wrong id, an error, or a shape unlike its template's. */
export function validate(g: Generated, templates: readonly Template[]): string[] {
  const { report, diagnostics } = parseReport(g.text, { file: g.name });
  const problems = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
  if (!report) return [...problems, 'no record'];
  if (report.id !== g.expectedId) problems.push(`id ${report.id}, expected ${g.expectedId}`);
  const want = JSON.stringify(shape(templates[g.template]!.report));
  const got = JSON.stringify(shape(report));
  if (got !== want) problems.push(`shape ${got}, template ${want}`);
  return problems;
}
