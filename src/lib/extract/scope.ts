// What the document evaluates: the unit's whole budget (部门整体支出绩效自评报告/表) or one project
// (项目支出绩效自评表, "XX项目绩效自评报告"). A project's figures are the project's, never the unit's
// totals; the record says scope "project" and names it.
import type { Doc } from '../document.ts';
import type { Extractor } from '../extractor.ts';
import type { Scope } from '../schema.ts';
import { coverOf } from './cover.ts';
import { findTitle } from './title.ts';

/** A title about one project's spending; "部门整体" or "整体支出" make it the unit's. */
const PROJECT_TITLE = /项目(?:支出)?(?:绩效)?(?:自评|评价)/;
const WHOLE_TITLE = /整体支出|部门整体|单位整体/;
/** The project's name in its title: "2023年度XX镇农村道路维护项目支出绩效自评报告" → "农村道路维护项目". */
const NAME_IN_TITLE = /(?:(?:19|20)\d{2}年度?)?(?<name>[^年]{2,40}?项目)(?:支出)?(?:绩效)?(?:自评|评价)/;

const memo = new WeakMap<Doc, { scope: Scope; project: string | null }>();

export function scopeOf(doc: Doc): { scope: Scope; project: string | null } {
  let found = memo.get(doc);
  if (!found) {
    const title = findTitle(doc)?.text ?? '';
    const project = PROJECT_TITLE.test(title) && !WHOLE_TITLE.test(title);
    const named = coverOf(doc).project?.text ?? NAME_IN_TITLE.exec(title)?.groups?.name ?? null;
    found = project ? { scope: 'project', project: named && named !== '项目' ? named : null } : { scope: 'unit', project: null };
    memo.set(doc, found);
  }
  return found;
}

export const extractScope: Extractor = (doc) => {
  const { scope, project } = scopeOf(doc);
  const notes =
    scope === 'project' && !project
      ? [{ severity: 'warning' as const, code: 'missing/project', message: '这是项目支出绩效自评, 但没有找到项目名称 (如“项目名称：…”)' }]
      : [];
  return { fields: { scope, project }, notes };
};
