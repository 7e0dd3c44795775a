// Money in a self-evaluation form: a row of 年初预算数 | 全年预算数 | 全年执行数 | 执行率, with the
// unit from the header ("预算数(万元)") or the caption ("单位: 万元"); without a unit, no value.
import { fact, perDoc, type Doc } from '../document.ts';
import { NUMBER, parseNumber, round } from '../numbers.ts';
import { MONEY_SCALE } from '../vocabulary.ts';
import type { Fact } from '../schema.ts';
import { column, type Cell, type Table } from '../tables.ts';

const UNIT_IN = /(亿元|万元|元)/;

/** The full-year budget: adjusted (调整后预算数) where a form gives it beside the year-start one. */
export const ADJUSTED_BUDGET_COLUMN = /^调整后预算数?/;
export const BUDGET_COLUMN = /^全年预算数|^预算数|^年度预算数/;
export const INITIAL_BUDGET_COLUMN = /^年初预算数/;
export const SPENT_COLUMN = /执行数|实际支出|决算数|支出数/;
export const RATE_COLUMN = /执行率|完成率/;
/** The row of the department's totals, not of one fund. */
export const TOTAL_ROW = /^(?:年度资金总额|资金总额|合计|总计|部门整体|总额|全部资金)/;

/** The unit of a money column: its header's, the table's ("预算执行情况(万元)"), or the caption's. */
function unitOf(table: Table, col: number): string | null {
  const header = UNIT_IN.exec(table.header[col]?.text ?? '') ?? table.header.map((c) => /\((亿元|万元|元)\)/.exec(c.text)).find(Boolean);
  if (header) return header[1]!;
  // "单位: 万元" above the table, or the block label just above a form's header ("年度预算执行情况(万元)").
  const caption = /单位\s*[:：]?\s*(亿元|万元|元)/.exec(table.caption) ?? /\((亿元|万元|元)\)$/.exec(table.caption.split('\n').pop() ?? '');
  return caption ? caption[1]! : null;
}

// Compiled once, not for every cell.
const MONEY_CELL = new RegExp(`^(${NUMBER})\\s*(亿元|万元|元|万|亿)?$`);
const PERCENT_CELL = new RegExp(`^(${NUMBER})\\s*%$`);
const PERCENT_CELL_SIGN_OPTIONAL = new RegExp(`^(${NUMBER})\\s*%?$`);

/** A money cell as a Fact in 万元; the unit may be written in the cell itself. */
export function moneyCell(doc: Doc, table: Table, col: number, cell: Cell | undefined, rule: string): Fact | null {
  if (!cell?.text) return null;
  // In a money column "150万" is 150万元: the column says it is money (in running text a bare 万 may count people or mu).
  const m = MONEY_CELL.exec(cell.text);
  const unit = (m?.[2] && { 万: '万元', 亿: '亿元' }[m[2]]) || m?.[2] || unitOf(table, col);
  if (!m || !unit) return null;
  return fact(doc, cell.start, cell.end, round(parseNumber(m[1]!)! * MONEY_SCALE[unit]!), '万元', rule);
}

/** A percent cell: "96.00%", or "96.00" under a header that gives the unit ("执行率(%)"). */
export function percentCell(doc: Doc, cell: Cell | undefined, rule: string, inPercent = false): Fact | null {
  const m = cell?.text ? (inPercent ? PERCENT_CELL_SIGN_OPTIONAL : PERCENT_CELL).exec(cell.text) : null;
  return m && cell ? fact(doc, cell.start, cell.end, parseNumber(m[1]!)!, '%', rule) : null;
}

export interface MoneyRow {
  label: string;
  budget: Fact | null;
  spent: Fact | null;
  rate: Fact | null;
  /** The department's totals. */
  total: boolean;
  /** A row of a table of projects ("项目名称 | 预算数 | 执行数"), not of funds. */
  project: boolean;
  /** From the label cell to the last cell. */
  start: number;
  end: number;
}

const NUMERIC = new RegExp(`^${NUMBER}\\s*%?$`);

const TASK_COLUMN = /任务名称|主要任务/;

/** A label column so named holds projects; "项目" alone heads the fund rows of a form too. */
const PROJECT_TABLE = /项目名称|重点项目/;

/** The label is the first filled cell before the money: a form's block label ("年度预算执行情况") spans the rows above it, empty here. */
function rowLabel(row: Cell[], firstMoney: number): string {
  const cell = row.slice(0, firstMoney).find((c) => c.text && !NUMERIC.test(c.text));
  return (cell?.text ?? '').replace(/^其中\s*[:：]?/, '');
}

/** A row per year ("2022年度 | 14,200.00 | …") compares years: neither a fund nor this year's total. */
const YEAR_ROW = /^(?:(?:19|20)\d{2}\s*年度?|上年度?|本年度?|去年|今年)(?:\([^()]*\))?$/;

/** Rows of every table with a budget and a spending column, read once per document (money, fund lines and projects use them). */
export const moneyRows = perDoc(readMoneyRows);

function readMoneyRows(doc: Doc): MoneyRow[] {
  return doc.tables.flatMap((table) => {
    const b = [ADJUSTED_BUDGET_COLUMN, BUDGET_COLUMN, INITIAL_BUDGET_COLUMN].map((c) => column(table, c)).find((i) => i >= 0) ?? -1;
    const s = column(table, SPENT_COLUMN);
    // A form's 年度主要任务 block prices its tasks: neither funds, nor projects, nor the total (not even as its only row).
    if (b < 0 || s < 0 || column(table, TASK_COLUMN) >= 0) return [];
    const r = column(table, RATE_COLUMN);
    const project = PROJECT_TABLE.test(table.header[0]?.text ?? '');
    const only = table.rows.length === 1 && !table.padded[0];
    // A row that lost cells cannot say which column a number belongs to.
    const firstMoney = Math.min(...[b, s, r].filter((c) => c >= 0));
    return (
      table.rows
        // The 合计 of a table of projects adds up the projects: neither one of them, nor a fund, nor the department's total.
        .filter(
          (row, i) =>
            !table.padded[i] && !YEAR_ROW.test(rowLabel(row, firstMoney)) && !(project && TOTAL_ROW.test(rowLabel(row, firstMoney))),
        )
        .map((row) => {
          const label = rowLabel(row, firstMoney);
          const last = [...row].reverse().find((c) => c.text) ?? row[0]!;
          return {
            label,
            budget: moneyCell(doc, table, b, row[b], 'table/budget'),
            spent: moneyCell(doc, table, s, row[s], 'table/spent'),
            rate: r >= 0 ? percentCell(doc, row[r], 'table/rate', /\(%\)/.test(table.header[r]?.text ?? '')) : null,
            total: !project && (only || TOTAL_ROW.test(label)),
            project,
            start: row[0]!.start,
            end: last.end,
          };
        })
    );
  });
}
