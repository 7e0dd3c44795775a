// PDF → text the pipeline reads. Lines come from the item geometry, paragraphs from indent, short
// line ends, size, centring and gaps; running headers and page footers are dropped by position and
// pattern; ruled tables become grids. Radical code points are mapped back (radicals.ts). A page that
// draws text but yields none, and a PDF that is only images, are errors, never an empty report.
import type { Diagnostic } from '../schema.ts';
import { writeGrid } from './grid.ts';
import { readPage, type Item, type PageGeometry } from './pdf-page.ts';
import { continues, findTables, joinTables, relative, type PageTable } from './pdf-tables.ts';
import { openPdf } from './pdfjs.ts';
import { fixRadicals, isSimplified } from './radicals.ts';
import { append, dropCjkSpaces, isCjk, newBuilder, paragraphBreak, wrapJoint, type TextBuilder } from './text-builder.ts';
import type { Ingested } from './types.ts';

interface Line {
  page: number;
  items: Item[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
}

/** A table standing in the flow of lines at its top edge. */
interface TableMark {
  page: number;
  y: number;
  table: PageTable;
}

/** Page furniture sits in these top and bottom shares of the page. */
const TOP = 0.1;
const BOTTOM = 0.12;
const PAGE_NUMBER = [
  /^[—–\-－~_·•\s]*\d{1,4}[—–\-－~_·•\s]*$/,
  /^第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?$/,
  /^共\s*\d+\s*页\s*[，,]?\s*第\s*\d+\s*页$/,
  /^\d+\s*[/／]\s*\d+$/,
  /^(?:page|p\.)\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i,
];

export async function ingestPdf(bytes: Uint8Array, file: string): Promise<Ingested> {
  const diagnostics: Diagnostic[] = [];
  const doc = await openPdf(bytes);
  const pages: PageGeometry[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));
  } finally {
    await doc.loadingTask.destroy();
  }
  const result = (text: string, tables: PageTable[] = [], spans: Ingested['spans'] = []): Ingested => ({
    text,
    format: 'pdf',
    pages: pages.length,
    spans,
    tables: tables.map((t) => t.grid),
    diagnostics,
  });

  // A font without any Unicode map (no ToUnicode, no known encoding) gives its glyph codes as
  // characters: Latin-extended letters, combining marks, control codes, where a code may even read
  // as a digit. Such a font's text is dropped, never read.
  const garbled = garbledFonts(pages);
  if (garbled.size) {
    const on = pages.filter((g) => g.items.some((i) => garbled.has(i.font)));
    for (const g of pages) g.items = g.items.filter((i) => !garbled.has(i.font));
    diagnostics.push({
      severity: 'warning',
      code: 'input/garbled-font',
      file,
      message: `第 ${list(on)} 页有 ${garbled.size} 种字体没有字符映射, 读出的是乱码, 这些文字没有读取; 请向发布单位索取可复制文字的 PDF`,
    });
  }
  const chars = (g: PageGeometry) => g.items.reduce((n, i) => n + i.str.replace(/\s/g, '').length, 0);
  // A scanned page: an image over most of it, and no text, or only an invisible OCR layer (which is
  // text read by a machine from the image, never checked: it is not read either).
  const scanned = pages.filter((g) => g.imageCover >= 0.5 && (chars(g) < 10 || g.invisibleTextOps * 2 > g.textOps));
  for (const g of scanned) g.items = [];
  const mute = pages.filter((g) => chars(g) === 0 && g.textOps > 0 && !scanned.includes(g));
  if (mute.length) {
    diagnostics.push({
      severity: 'error',
      code: 'input/no-text',
      file,
      message: `第 ${list(mute)} 页绘制了文字, 但字体没有可用的字符映射 (无 ToUnicode), 读不出文字; 请向发布单位索取可复制文字的 PDF, 或另存为 Word 文件`,
    });
    return result('');
  }
  if (scanned.length === pages.length) {
    diagnostics.push({
      severity: 'error',
      code: 'input/scanned',
      file,
      message: `这是扫描件: ${pages.length} 页都是图片 (没有文字层, 或只有扫描仪识别出的隐藏文字), 不读取其中的数字; 请向发布单位索取文字版 PDF 或 Word 文件, 或在构建之外做文字识别 (OCR) 并人工核对后以 .txt 放入`,
    });
    return result('');
  }
  if (scanned.length)
    diagnostics.push({
      severity: 'warning',
      code: 'input/scanned-pages',
      file,
      message: `第 ${list(scanned)} 页是扫描的图片 (可能带有机器识别的隐藏文字), 其中的内容没有读取`,
    });
  const simplified = isSimplified(pages.map((g) => g.items.map((i) => i.str).join('')).join(''));
  let radicals = 0;
  for (const g of pages)
    for (const item of g.items) {
      const fixed = fixRadicals(item.str, simplified);
      item.str = fixed.text;
      radicals += fixed.count;
    }
  if (radicals)
    diagnostics.push({
      severity: 'warning',
      code: 'input/radicals',
      file,
      message: `PDF 的字符映射把 ${radicals} 个汉字写成了部首字符 (如 ⼈ ⺠), 已按 Unicode 等价表换回 (人 民)`,
    });

  const furniture = runningText(pages);
  const marks: (Line | TableMark)[] = [];
  const tables: PageTable[] = [];
  for (const g of pages) {
    const { tables: found, rest } = findTables(g);
    for (const t of found) {
      const prev = tables[tables.length - 1];
      // A table at the top of a page that has the columns of the one ending the previous page goes on.
      if (prev && prev.endPage === g.page - 1 && isTopOf(g, t, rest) && continues(prev, t) && lastOnPage(prev, marks)) {
        tables[tables.length - 1] = joinTables(prev, t);
        const mark = marks.find((m): m is TableMark => 'table' in m && m.table === prev);
        if (mark) mark.table = tables[tables.length - 1]!;
        continue;
      }
      tables.push(t);
      marks.push({ page: g.page, y: t.ys[0]!, table: t });
    }
    for (const line of linesOf(g, rest)) if (!isFurniture(line, g, furniture)) marks.push(line);
  }
  marks.sort((a, b) => a.page - b.page || a.y - b.y);

  const b = newBuilder();
  writeFlow(b, marks, pages);
  return result(b.text.replace(/\s+$/, '') + '\n', tables, b.spans);
}

const list = (gs: PageGeometry[]) => gs.map((g) => g.page).join('、');

/** What the text of a report is made of: ASCII, Latin-1, punctuation and symbols, CJK, full-width forms. */
const PLAUSIBLE =
  /[\s\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u2100-\u215f\u2190-\u23ff\u2460-\u27bf\u2e80-\u2fdf\u3000-\u303f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u;

/** Fonts whose text is mostly characters no report is written in (at least 5 of them, over 30 %). */
function garbledFonts(pages: PageGeometry[]): Set<string> {
  const counts = new Map<string, { all: number; odd: number }>();
  for (const g of pages)
    for (const item of g.items) {
      const c = counts.get(item.font) ?? { all: 0, odd: 0 };
      for (const ch of item.str) {
        c.all++;
        if (!PLAUSIBLE.test(ch)) c.odd++;
      }
      counts.set(item.font, c);
    }
  return new Set([...counts].filter(([, c]) => c.odd >= 5 && c.odd > c.all * 0.3).map(([font]) => font));
}

function isTopOf(g: PageGeometry, t: PageTable, rest: Item[]): boolean {
  return !rest.some((i) => i.y < t.ys[0]! && i.y > g.height * TOP && i.str.trim());
}

/** Nothing but furniture follows the table on the page where it ends. */
function lastOnPage(prev: PageTable, marks: (Line | TableMark)[]): boolean {
  return !marks.some((m) => !('table' in m) && m.page === prev.endPage && m.y > prev.endY);
}

/** Visual lines of a page: items on one baseline, left to right. */
function linesOf(g: PageGeometry, items: Item[]): Line[] {
  const sorted = items.filter((i) => i.str.length).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(item.y - last[0]!.y) <= Math.min(item.size, last[0]!.size) * 0.4) last.push(item);
    else groups.push([item]);
  }
  return groups
    .map((group) => {
      const row = group.sort((a, b) => a.x - b.x).filter((i) => i.str.trim() || group.length === 1);
      return {
        page: g.page,
        items: row,
        x0: row[0]?.x ?? 0,
        x1: Math.max(...row.map((i) => i.x + i.width)),
        y: row[0]?.y ?? 0,
        size: Math.max(...row.map((i) => i.size)),
        text: lineText(row),
      };
    })
    .filter((l) => l.text.trim());
}

/** The gap before an item becomes a space where it is wider than a quarter em and not between CJK glyphs. */
function gapBefore(prev: Item, item: Item): string {
  const gap = item.x - (prev.x + prev.width);
  if (gap > item.size) return ' ';
  if (gap <= item.size * 0.25) return '';
  return isCjk(prev.str.trimEnd().slice(-1)) || isCjk(item.str.trimStart()[0]) ? '' : ' ';
}

function lineText(row: Item[]): string {
  return row.map((item, i) => (i ? gapBefore(row[i - 1]!, item) : '') + dropCjkSpaces(item.str)).join('');
}

const furnitureKey = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** Texts in the top or bottom margin that recur on at least half of the pages (unit name, title). */
function runningText(pages: PageGeometry[]): Set<string> {
  const seen = new Map<string, Set<number>>();
  for (const g of pages)
    for (const line of linesOf(g, g.items)) {
      if (!inMargin(line, g)) continue;
      const key = furnitureKey(line.text);
      (seen.get(key) ?? seen.set(key, new Set()).get(key)!).add(g.page);
    }
  return new Set([...seen].filter(([, on]) => pages.length >= 3 && on.size >= Math.max(3, pages.length / 2)).map(([k]) => k));
}

const inMargin = (line: Line, g: PageGeometry) => line.y < g.height * TOP || line.y > g.height * (1 - BOTTOM);

function isFurniture(line: Line, g: PageGeometry, running: Set<string>): boolean {
  if (!inMargin(line, g)) return false;
  const text = line.text.trim();
  return PAGE_NUMBER.some((p) => p.test(text)) || running.has(furnitureKey(text));
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
}
const median = (values: number[]) => percentile(values, 0.5);

/** Paragraphs from the geometry of the lines, and the tables where they stand. */
function writeFlow(b: TextBuilder, marks: (Line | TableMark)[], pages: PageGeometry[]): void {
  const lines = marks.filter((m): m is Line => !('table' in m));
  const size = median(lines.map((l) => l.size));
  const body = lines.filter((l) => Math.abs(l.size - size) <= size * 0.15);
  const left = mode(body.map((l) => l.x0));
  // The right edge of the text block: where justified lines all end, and near the longest lines of ragged text.
  const right = percentile(
    body.map((l) => l.x1),
    0.9,
  );
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++)
    if (body[i]!.page === body[i - 1]!.page && body[i]!.y > body[i - 1]!.y) gaps.push(body[i]!.y - body[i - 1]!.y);
  const leading = median(gaps) || size * 1.5;
  const centred = (l: Line) =>
    l.x0 > left + l.size * 1.5 && l.x1 < right - l.size * 1.5 && Math.abs((l.x0 + l.x1) / 2 - (left + right) / 2) <= l.size * 1.2;
  const full = (l: Line) => l.x1 >= right - l.size * 1.5;
  const isTitle = (l: Line) => l.size > size * 1.15;

  let prev: Line | null = null;
  for (const m of marks) {
    if ('table' in m) {
      writeGrid(b, m.table.grid);
      prev = null;
      continue;
    }
    const line = m;
    let joins = false;
    if (prev) {
      const sameSize = Math.abs(line.size - prev.size) <= Math.min(line.size, prev.size) * 0.15;
      if (isTitle(prev) && isTitle(line) && sameSize) joins = line.page === prev.page && line.y - prev.y <= prev.size * 2.5;
      else if (line.page !== prev.page) joins = sameSize && full(prev) && !centred(prev) && line.x0 <= left + line.size * 0.5;
      else
        joins =
          sameSize &&
          full(prev) &&
          !centred(prev) &&
          !centred(line) &&
          line.x0 <= left + line.size * 0.8 &&
          line.y - prev.y <= leading * 1.6;
    }
    if (joins) append(b, wrapJoint(b.text, line.text));
    else paragraphBreak(b);
    for (let i = 0; i < line.items.length; i++) {
      const item = line.items[i]!;
      if (i) append(b, gapBefore(line.items[i - 1]!, item));
      const text = i === 0 && !joins ? dropCjkSpaces(item.str).trimStart() : dropCjkSpaces(item.str);
      const g = pages[line.page - 1]!;
      append(b, text, line.page, relative([item.x, item.y - item.size * 0.88, item.x + item.width, item.y + item.size * 0.12], g));
    }
    prev = line;
  }
}
