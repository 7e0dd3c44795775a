// Tables in a normalized report: Markdown pipe rows, tab-separated rows, or "flattened" cells one
// per line under a header run (一级指标 / 二级指标 / 三级指标 / 年度指标值 / 全年实际值 …).
// Cells keep their offsets in the normalized text, so values found in them quote the source.

export interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface Table {
  header: Cell[];
  rows: Cell[][];
  /** Rows that had fewer cells than the header and were padded on the left (merged cells). */
  padded: boolean[];
  /** Lines just above the table ("单位: 万元"), where units are often given. */
  caption: string;
}

/** Column names of self-evaluation forms, without notes in parentheses ("年初目标值(A)"). */
const HEADER_NAME =
  /^(?:(?:[一二三]级)?指标(?:名称)?|(?:年度)?绩效指标|评价指标|指标内容|(?:年度|全年|年初)?(?:指标|目标)值|预期值|(?:年度|全年|预期|计划)?目标|计划值|(?:全年)?实际(?:完成)?值|实际完成(?:情况)?|(?:全年|年度)?完成值|完成情况|分值|权重|得分|自评得分|扣分(?:原因)?|偏差原因.*|备注|项目|项目名称|资金来源|(?:年初|全年|年度|调整后)?预算数?|(?:全年|预算)?执行数|实际支出|(?:预算)?执行率|原因|序号|评价内容|评分标准)$/;
// [^()] rather than [^)]: a run of "(" must not rescan the rest of the line from each one.
const name = (text: string) => text.replace(/\([^()]*\)/g, '').replace(/\s+/g, '');
/** Longer than any column name with its note: not a header cell, and not worth cleaning up. */
const MAX_HEADER = 60;
export const isHeaderCell = (text: string): boolean => text.length <= MAX_HEADER && HEADER_NAME.test(name(text));
/** A run of this many header cells (one per line) is a flattened header; in a row, it makes a header row. */
const MIN_HEADER = 3;
const MIN_HEADER_IN_ROW = 2;
/** A flattened table ends at a line this long: running text again. */
const MAX_CELL = 40;

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}

function trimCell(text: string, start: number): Cell {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  return { text: body, start: start + lead, end: start + lead + body.length };
}

/**
 * The cells of a row, without the empty ones a converter leaves at its end ("| 10 | ||||"), unless
 * the block is exact (every cell kept, an empty last one included).
 */
function split(line: Line, sep: string, exact = false): Cell[] {
  const lead = sep === '|' && line.text.startsWith('|') ? 1 : 0;
  const inner = sep === '|' ? line.text.slice(lead).replace(/\|$/, '') : line.text;
  const cells: Cell[] = [];
  let at = line.start + lead;
  for (const part of inner.split(sep)) {
    cells.push(trimCell(part, at));
    at += part.length + 1;
  }
  while (!exact && cells.length > 1 && !cells[cells.length - 1]!.text) cells.pop();
  return cells;
}

/**
 * A pipe block is exact when every row has outer pipes and the same number of cells, as the grid
 * adapter of ingest (src/lib/ingest/grid.ts) writes them: its cells are where the source drew them,
 * and nothing is padded or re-guessed.
 */
function isExactBlock(lines: readonly Line[]): boolean {
  const rows = lines.filter((l) => !PIPE_RULE.test(l.text));
  if (rows.length < 2 || !rows.every((l) => /^\|.*\|$/.test(l.text.trim()))) return false;
  const width = (l: Line) => split(l, '|', true).length;
  return rows.every((l) => width(l) === width(rows[0]!));
}

/** A row of a pipe table, with or without the outer pipes: two pipes at least. */
const PIPE_ROW = /\|.*\|/;
export const isTableRow = (text: string): boolean => text.includes('\t') || PIPE_ROW.test(text);
const PIPE_RULE = /^\|?[\s:|-]+\|?$/;

/** Length of the run of header cells starting at line i (one cell per line). */
export function headerRun(texts: readonly string[], i: number): number {
  let n = 0;
  while (i + n < texts.length && isHeaderCell(texts[i + n]!.trim())) n++;
  return n >= MIN_HEADER ? n : 0;
}

/** Index just past the cells of a flattened table whose header starts at i. */
export function flattenedEnd(texts: readonly string[], i: number): number {
  let k = i + headerRun(texts, i);
  // A form's next block starts its own table at its own run of column names.
  while (
    k < texts.length &&
    texts[k]!.trim().length > 0 &&
    texts[k]!.trim().length <= MAX_CELL &&
    !/[。;]$/.test(texts[k]!.trim()) &&
    !headerRun(texts, k)
  )
    k++;
  return k;
}

/**
 * Tables of a block of rows: a form holds several, each under its own header row (one with
 * column names in it). A row shorter than its header lost merged cells on the left: it is padded
 * there, unless it has an empty cell, which shows its merged cells were kept in place.
 */
function tablesOfRows(rows: Cell[][], caption: string, exact = false): Table[] {
  const headerAt = rows.flatMap((row, i) => (row.filter((c) => isHeaderCell(c.text)).length >= MIN_HEADER_IN_ROW ? [i] : []));
  const starts = headerAt.length ? headerAt : [0];
  return starts.flatMap((at, k) => {
    const header = rows[at]!;
    const body = rows.slice(at + 1, starts[k + 1] ?? rows.length).filter((r) => r.some((c) => c.text));
    if (!body.length) return [];
    if (exact) return [{ header, rows: body, padded: body.map(() => false), caption }];
    // A short row with an empty cell kept its merged cells as empty ones ("\t\t保障村干部人数\t…",
    // "总分\t\t\t\t100\t96"): its cells stand where they are, and only the empty ones at its end were dropped.
    const positional = (r: Cell[]) => r.some((c) => c.text === '');
    const padded = body.map((r) => r.length < header.length && !positional(r));
    const aligned = body.map((r) => {
      if (r.length >= header.length) return r;
      const last = r[r.length - 1]!;
      const fill = (at: number) => Array.from({ length: header.length - r.length }, () => ({ text: '', start: at, end: at }));
      return positional(r) ? [...r, ...fill(last.end)] : [...fill(r[0]!.start), ...r];
    });
    return [{ header, rows: aligned, padded, caption }];
  });
}

/** Columns that label a row (a form's 一级/二级/三级指标, a project's name); the rest hold its values. */
const LABEL_COLUMN = /^(?:[一二三]级指标|指标(?:名称)?|(?:年度)?绩效指标|评价指标|指标内容|项目(?:名称)?|资金来源|评价内容)$/;
/** Columns that hold only a number (or a dash for none): money, rates, points. */
const NUMBER_COLUMN = /预算数|执行数|实际支出|执行率|完成率|^分值|^权重|得分$/;
const NUMBER_CELL = /^(?:[-−]?\d[\d,]*(?:\.\d+)?\s*(?:%|万元|亿元|元|分)?|[—–\-/\\]+|无)?$/;
/** What a form's 一级 and 二级 indicator cells hold: "产出指标", "社会效益指标", "产出指标(50分)". */
const CATEGORY_CELL = /指标(?:\(\d+(?:\.\d+)?分\))?$/;
/** A total row at a form's end spans the label columns: its numbers stand in its last columns. */
const TOTAL_LABEL = /^(?:总分|总计|合计|得分合计)$/;

/**
 * Rows of a table flattened one cell per line. A row is its label cells, then one cell per value
 * column: a row whose merged 一级/二级 cells were not repeated has fewer labels (told by their
 * "…指标" words), and a form's money block has one label cell its header does not name. A cell
 * that cannot stand in its column (text under 分值 or 执行数) means the rows cannot be told apart:
 * the table is refused rather than split by guesswork.
 */
function flattenedTable(header: Cell[], body: Cell[], caption: string): Table | null {
  let labels = 0;
  while (labels < header.length && LABEL_COLUMN.test(name(header[labels]!.text))) labels++;
  // A money block's header starts with its first value column; each row brings its own label.
  const unnamed = labels === 0 && body[0] !== undefined && !NUMBER_CELL.test(body[0].text);
  const cols = unnamed ? [{ text: '', start: header[0]!.start, end: header[0]!.start }, ...header] : header;
  const labelCols = unnamed ? 1 : labels;
  const values = cols.length - labelCols;
  if (!labelCols || values < 1) return null;
  const numeric = cols.map((c, i) => i >= labelCols && NUMBER_COLUMN.test(name(c.text)));
  const rows: Cell[][] = [];
  const padded: boolean[] = [];
  let at = 0;
  while (at < body.length) {
    let lead = 0;
    while (lead < labelCols - 1 && CATEGORY_CELL.test(body[at + lead]?.text ?? '')) lead++;
    const cells = body.slice(at, at + lead + 1 + values);
    const own = cells.slice(lead + 1);
    // A last total row ("总分 | 100 | 93.6") whose numbers stand under the last number columns (分值, 得分).
    if (own.length < values) {
      const numbers = cells.slice(1);
      const under = numeric.flatMap((n, k) => (n ? [k] : [])).slice(-numbers.length);
      if (
        TOTAL_LABEL.test(cells[0]?.text ?? '') &&
        numbers.length &&
        under.length === numbers.length &&
        numbers.every((c) => NUMBER_CELL.test(c.text))
      ) {
        const row = cols.map(() => ({ text: '', start: cells[0]!.end, end: cells[0]!.end }));
        row[0] = cells[0]!;
        under.forEach((k, n) => {
          row[k] = numbers[n]!;
        });
        rows.push(row);
        padded.push(true);
      }
      break;
    }
    const fits = own.every((c, k) => !numeric[labelCols + k] || NUMBER_CELL.test(c.text));
    if (!fits) {
      // Cells without any number after the rows are the form's next block ("年度总体目标 / 预期目标"); a number out of place is a misaligned row.
      if (rows.length && !own.some((c) => /\d/.test(c.text))) break;
      return null;
    }
    const missing = labelCols - (lead + 1);
    const blank = { text: '', start: cells[0]!.start, end: cells[0]!.start };
    rows.push([...Array.from({ length: missing }, () => blank), ...cells]);
    padded.push(missing > 0);
    at += cells.length;
  }
  return rows.length ? { header: cols, rows, padded, caption } : null;
}

export function findTables(text: string): Table[] {
  const lines = linesOf(text);
  const texts = lines.map((l) => l.text);
  const tables: Table[] = [];
  const caption = (i: number) => texts.slice(Math.max(0, i - 3), i).join('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const sep = PIPE_ROW.test(line.text) ? '|' : line.text.includes('\t') ? '\t' : null;
    if (sep) {
      let k = i;
      while (k < lines.length && (sep === '|' ? PIPE_ROW.test(lines[k]!.text) : lines[k]!.text.includes('\t'))) k++;
      const exact = sep === '|' && isExactBlock(lines.slice(i, k));
      const rows = lines
        .slice(i, k)
        .filter((l) => !PIPE_RULE.test(l.text))
        .map((l) => split(l, sep, exact));
      if (rows.length >= 2) tables.push(...tablesOfRows(rows, caption(i), exact));
      i = k;
      continue;
    }
    const width = headerRun(texts, i);
    if (width) {
      const end = flattenedEnd(texts, i);
      const cells = lines.slice(i, end).map((l) => trimCell(l.text, l.start));
      const table = flattenedTable(cells.slice(0, width), cells.slice(width), caption(i));
      if (table) tables.push(table);
      i = end;
      continue;
    }
    i++;
  }
  return tables;
}

/** Index of the first column whose header matches, or -1. */
export function column(table: Table, pattern: RegExp): number {
  return table.header.findIndex((c) => pattern.test(c.text));
}
