// HTML → paragraphs and tables, for Word files (through mammoth's HTML, which keeps merged cells)
// and saved web pages. Block elements end a paragraph; tables become grids with their spans.
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { writeGrid } from './grid.ts';
import { append, dropCjkSpaces, paragraphBreak, type TextBuilder } from './text-builder.ts';
import type { Grid, GridCell } from './types.ts';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'button',
  'input',
  'textarea',
  'map',
  'head',
  'title',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'center',
  'header',
  'footer',
  'figure',
  'figcaption',
  'caption',
  'address',
  'hr',
  'br',
  'tr',
  'body',
  'html',
]);

const tag = (n: Node) => (n.nodeType === NodeType.ELEMENT_NODE ? ((n as HTMLElement).rawTagName?.toLowerCase() ?? '') : '');

/** Writes the paragraphs and tables under `root`; returns the grids. */
export function writeBlocks(b: TextBuilder, root: HTMLElement): Grid[] {
  const grids: Grid[] = [];
  let line = '';
  const flush = () => {
    const text = dropCjkSpaces(line.replace(/\s+/g, ' ')).trim();
    line = '';
    if (!text) return;
    paragraphBreak(b);
    append(b, text);
    paragraphBreak(b);
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      line += node.text;
      return;
    }
    const name = tag(node);
    if (!name && node.nodeType !== NodeType.ELEMENT_NODE) return;
    if (SKIP.has(name)) return;
    if (name === 'table' && !isLayoutTable(node as HTMLElement)) {
      flush();
      const grid = tableGrid(node as HTMLElement);
      if (grid.cells.length) {
        writeGrid(b, grid);
        grids.push(grid);
      }
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return grids;
}

/**
 * A table used for page layout rather than data (older sites put the whole article in one): a
 * table inside it, or a cell holding running text. Its cells are read as blocks.
 */
export function isLayoutTable(table: HTMLElement): boolean {
  if (table.querySelector('table')) return true;
  return table
    .querySelectorAll('td, th')
    .some((cell) => cell.text.replace(/\s+/g, '').length > 200 || cell.querySelectorAll('p').length > 2);
}

/** The text of a table cell: its paragraphs joined as one cell (a wrapped header is one word again). */
function cellText(cell: HTMLElement): string {
  const parts: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) line += node.text;
    else if (!SKIP.has(tag(node))) {
      const block = BLOCK.has(tag(node));
      if (block && line.trim()) parts.push(line), (line = '');
      for (const c of node.childNodes) walk(c);
      if (block && line.trim()) parts.push(line), (line = '');
    }
  };
  walk(cell);
  if (line.trim()) parts.push(line);
  return dropCjkSpaces(parts.map((p) => p.replace(/\s+/g, ' ').trim()).join(''));
}

/** Rows of a table (not of tables nested in it), and their cells placed on the slots they cover. */
export function tableGrid(table: HTMLElement): Grid {
  const rows: HTMLElement[] = [];
  const collect = (el: HTMLElement) => {
    for (const child of el.childNodes) {
      const name = tag(child);
      if (name === 'tr') rows.push(child as HTMLElement);
      else if (name === 'thead' || name === 'tbody' || name === 'tfoot') collect(child as HTMLElement);
    }
  };
  collect(table);
  const taken: boolean[][] = [];
  const cells: GridCell[] = [];
  let cols = 0;
  rows.forEach((tr, r) => {
    taken[r] ??= [];
    let c = 0;
    for (const td of tr.childNodes) {
      const name = tag(td);
      if (name !== 'td' && name !== 'th') continue;
      while (taken[r]![c]) c++;
      const el = td as HTMLElement;
      const rowSpan = Math.max(1, Math.min(rows.length - r, Number.parseInt(el.getAttribute('rowspan') ?? '1', 10) || 1));
      const colSpan = Math.max(1, Math.min(100, Number.parseInt(el.getAttribute('colspan') ?? '1', 10) || 1));
      for (let i = 0; i < rowSpan; i++) for (let k = 0; k < colSpan; k++) (taken[r + i] ??= [])[c + k] = true;
      cells.push({ row: r, col: c, rowSpan, colSpan, text: cellText(el), page: null, box: null });
      c += colSpan;
      cols = Math.max(cols, c);
    }
  });
  return { rows: rows.length, cols, cells, origin: 'html' };
}
