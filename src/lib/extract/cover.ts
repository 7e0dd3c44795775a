// What a cover page or a form's head states on its own lines: "评价年度：2022", "评价单位（公章）：…",
// "部门（单位）名称：…", "（2023年度）" alone under a form's title (or with the unit: "（某某镇人民政府 2023年度）"),
// "项目名称：…". Read once per document.
import { perDoc } from '../document.ts';
import { COVER_FIELD_LABEL } from '../vocabulary.ts';

export interface CoverField {
  text: string;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
}

export interface Cover {
  entity: CoverField | null;
  year: CoverField | null;
  project: CoverField | null;
}

/** The head of a document: a cover, a form's first rows, a title block. */
const HEAD_LENGTH = 2000;
/** A budget system's unit code may stand before the name ("219001-池州市贵池区棠溪镇人民政府"). */
const NAME = String.raw`(?:[0-9A-Za-z]{1,20}\s*[-_—]\s*)?(?<v>[\u4e00-\u9fa5()]{4,40}?)\s*(?:\((?:公章|盖章|签章)\))?\s*(?=\||\t|\n|$|(?:${COVER_FIELD_LABEL})\s*(?:\((?:公章|盖章|签章)\))?\s*:)`;
/** The labels under which a cover or a form names the reporting unit; 实施单位 before 主管部门 for a project. */
const ENTITY_LABELS = [
  '评价单位',
  '单位名称',
  '部门名称',
  '部门\\(单位\\)名称',
  '单位\\(部门\\)名称',
  '预算单位名称',
  '预算单位',
  '填报单位',
  '报送单位',
  '实施单位',
  '主管部门',
];
const ENTITY_LINE = new RegExp(
  String.raw`(?:^|\n|\|)\s*(?:${ENTITY_LABELS.join('|')})(?:\((?:公章|盖章|签章)\))?\s*(?:[:|\t]|\n)\s*${NAME}`,
  'd',
);
const YEAR_LINE =
  /(?:^|\n|\|)\s*(?:(?:评价|报告|预算|绩效)?年度|评价期间)\s*[:|\t]\s*(?<v>(?:19|20)\d{2})(?:年度?)?|(?:^|\n)\s*\(?(?<alone>(?:19|20)\d{2})年度?\)?\s*(?=\n|$)|(?:^|\n)\s*\([\u4e00-\u9fa5]{2,40}\s*(?<withUnit>(?:19|20)\d{2})年度?\)\s*(?=\n|$)/d;
/** A project code may stand before the project's name too ("51000021R000000019951-工资性支出"). */
const PROJECT_LINE = /(?:^|\n|\|)\s*项目名称\s*(?:[:|\t]|\n)\s*(?:[0-9A-Za-z]{6,30}\s*[-_—]\s*)?(?<v>[^|\t\n]{2,60}?)\s*(?=\||\t|\n|$)/d;

function field(m: RegExpExecArray | null, key: string): CoverField | null {
  const at = m?.indices?.groups?.[key];
  return m && at ? { text: m.groups![key]!, start: at[0], end: at[1] } : null;
}

export const coverOf = perDoc((doc): Cover => {
  const head = doc.text.slice(0, HEAD_LENGTH);
  const year = YEAR_LINE.exec(head);
  return {
    entity: field(ENTITY_LINE.exec(head), 'v'),
    year: field(year, 'v') ?? field(year, 'alone') ?? field(year, 'withUnit'),
    project: field(PROJECT_LINE.exec(head), 'v'),
  };
});
