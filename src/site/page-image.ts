// Build-time images of the pages of a PDF that figures cite, with each figure's box drawn on, so
// that a report page can show where a figure stands without any client JavaScript. Each page is
// rendered once, with all its boxes; pdf.js draws through its own canvas factory (@napi-rs/canvas).
import { openPdf, type PdfDocument } from '../lib/ingest/pdfjs.ts';
import type { Box } from '../lib/ingest/types.ts';

/** Rendering scale: 1.5 × 72 dpi, legible on screen, about 900 px wide for A4. */
const SCALE = 1.5;

/** The document being rendered: pages come grouped by report, so one open document at a time. */
let current: { key: string; doc: Promise<PdfDocument> } | null = null;

export async function renderPage(key: string, bytes: () => Uint8Array, page: number, boxes: readonly Box[]): Promise<Uint8Array> {
  if (current?.key !== key) {
    if (current) await (await current.doc).loadingTask.destroy();
    current = { key, doc: openPdf(bytes()) };
  }
  const doc = await current.doc;
  const p = await doc.getPage(page);
  const viewport = p.getViewport({ scale: SCALE });
  const factory = doc.canvasFactory as {
    create(
      w: number,
      h: number,
    ): { canvas: { encode(f: string, q?: number): Promise<Uint8Array> } & HTMLCanvasElement; context: CanvasRenderingContext2D };
    destroy(c: unknown): void;
  };
  const target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await p.render({ canvas: target.canvas, canvasContext: target.context, viewport }).promise;
  const ctx = target.context;
  for (const [x0, y0, x1, y1] of boxes) {
    const pad = 2;
    const x = x0 * viewport.width - pad;
    const y = y0 * viewport.height - pad;
    const w = (x1 - x0) * viewport.width + pad * 2;
    const h = (y1 - y0) * viewport.height + pad * 2;
    ctx.fillStyle = 'rgba(255, 214, 0, 0.35)';
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = '#c62828';
    ctx.lineWidth = 2;
    ctx.strokeRect(x, y, w, h);
  }
  const image = await target.canvas.encode('webp', 80);
  factory.destroy(target);
  p.cleanup();
  return image;
}
