// Indicators laid out as a self-evaluation form: rows of 一级指标 | 二级指标 | 三级指标 | 年度指标值 |
// 全年实际值 (pipes, tabs or flattened cells; see tables.ts). A merged 二级指标 cell carries down.
import type { Doc } from '../document.ts';
import { TARGET_VALUE } from '../indicator-values.ts';
import type { Indicator } from '../schema.ts';
import { column, type Table } from '../tables.ts';
import { build, cleanName, pickActual, targetOf, type Match } from './indicator-parts.ts';

/** Columns that name the indicator, the most specific first: a form's 绩效指标 column is only a block label over 三级指标. */
const NAMES = [/^三级指标/, /^指标名称/, /^(?:评价指标|指标内容)/, /^绩效指标/];
const ANY_NAME = /指标/;
const CATEGORY = /^二级指标/;
/** The target column: "年度指标值", "目标值", "预期值", and the bare "年度目标" / "预期目标" / "计划值" some forms use. */
const TARGET = /年度(?:指标|目标)值|目标值|指标值|预期值|^(?:年度|全年|预期|计划)目标(?:\(|$)|^计划值/;
const ACTUAL = /实际(?:完成)?值|实际完成|完成值/;
const TARGET_CELL = new RegExp(`^${TARGET_VALUE}$`, 'd');

function indicatorsOf(doc: Doc, table: Table): Indicator[] {
  const target = column(table, TARGET);
  const actual = column(table, ACTUAL);
  const named = NAMES.map((re) => column(table, re)).find((i) => i >= 0) ?? -1;
  const name = named >= 0 ? named : table.header.findIndex((c, i) => ANY_NAME.test(c.text) && i !== target && i !== actual);
  if (name < 0 || target < 0 || actual < 0) return [];
  const category = column(table, CATEGORY);
  let lastCategory: string | null = null;
  return table.rows.flatMap((row) => {
    const nameCell = row[name];
    if (category >= 0 && row[category]?.text) lastCategory = row[category]!.text;
    if (!nameCell?.text || /^[\d.%]+$/.test(nameCell.text)) return [];
    const t = row[target];
    const m = t ? (TARGET_CELL.exec(t.text) as Match | null) : null;
    const parsedTarget = m && t ? targetOf(doc, m, t.start) : null;
    const a = row[actual];
    const parsedActual = a ? pickActual(doc, a, parsedTarget?.target.unit ?? '', true) : null;
    const first = row.find((c) => c.text) ?? nameCell;
    const last = [...row].reverse().find((c) => c.text) ?? nameCell;
    return [
      build(
        cleanName(nameCell.text).name,
        lastCategory,
        { target: parsedTarget, actual: parsedActual, completion: null },
        { start: first.start, end: last.end, text: '' },
        doc,
      ),
    ];
  });
}

export function tableIndicators(doc: Doc): Indicator[] {
  return doc.tables.flatMap((t) => indicatorsOf(doc, t));
}
