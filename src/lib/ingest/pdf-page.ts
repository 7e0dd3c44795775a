// One PDF page as geometry: text items with their boxes (y grows downwards, in points), the thin
// ruled lines a table is drawn with, the images, and how many text-showing operators it has.
import type { PdfDocument } from './pdfjs.ts';
import { pdfjs } from './pdfjs.ts';

export interface Item {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  size: number;
  /** The page's name of the font, to judge a font's text as a whole. */
  font: string;
}

export interface HRule {
  y: number;
  x0: number;
  x1: number;
}
export interface VRule {
  x: number;
  y0: number;
  y1: number;
}

export interface PageGeometry {
  page: number;
  width: number;
  height: number;
  items: Item[];
  hRules: HRule[];
  vRules: VRule[];
  /** Share of the page covered by images (0…1, overlaps counted once per image). */
  imageCover: number;
  textOps: number;
  /** Text shown in render mode 3 (invisible): the OCR layer a scanner puts over its page image. */
  invisibleTextOps: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: readonly number[]): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!,
  m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!,
  m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4],
  m[1] * n[4]! + m[3] * n[5]! + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Rules are lines or bars at most this thick (points); anything thicker is a shape. */
const RULE = 2;

export async function readPage(doc: PdfDocument, number: number): Promise<PageGeometry> {
  const { OPS } = await pdfjs();
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const toView = (x: number, y: number): [number, number] => viewport.convertToViewportPoint(x, y) as [number, number];
  const content = await page.getTextContent();
  const items: Item[] = [];
  for (const raw of content.items) {
    if (!('str' in raw) || !raw.str) continue;
    const t = raw.transform as number[];
    const [x, y] = toView(t[4]!, t[5]!);
    items.push({
      str: raw.str,
      x,
      y,
      width: raw.width * (viewport.scale ?? 1),
      size: Math.hypot(t[2]!, t[3]!) || raw.height || 10,
      font: raw.fontName,
    });
  }

  const ops = await page.getOperatorList();
  const hRules: HRule[] = [];
  const vRules: VRule[] = [];
  const stack: { ctm: Matrix; mode: number }[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let mode = 0;
  let invisibleTextOps = 0;
  let imageArea = 0;
  let textOps = 0;
  const paint = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke]);
  const images = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintSolidColorImageMask,
  ]);
  const box = (x0: number, y0: number, x1: number, y1: number) => {
    const pts = [apply(ctm, x0, y0), apply(ctm, x1, y0), apply(ctm, x0, y1), apply(ctm, x1, y1)].map(([a, b]) => toView(a, b));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ctm, mode });
    else if (fn === OPS.restore) ({ ctm, mode } = stack.pop() ?? { ctm, mode });
    else if (fn === OPS.setTextRenderingMode) mode = (args as number[])[0]!;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, mode });
      const m = args?.[0] as number[] | null;
      if (m) ctm = multiply(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, mode } = stack.pop() ?? { ctm, mode });
    else if (fn === OPS.showText || fn === OPS.showSpacedText) {
      textOps++;
      if (mode === 3) invisibleTextOps++;
    } else if (images.has(fn)) {
      const b = box(0, 0, 1, 1);
      imageArea += (b.x1 - b.x0) * (b.y1 - b.y0);
    } else if (fn === OPS.constructPath && args) {
      // [paint operator, path data, bounding box]; a clip path ends with endPath and draws nothing.
      const op = args[0] as number;
      const minMax = args[2] as number[] | null;
      if (!paint.has(op) || !minMax || !Number.isFinite(minMax[0])) continue;
      const b = box(minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!);
      const w = b.x1 - b.x0;
      const h = b.y1 - b.y0;
      if (h <= RULE && w > RULE) hRules.push({ y: (b.y0 + b.y1) / 2, x0: b.x0, x1: b.x1 });
      else if (w <= RULE && h > RULE) vRules.push({ x: (b.x0 + b.x1) / 2, y0: b.y0, y1: b.y1 });
      else if (strokes.has(op) && w > RULE && h > RULE) {
        // A stroked rectangle: a cell or a table frame drawn in one go.
        hRules.push({ y: b.y0, x0: b.x0, x1: b.x1 }, { y: b.y1, x0: b.x0, x1: b.x1 });
        vRules.push({ x: b.x0, y0: b.y0, y1: b.y1 }, { x: b.x1, y0: b.y0, y1: b.y1 });
      }
    }
  }
  page.cleanup();
  return {
    page: number,
    width: viewport.width,
    height: viewport.height,
    items,
    hRules,
    vRules,
    imageCover: imageArea / (viewport.width * viewport.height),
    textOps,
    invisibleTextOps,
  };
}
