// Ruled tables rebuilt from the lines a PDF draws: rules that touch form one table; their positions
// give the grid; a missing rule between two slots merges them into one cell. Text goes to the slot
// under each glyph, so a number wrapped inside a narrow cell (82,912.0 / 4) is one cell again and
// never glued to its neighbour.
import type { HRule, Item, PageGeometry, VRule } from './pdf-page.ts';
import { dropCjkSpaces, isCjk } from './text-builder.ts';
import type { Box, Grid, GridCell } from './types.ts';

const TOL = 2.5;

export interface PageTable {
  grid: Grid;
  /** Grid lines in points, y downwards. */
  xs: number[];
  ys: number[];
  page: number;
  /** Page and bottom edge where it ends (a table may go on over pages). */
  endPage: number;
  endY: number;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= TOL) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

const touches = (h: HRule, v: VRule) => v.x >= h.x0 - TOL && v.x <= h.x1 + TOL && h.y >= v.y0 - TOL && h.y <= v.y1 + TOL;
/** Pieces of one line: a border drawn cell by cell. */
const continuesH = (a: HRule, b: HRule) => Math.abs(a.y - b.y) <= TOL && a.x0 <= b.x1 + TOL && b.x0 <= a.x1 + TOL;
const continuesV = (a: VRule, b: VRule) => Math.abs(a.x - b.x) <= TOL && a.y0 <= b.y1 + TOL && b.y0 <= a.y1 + TOL;

/** Groups of rules that touch each other. */
function components(hs: HRule[], vs: VRule[]): { hs: HRule[]; vs: VRule[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  hs.forEach((h, i) => vs.forEach((v, j) => touches(h, v) && join(i, hs.length + j)));
  hs.forEach((h, i) => hs.forEach((g, j) => j > i && continuesH(h, g) && join(i, j)));
  vs.forEach((v, i) => vs.forEach((w, j) => j > i && continuesV(v, w) && join(hs.length + i, hs.length + j)));
  const groups = new Map<number, { hs: HRule[]; vs: VRule[] }>();
  const group = (i: number) => groups.get(find(i)) ?? groups.set(find(i), { hs: [], vs: [] }).get(find(i))!;
  hs.forEach((h, i) => group(i).hs.push(h));
  vs.forEach((v, j) => group(hs.length + j).vs.push(v));
  return [...groups.values()];
}

const index = (lines: number[], v: number) => {
  for (let i = 0; i + 1 < lines.length; i++) if (v >= lines[i]! && v < lines[i + 1]!) return i;
  return -1;
};

/** Estimated glyph positions inside an item: CJK glyphs 1 em wide, others half, scaled to its width. */
export function glyphs(item: Item): { ch: string; x0: number; x1: number }[] {
  const chars = [...item.str];
  const weights = chars.map((c) => (isCjk(c) ? 1 : 0.5));
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  let x = item.x;
  return chars.map((ch, i) => {
    const w = (weights[i]! / total) * item.width;
    const g = { ch, x0: x, x1: x + w };
    x += w;
    return g;
  });
}

export function findTables(geom: PageGeometry): { tables: PageTable[]; rest: Item[] } {
  const tables: PageTable[] = [];
  const taken = new Set<Item>();
  for (const group of components(geom.hRules, geom.vRules)) {
    const xs = cluster(group.vs.map((v) => v.x));
    const ys = cluster(group.hs.map((h) => h.y));
    if (xs.length < 2 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) < 2) continue;
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    const hasV = (c: number, r: number) => {
      const mid = (ys[r]! + ys[r + 1]!) / 2;
      return group.vs.some((v) => Math.abs(v.x - xs[c]!) <= TOL && v.y0 - TOL <= mid && v.y1 + TOL >= mid);
    };
    const hasH = (r: number, c: number) => {
      const mid = (xs[c]! + xs[c + 1]!) / 2;
      return group.hs.some((h) => Math.abs(h.y - ys[r]!) <= TOL && h.x0 - TOL <= mid && h.x1 + TOL >= mid);
    };
    const parent = Array.from({ length: rows * cols }, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const join = (a: number, b: number) => (parent[find(a)] = find(b));
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        if (c + 1 < cols && !hasV(c + 1, r)) join(r * cols + c, r * cols + c + 1);
        if (r + 1 < rows && !hasH(r + 1, c)) join(r * cols + c, (r + 1) * cols + c);
      }
    const cells = new Map<number, GridCell & { glyphs: { ch: string; x0: number; x1: number; y: number; size: number }[] }>();
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const root = find(r * cols + c);
        const cell = cells.get(root);
        if (!cell) cells.set(root, { row: r, col: c, rowSpan: 1, colSpan: 1, text: '', page: geom.page, box: null, glyphs: [] });
        else {
          cell.rowSpan = Math.max(cell.rowSpan, r - cell.row + 1);
          cell.colSpan = Math.max(cell.colSpan, c - cell.col + 1);
        }
      }
    for (const item of geom.items) {
      const cy = item.y - item.size * 0.35;
      const r = index(ys, cy);
      if (r < 0) continue;
      let inside = false;
      for (const g of glyphs(item)) {
        const c = index(xs, (g.x0 + g.x1) / 2);
        if (c < 0) continue;
        inside = true;
        cells.get(find(r * cols + c))!.glyphs.push({ ...g, y: item.y, size: item.size });
      }
      if (inside) taken.add(item);
    }
    for (const cell of cells.values()) {
      cell.text = cellText(cell.glyphs);
      const gs = cell.glyphs.filter((g) => g.ch.trim());
      const box: [number, number, number, number] = gs.length
        ? [
            Math.min(...gs.map((g) => g.x0)),
            Math.min(...gs.map((g) => g.y - g.size * 0.88)),
            Math.max(...gs.map((g) => g.x1)),
            Math.max(...gs.map((g) => g.y + g.size * 0.12)),
          ]
        : [xs[cell.col]!, ys[cell.row]!, xs[cell.col + cell.colSpan]!, ys[cell.row + cell.rowSpan]!];
      cell.box = relative(box, geom);
    }
    const gridCells: GridCell[] = [...cells.values()].map(({ glyphs: _g, ...c }) => c).sort((a, b) => a.row - b.row || a.col - b.col);
    tables.push({
      grid: { rows, cols, cells: gridCells, origin: 'pdf-rules' },
      xs,
      ys,
      page: geom.page,
      endPage: geom.page,
      endY: ys[ys.length - 1]!,
    });
  }
  tables.sort((a, b) => a.ys[0]! - b.ys[0]!);
  return { tables, rest: geom.items.filter((i) => !taken.has(i)) };
}

export const relative = (b: [number, number, number, number], geom: { width: number; height: number }): Box => [
  b[0] / geom.width,
  b[1] / geom.height,
  b[2] / geom.width,
  b[3] / geom.height,
];

/** A cell's glyphs in reading order; lines inside a cell are joined without a separator. */
function cellText(gs: { ch: string; x0: number; y: number; size: number }[]): string {
  const sorted = [...gs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: (typeof sorted)[] = [];
  for (const g of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(g.y - line[0]!.y) <= g.size * 0.5) line.push(g);
    else lines.push([g]);
  }
  return dropCjkSpaces(
    lines
      .map((l) =>
        l
          .sort((a, b) => a.x0 - b.x0)
          .map((g) => g.ch)
          .join('')
          .trim(),
      )
      .join(''),
  ).trim();
}

/**
 * A table that goes on from the previous page (same columns) is one grid again; a first row that
 * only finishes the cells of the last row before the break (one or two cells, a wrapped name) is
 * joined to that row.
 */
export function continues(prev: PageTable, next: PageTable): boolean {
  return prev.xs.length === next.xs.length && prev.xs.every((x, i) => Math.abs(x - next.xs[i]!) <= TOL * 2);
}

export function joinTables(prev: PageTable, next: PageTable): PageTable {
  const lastRow = prev.grid.rows - 1;
  const firstCells = next.grid.cells.filter((c) => c.row === 0);
  const filled = firstCells.filter((c) => c.text);
  const above = (c: GridCell) => prev.grid.cells.find((p) => p.col === c.col && p.row <= lastRow && p.row + p.rowSpan > lastRow);
  const lastFilled = prev.grid.cells.filter((p) => p.row <= lastRow && p.row + p.rowSpan > lastRow && p.text).length;
  const split =
    filled.length > 0 && filled.length * 2 <= lastFilled && filled.every((c) => above(c)?.text && !/[。；;]$/.test(above(c)!.text));
  const shift = split ? prev.grid.rows - 1 : prev.grid.rows;
  const cells = [...prev.grid.cells];
  for (const c of next.grid.cells) {
    if (split && c.row === 0) {
      const target = above(c);
      if (target && c.text) target.text += c.text;
      if (target) continue;
    }
    cells.push({ ...c, row: c.row + shift });
  }
  return {
    grid: { rows: next.grid.rows + shift, cols: prev.grid.cols, cells, origin: 'pdf-rules' },
    xs: prev.xs,
    ys: prev.ys,
    page: prev.page,
    endPage: next.page,
    endY: next.endY,
  };
}
