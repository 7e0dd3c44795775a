// What the document evaluates: the unit's whole budget (部门整体支出绩效自评报告/表) or one project
// (项目支出绩效自评表, "XX项目绩效自评报告"). A project's figures are the project's, never the unit's
// totals; the record says scope "project" and names it.
import { perDoc } from '../document.ts';
import type { Extractor } from '../extractor.ts';
import type { Scope } from '../schema.ts';
import { coverOf } from './cover.ts';
import { findTitle } from './title.ts';

/** What a project's evaluation evaluates: a project, or a special fund ("耕地地力保护补贴专项资金"). */
const EVALUATED = '(?:项目|专项资金|补助资金|补贴资金|衔接资金|专项经费)';
/** A title about one project's spending; "部门整体" or "整体支出" make it the unit's. */
const PROJECT_TITLE = new RegExp(`${EVALUATED}(?:支出)?(?:绩效)?(?:自评|评价)`);
const WHOLE_TITLE = /整体支出|部门整体|单位整体/;
/** The project's name in its title: "2023年度XX镇农村道路维护项目支出绩效自评报告" → "农村道路维护项目". */
const NAME_IN_TITLE = new RegExp(String.raw`(?:(?:19|20)\d{2}年度?)?(?<name>[^年]{2,40}?${EVALUATED})(?:支出)?(?:绩效)?(?:自评|评价)`);
/** A unit named at the head of the name ("某县农业农村局衔接推进乡村振兴补助资金"): the unit, then its project. */
const UNIT_HEAD = /^(?<unit>[\u4e00-\u9fa5()]{2,30}?(?:局|委员会|人民政府|办事处|中心))(?<rest>[\u4e00-\u9fa5()]{4,})$/;

export interface ScopeOf {
  scope: Scope;
  project: string | null;
  /** The unit the title names inside the project's name, if it does. */
  unit: string | null;
}

export const scopeOf = perDoc((doc): ScopeOf => {
  const title = findTitle(doc)?.text ?? '';
  const project = PROJECT_TITLE.test(title) && !WHOLE_TITLE.test(title);
  const cover = coverOf(doc).project?.text ?? null;
  const inTitle = NAME_IN_TITLE.exec(title)?.groups?.name ?? null;
  const head = cover ? null : UNIT_HEAD.exec(inTitle ?? '')?.groups;
  const named = cover ?? head?.rest ?? inTitle;
  return project
    ? { scope: 'project', project: named && named !== '项目' ? named : null, unit: head?.unit ?? null }
    : { scope: 'unit', project: null, unit: null };
});

export const extractScope: Extractor = (doc) => {
  const { scope, project } = scopeOf(doc);
  const notes =
    scope === 'project' && !project
      ? [{ severity: 'warning' as const, code: 'missing/project', message: '这是项目支出绩效自评, 但没有找到项目名称 (如“项目名称：…”)' }]
      : [];
  return { fields: { scope, project }, notes };
};
