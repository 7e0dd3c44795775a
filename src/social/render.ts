// Build-time drawing of the social images: the card's layout (src/site/social-card.ts) composed from
// the glyph atlas (glyphs.ts: each glyph rasterized once a process by Skia, in the Noto Sans SC subset
// from @fontsource that covers it, so no system font is needed) and boxes drawn once a process, straight
// into the indices of a palette PNG (indexed-png.ts). A card takes ~2 ms of CPU (npm run bench:card)
// where drawing each on a canvas and reading it back took ~10 ms.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { type CardContent, type CardLayout, type CardOp, cardLayout } from '../site/social-card.ts';
import { advance, clusters, glyphMask, kern, measure } from './glyphs.ts';
import { blendPalette, type IndexedImage, indexedImage } from './indexed-png.ts';

type Box = Extract<CardOp, { kind: 'box' }>;
type Text = Extract<CardOp, { kind: 'text' }>;

const images = new Map<string, IndexedImage>();

/** The palette image for a layout's colours (every ink over every surface), one per palette and process. */
function imageFor(layout: CardLayout): { image: IndexedImage; key: string } {
  const surfaces = [layout.background, ...layout.ops.flatMap((op) => (op.kind === 'box' ? [op.fill] : []))];
  const inks = layout.ops.flatMap((op) => (op.kind === 'box' ? [op.stroke] : [op.color]));
  const palette = blendPalette([...new Set(inks)].sort(), [...new Set(surfaces)].sort());
  const key = `${layout.width}×${layout.height}:${palette.join()}`;
  if (!images.has(key)) images.set(key, indexedImage(palette, layout.width, layout.height));
  return { image: images.get(key)!, key };
}

/** The card laid out at the atlas's widths, which are where its glyphs are drawn. */
export const layCard = (c: CardContent): CardLayout => cardLayout(c, measure);

interface Picture {
  width: number;
  height: number;
  indices: Uint8Array;
}

const boxes = new Map<string, Picture>();

/**
 * A box as Skia draws it over the background, a pixel around it included, as palette indices: drawn once
 * a process for each shape (the cards' boxes differ only in where they stand, a whole pixel apart).
 */
function boxPicture(image: IndexedImage, imageKey: string, op: Box, background: string): Picture {
  const [dx, dy] = [op.x - Math.floor(op.x), op.y - Math.floor(op.y)];
  const key = `${imageKey} ${JSON.stringify({ ...op, x: dx, y: dy })} ${background}`;
  let known = boxes.get(key);
  if (!known) {
    const [w, h] = [Math.ceil(op.width + dx) + 2, Math.ceil(op.height + dy) + 2];
    const ctx = createCanvas(w, h).getContext('2d', { alpha: false });
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, w, h);
    // The border inside the box's outer edge, as CSS's border-box draws it.
    const half = op.lineWidth / 2;
    ctx.beginPath();
    ctx.roundRect(1 + dx + half, 1 + dy + half, op.width - op.lineWidth, op.height - op.lineWidth, op.radius - half);
    ctx.fillStyle = op.fill;
    ctx.fill();
    ctx.lineWidth = op.lineWidth;
    ctx.strokeStyle = op.stroke;
    ctx.stroke();
    known = { width: w, height: h, indices: image.indices(ctx.getImageData(0, 0, w, h).data) };
    boxes.set(key, known);
  }
  return known;
}

/**
 * A line's glyphs at the positions the shaper gives them (advances and kerning from the pen, as
 * measure() sums them), each on the quarter pixel across and the whole pixel down where Skia would
 * place it, over the surface under the line.
 */
function inkText(image: IndexedImage, op: Text, surface: string): void {
  const baseline = Math.floor(op.y + 0.5);
  let pen = op.x;
  let previous = '';
  for (const glyph of clusters(op.text)) {
    if (previous) pen += kern(previous, glyph, op.weight, op.size);
    const quarters = Math.floor(pen * 4 + 0.5);
    const mask = glyphMask(glyph, op.weight, op.size, op.color, quarters & 3);
    image.ink((quarters >> 2) + mask.left, baseline + mask.top, mask, op.color, surface);
    pen += advance(glyph, op.weight, op.size);
    previous = glyph;
  }
}

const inside = (op: Text, b: Box) => op.x >= b.x && op.x < b.x + b.width && op.y >= b.y && op.y < b.y + b.height;

/** The card in the palette image of its colours (the process's one for them, until the next card). */
export function composeCard(layout: CardLayout): IndexedImage {
  const { image, key } = imageFor(layout);
  image.fill(0, 0, layout.width, layout.height, layout.background);
  const drawn: Box[] = [];
  for (const op of layout.ops) {
    if (op.kind === 'box') {
      const box = boxPicture(image, key, op, layout.background);
      image.paste(Math.floor(op.x) - 1, Math.floor(op.y) - 1, box.width, box.height, box.indices);
      drawn.push(op);
    } else inkText(image, op, drawn.findLast((b) => inside(op, b))?.fill ?? layout.background);
  }
  return image;
}

/** A report's (or the site's) social image: a 1200×630 PNG. */
export const renderCard = (c: CardContent): Uint8Array<ArrayBuffer> => composeCard(layCard(c)).png();

/** A PNG of an SVG (the favicon), size × size, transparent where the SVG draws nothing. */
export async function svgToPng(svg: string, size: number): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = createCanvas(size, size);
  canvas.getContext('2d').drawImage(await loadImage(Buffer.from(svg)), 0, 0, size, size);
  return new Uint8Array(canvas.toBuffer('image/png'));
}
