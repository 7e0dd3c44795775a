// Who reports: the entity named in the title, split into region, short name and kind.
// "广州市增城区人民政府荔城街道办事处" → city 广州市, district 增城区, name 荔城街道, kind subdistrict.
import type { Extractor, Note } from '../extractor.ts';
import type { Kind } from '../schema.ts';
import { findTitle } from './title.ts';

const PREFIX = /^(?:关于|附件\s*\d*)/;
/** Where a cover or form would state the unit's name. */
const HEAD_LENGTH = 2000;
const YEAR = /(?:(?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})年度?/g;
/** What follows the entity: "部门整体支出绩效自评报告", "整体支出绩效评价报告", "自评情况的报告" … */
const REPORT_NAME = /(?:的)?(?:部门)?(?:整体)?(?:支出)?(?:绩效)?(?:自评价?|评价)?(?:情况)?(?:的)?(?:报告|表)$/;

const PROVINCE = /^(?<province>[\u4e00-\u9fa5]{2,8}?(?:省|自治区))/;
const CITY = /^(?<city>[\u4e00-\u9fa5]{2,6}?市)(?!场|民|政)/;
const DISTRICT = /^(?<district>[\u4e00-\u9fa5]{1,8}?(?:新区|区|自治县|县))(?!域|内)/;
const UNIT_KINDS: { pattern: RegExp; kind: Kind }[] = [
  { pattern: /^(?<name>[\u4e00-\u9fa5]{1,8}?街道)(?:办事处)?(?:\(本级\))?$/, kind: 'subdistrict' },
  { pattern: /^(?<name>[\u4e00-\u9fa5]{1,8}?镇)(?:人民政府)?(?:\(本级\))?$/, kind: 'town' },
  { pattern: /^(?<name>[\u4e00-\u9fa5]{1,8}?乡)(?:人民政府)?(?:\(本级\))?$/, kind: 'township' },
  { pattern: /^(?<name>[\u4e00-\u9fa5()]{2,30})$/, kind: 'department' },
];

export interface EntityParts {
  entity: string;
  province: string | null;
  city: string | null;
  district: string | null;
  name: string | null;
  kind: Kind | null;
}

/** The entity named in a title, or null when nothing is left once year and report name are gone. */
export function entityOfTitle(title: string): string | null {
  // "2022年部门整体支出绩效自评报告(广州市白云区太和镇人民政府)" names the entity after the report.
  const after = /^(?<report>.*报告)\((?<entity>[^()]{2,40})\)$/.exec(title);
  const rest = after ? after.groups!.entity! : title.replace(PREFIX, '').replace(YEAR, '').replace(REPORT_NAME, '');
  const entity = rest.replace(YEAR, '').trim();
  return entity.length >= 2 ? entity : null;
}

export function parseEntity(entity: string): EntityParts {
  let rest = entity;
  const take = (re: RegExp, key: string): string | null => {
    const m = re.exec(rest);
    if (!m) return null;
    rest = rest.slice(m[0].length);
    return m.groups![key]!;
  };
  const province = take(PROVINCE, 'province');
  const city = take(CITY, 'city');
  const district = take(DISTRICT, 'district');
  rest = rest.replace(/^人民政府(?=.*(?:街道|镇|乡))/, '');
  for (const { pattern, kind } of UNIT_KINDS) {
    const m = pattern.exec(rest);
    if (m) return { entity, province, city, district, name: m.groups!.name!, kind };
  }
  return { entity, province, city, district, name: null, kind: null };
}

/** A cover or form states the entity on its own: "单位名称（盖章）：广州市白云区太和镇人民政府". */
const UNIT_NAME = /单位名称(?:\(盖章\))?\s*[:|]\s*(?<entity>[\u4e00-\u9fa5()]{4,40}?)\s*(?:\||\n|填报|$)/;

const UNIT_SUFFIX = /(?:人民政府|办事处|街道|镇|乡|局|委员会|中心|办公室)(?:\(本级\))?$/;

/** A title broken after a short first line ("太和镇人民政府" / "2022年度部门整体支出绩效自评报告"): the entity above it. */
function lineAbove(text: string, titleStart: number): string | null {
  const above = text.slice(0, Math.max(0, titleStart - 1)).split('\n').pop()?.trim() ?? '';
  return above.length <= 40 && UNIT_SUFFIX.test(above) && !/[\d,;:。]/.test(above) ? above : null;
}

export const extractEntity: Extractor = (doc) => {
  const notes: Note[] = [];
  const title = findTitle(doc);
  const entity = (title ? (entityOfTitle(title.text) ?? lineAbove(doc.text, title.start)) : null) ?? UNIT_NAME.exec(doc.text.slice(0, HEAD_LENGTH))?.groups?.entity ?? null;
  if (!entity) {
    notes.push({ severity: 'error', code: 'missing/entity', message: '标题中没有找到报告单位 (如“广州市白云区太和镇人民政府”); 请在标题中写明单位全称', at: title?.start });
    return { fields: { entity: null, province: null, city: null, district: null, name: null, kind: null }, notes };
  }
  const parts = parseEntity(entity);
  if (!parts.kind) notes.push({ severity: 'warning', code: 'missing/kind', message: `无法判断“${entity}”是镇、乡、街道还是部门`, at: title?.start });
  // A province left out of the title may still be stated with the city elsewhere ("广东省广州市…").
  const province = parts.province ?? (parts.city ? (new RegExp(`([\\u4e00-\\u9fa5]{2,3}省)${parts.city}`).exec(doc.text)?.[1] ?? null) : null);
  return { fields: { ...parts, province }, notes };
};
