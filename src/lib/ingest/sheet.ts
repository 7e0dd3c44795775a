// .xlsx / .xls → text through the grid adapter, with SheetJS CE 0.18.5 (the last release on npm;
// see README "Spreadsheets" for why, and its two advisories for crafted files). What a crafted file
// can do is bounded here: a size limit, nothing evaluated (a formula without a cached result states
// nothing), and a check that reading did not touch Object.prototype (CVE-2023-30533). Cells give the
// text the sheet displays (90.8%, 82,912.04), never the stored 0.9084….
import XLSX from 'xlsx';
import type { Diagnostic } from '../schema.ts';
import { writeGrid } from './grid.ts';
import { newBuilder } from './text-builder.ts';
import type { Format, Grid, GridCell, Ingested } from './types.ts';

/** A self-evaluation form is a few KB; anything this large is not one. */
export const MAX_SHEET_BYTES = 8 * 1024 * 1024;
/** Rows and columns read from one sheet. */
const MAX_ROWS = 2000;
const MAX_COLS = 60;

export function ingestSheet(bytes: Uint8Array, file: string, format: Extract<Format, 'xlsx' | 'xls'>): Ingested {
  const diagnostics: Diagnostic[] = [];
  const done = (text = '', tables: Grid[] = []): Ingested => ({ text, format, pages: null, spans: [], tables, diagnostics });
  if (bytes.length > MAX_SHEET_BYTES) {
    diagnostics.push({
      severity: 'error',
      code: 'input/too-large',
      file,
      message: `表格文件有 ${(bytes.length / 1048576).toFixed(1)} MB, 超过 ${MAX_SHEET_BYTES / 1048576} MB 的上限; 自评表通常只有几十 KB, 请只放入自评表`,
    });
    return done();
  }
  const before = new Set(Object.getOwnPropertyNames(Object.prototype));
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      cellFormula: true,
      cellHTML: false,
      cellNF: false,
      cellText: true,
      cellDates: false,
      cellStyles: false,
      sheetStubs: true,
      bookVBA: false,
      bookFiles: false,
      sheetRows: MAX_ROWS,
    });
  } finally {
    const added = Object.getOwnPropertyNames(Object.prototype).filter((k) => !before.has(k));
    for (const k of added) delete (Object.prototype as Record<string, unknown>)[k];
    if (added.length)
      diagnostics.push({
        severity: 'error',
        code: 'input/hostile',
        file,
        message: `表格文件试图改写程序对象 (${added.join(', ')}), 已拒绝读取; 请检查文件来源`,
      });
  }
  if (diagnostics.length) return done();
  const b = newBuilder();
  const tables: Grid[] = [];
  wb.SheetNames.forEach((name, i) => {
    if (wb.Workbook?.Sheets?.[i]?.Hidden) return;
    const ws = wb.Sheets[name];
    if (!ws?.['!ref']) return;
    const grid = sheetGrid(ws, (ref, formula) =>
      diagnostics.push({
        severity: 'warning',
        code: 'input/formula-no-value',
        file,
        message: `工作表“${name}”单元格 ${ref} 是公式 (=${formula}), 文件没有保存计算结果: 视为未说明, 不重新计算`,
      }),
    );
    if (!grid.cells.some((c) => c.text)) return;
    writeGrid(b, grid);
    tables.push(grid);
  });
  if (!b.text.trim()) diagnostics.push({ severity: 'error', code: 'input/empty', file, message: '表格文件里没有文字' });
  return done(b.text.replace(/\s+$/, '') + '\n', tables);
}

function sheetGrid(ws: XLSX.WorkSheet, noValue: (ref: string, formula: string) => void): Grid {
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const rows = Math.min(range.e.r - range.s.r + 1, MAX_ROWS);
  const cols = Math.min(range.e.c - range.s.c + 1, MAX_COLS);
  const merges = ws['!merges'] ?? [];
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of merges) {
    spans.set(`${m.s.r},${m.s.c}`, { rowSpan: m.e.r - m.s.r + 1, colSpan: m.e.c - m.s.c + 1 });
    for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) covered.add(`${r},${c}`);
  }
  const cells: GridCell[] = [];
  for (let r = range.s.r; r < range.s.r + rows; r++)
    for (let c = range.s.c; c < range.s.c + cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const ref = XLSX.utils.encode_cell({ r, c });
      const cell = ws[ref] as XLSX.CellObject | undefined;
      let text = '';
      if (cell) {
        // SheetJS keeps a formula without a cached result as a stub (type z, value 0): no value at all.
        if (cell.f && (cell.t === 'z' || cell.v === undefined)) noValue(ref, cell.f);
        else if (cell.t !== 'z' && cell.t !== 'e') text = String(cell.w ?? cell.v ?? '');
      }
      const span = spans.get(`${r},${c}`) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({
        row: r - range.s.r,
        col: c - range.s.c,
        rowSpan: Math.min(span.rowSpan, rows),
        colSpan: Math.min(span.colSpan, cols),
        text: text.trim(),
        page: null,
        box: null,
      });
    }
  return { rows, cols, cells, origin: 'sheet' };
}
