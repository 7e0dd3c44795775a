// Who reports: the entity named in the title (else on the line above or below it, else on the
// cover), split into region, short name and kind, with the region only as the text states it.
// "广州市增城区人民政府荔城街道办事处" → city 广州市, district 增城区, name 荔城街道, kind subdistrict;
// "云南省大理白族自治州宾川县农业农村局" → province, city 大理白族自治州, district 宾川县, a department.
import type { Doc } from '../document.ts';
import type { Extractor, Note } from '../extractor.ts';
import type { Kind } from '../schema.ts';
import { DEPARTMENT_SUFFIXES, oneOf, OWN_LEVEL, SUBDISTRICT_SUFFIXES, TOWN_SUFFIXES, TOWNSHIP_SUFFIXES } from '../vocabulary.ts';
import { coverOf } from './cover.ts';
import { scopeOf } from './scope.ts';
import { findTitle, TITLE_TAIL_NOTE } from './title.ts';

const PREFIX = /^(?:关于|附件\s*\d*)/;
const YEAR = /(?:(?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})年度?/g;
/** What follows the entity: "部门整体支出绩效自评报告", "整体支出绩效评价报告", "自评情况的报告", "项目支出绩效自评表" … */
const REPORT_NAME = /(?:的)?(?:部门)?(?:整体)?(?:项目)?(?:支出)?(?:绩效)?(?:自评价?|评价)?(?:情况)?(?:的)?(?:报告|表)$/;

const CJK = '[\\u4e00-\\u9fa5]';
/** Province-level: 省, 自治区 ("内蒙古自治区", "广西壮族自治区"), and the four municipalities. */
const PROVINCE = new RegExp(`^(?<province>${CJK}{2,10}?(?:省|自治区)|(?:北京|上海|天津|重庆)市)`);
/** Prefecture-level: 市, 自治州 ("大理白族自治州"), 州, 盟, 地区; not "市场", "市民", "市政". */
const CITY = new RegExp(`^(?<city>${CJK}{2,10}?(?:自治州|市|州|盟|地区))(?!场|民|政|级)`);
/**
 * County-level: 区, 新区, 县, 自治县 (with several peoples in the name), 旗, 自治旗, and a 县级市 after its
 * city, whose name has two characters at least ("岳阳市城市管理…" names no 县级市 "城市"). "县民政局" is the
 * county's 民政局; "市民政局" may be one too, but "市民…"/"市政…" also begin other words, so a 市 stops there.
 */
const DISTRICT = new RegExp(
  `^(?<district>${CJK}{1,12}?(?:新区|区|自治县|县|自治旗|旗)(?!域|内|级|直属)|${CJK}{2,12}?市(?!域|内|场|民|政|级|直属))`,
);
const UNIT_KINDS: { pattern: RegExp; kind: Kind }[] = [
  { pattern: new RegExp(`^(?<name>${CJK}{1,8}?街道)(?:办事处|办)?${OWN_LEVEL}$`), kind: 'subdistrict' },
  { pattern: new RegExp(`^(?<name>${CJK}{1,8}?镇)(?:人民政府|政府)?${OWN_LEVEL}$`), kind: 'town' },
  { pattern: new RegExp(`^(?<name>${CJK}{1,10}?(?:民族乡|乡|苏木))(?:人民政府|政府)?${OWN_LEVEL}$`), kind: 'township' },
  { pattern: new RegExp(`^(?<name>${CJK}[\\u4e00-\\u9fa5()]{1,40}?)${OWN_LEVEL}$`), kind: 'department' },
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
  // "2022年部门整体支出绩效自评报告(广州市白云区太和镇人民政府)" names the entity after the report;
  // "(2022年度)", "(公示稿)" or a date after it are notes, not the entity.
  const after = /^(?<report>.*报告)\((?<entity>[^()]{2,40})\)$/.exec(title);
  const named = after && UNIT_SUFFIX.test(after.groups!.entity!) ? after.groups!.entity! : null;
  const rest =
    named ??
    title
      .replace(TITLE_TAIL_NOTE, '')
      .replace(PREFIX, '')
      .replace(YEAR, '')
      .replace(REPORT_NAME, '')
      // "石门县民政局关于2023年度…的报告": 关于 after the unit.
      .replace(/关于$/, '');
  const entity = rest.replace(YEAR, '').replace(/^[\s:,]+|[\s:,]+$/g, '');
  return entity.length >= 2 && UNIT_SUFFIX.test(entity) ? entity : null;
}

/** An organisation named before its region: "政协凤凰县委员会", "中共汝阳县委组织部", "共青团浏阳市委员会". */
const ORGAN_PREFIX =
  /^(?:中国共产党|中共|中国人民政治协商会议|政协|中国共产主义青年团|共青团)(?=[\u4e00-\u9fa5]{2,}(?:省|自治区|市|州|盟|地区|县|区|旗))/;

export function parseEntity(entity: string): EntityParts {
  const organ = ORGAN_PREFIX.exec(entity)?.[0] ?? '';
  let rest = entity.slice(organ.length);
  const take = (re: RegExp, key: string): string | null => {
    const m = re.exec(rest);
    // A region never takes the whole name: "某某区" alone is the unit, not its district.
    if (!m || m[0].length >= rest.length) return null;
    rest = rest.slice(m[0].length);
    return m.groups![key]!;
  };
  const province = take(PROVINCE, 'province');
  const city = take(CITY, 'city');
  const district = take(DISTRICT, 'district');
  rest = rest.replace(/^人民政府(?=.*(?:街道|镇|乡|苏木))/, '');
  // "县委组织部": the 委 of a region's party committee keeps the region's level word ("委组织部" names nothing).
  const level = /^委(?!员会)/.test(rest) ? ((district ?? city ?? province ?? '').match(/(?:省|市|州|盟|县|区|旗)$/)?.[0] ?? '') : '';
  for (const { pattern, kind } of UNIT_KINDS) {
    const m = pattern.exec(rest);
    if (m) return { entity, province, city, district, name: organ + level + m.groups!.name!, kind: organ ? 'department' : kind };
  }
  return { entity, province, city, district, name: null, kind: null };
}

/** Every kind of unit ends in one of these (a 镇 or a 局), perhaps with 本级 or 机关 after it. */
const UNIT_SUFFIX = new RegExp(
  `${oneOf([...SUBDISTRICT_SUFFIXES, ...TOWN_SUFFIXES, ...TOWNSHIP_SUFFIXES, ...DEPARTMENT_SUFFIXES])}${OWN_LEVEL}(?:\\(本级\\))?$`,
);

/** A line next to the title that is only a unit's name ("太和镇人民政府", "(宾川县农业农村局)"). */
function unitLine(line: string | undefined): string | null {
  // "——某某镇人民政府", "(某某镇人民政府 2023年度)": a dash before it, the year after it are not the name.
  const text = (line ?? '')
    .trim()
    .replace(/^\((.+)\)$/, '$1')
    .replace(/^[—–\-~·:\s]+/, '')
    .replace(/\s*(?:19|20)\d{2}年度?$/, '');
  return text.length >= 3 && text.length <= 40 && UNIT_SUFFIX.test(text) && !/[\d,;:。]/.test(text) ? text : null;
}

/**
 * A project's evaluation may name no unit in its title ("2023年度汝阳县乡村振兴衔接资金项目支出绩效自评报告"):
 * the unit is the one the text says carries the project out ("汝阳县农业农村局负责实施本项目",
 * "项目实施单位:…"), in its first part.
 */
const PROJECT_UNIT =
  /(?:项目)?(?:实施|主管|责任)(?:单位|部门)(?:为|是|:)(?<named>[\u4e00-\u9fa5()]{3,40}?)(?=[,。;\n]|$)|(?<=^|[\n,。;:])(?:由)?(?<subject>[\u4e00-\u9fa5()]{3,40}?)(?:负责|牵头|具体)(?:组织)?实施(?:本|该|此)项目/m;
const PROJECT_HEAD = 3000;

function projectUnit(doc: Doc): string | null {
  const { scope, project, unit: named } = scopeOf(doc);
  if (scope !== 'project') return null;
  if (named && UNIT_SUFFIX.test(named)) return named;
  // "某县农业农村局2023年度耕地地力保护补贴专项资金绩效自评报告": the title without the project names the unit.
  const title = findTitle(doc)?.text;
  const rest = title && project ? entityOfTitle(title.replace(project, '')) : null;
  if (rest) return rest;
  const m = PROJECT_UNIT.exec(doc.text.slice(0, PROJECT_HEAD));
  const unit = m?.groups?.named ?? m?.groups?.subject ?? null;
  return unit && UNIT_SUFFIX.test(unit) ? unit : null;
}

export const extractEntity: Extractor = (doc) => {
  const notes: Note[] = [];
  const title = findTitle(doc);
  const above = title
    ? doc.text
        .slice(0, Math.max(0, title.start - 1))
        .split('\n')
        .pop()
    : undefined;
  const below = title ? doc.text.slice(title.end + 1).split('\n', 1)[0] : undefined;
  const cover = coverOf(doc).entity?.text;
  const entity =
    (title ? entityOfTitle(title.text) : null) ??
    (title ? (unitLine(above) ?? unitLine(below)) : null) ??
    (cover && UNIT_SUFFIX.test(cover) ? cover : null) ??
    projectUnit(doc);
  if (!entity) {
    notes.push({
      severity: 'error',
      code: 'missing/entity',
      message: '标题中没有找到报告单位 (如“广州市白云区太和镇人民政府”); 请在标题中写明单位全称',
      at: title?.start,
    });
    return { fields: { entity: null, province: null, city: null, district: null, name: null, kind: null }, notes };
  }
  const parts = parseEntity(entity);
  if (!parts.kind)
    notes.push({ severity: 'warning', code: 'missing/kind', message: `无法判断“${entity}”是镇、乡、街道还是部门`, at: title?.start });
  // A province left out of the title may still be stated with the city elsewhere ("广东省广州市…"):
  // looked for only where "省" stands right before the city, which most reports never write.
  const statedWith = parts.city && doc.text.includes(`省${parts.city}`);
  const province = parts.province ?? (statedWith ? (new RegExp(`(${CJK}{2,3}省)${parts.city}`).exec(doc.text)?.[1] ?? null) : null);
  return { fields: { ...parts, province }, notes };
};
