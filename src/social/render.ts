// Build-time drawing of the social images with @napi-rs/canvas (Skia): the card's layout
// (src/site/social-card.ts) drawn with the Noto Sans SC subsets from @fontsource that its text uses,
// so no system font is needed, and encoded as a palette PNG (indexed-png.ts). One canvas serves
// every card of a process; a card takes ~9 ms of CPU (npm run bench:card) where satori and resvg took
// ~120 ms.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, loadImage, type SKRSContext2D } from '@napi-rs/canvas';
import { parseSubsets, type Subset, subsetOf } from '../site/font-subsets.ts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CardContent,
  type CardLayout,
  cardAreas,
  cardLayout,
  cardText,
  type Weight,
} from '../site/social-card.ts';
import { blendPalette, type IndexedImage, indexedImage } from './indexed-png.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-sc/400.css'));
const WEIGHTS = [400, 700] as const;

let subsets: Subset[][] | null = null;
/** Each character's font families (one per subset file of either weight), once its files are registered. */
const familiesOf = new Map<string, string[]>();

/** "./files/noto-sans-sc-88-700-normal.woff" → "sc-88", the family of one subset at every weight. */
const familyOf = (file: string) => `sc-${/-(\d+)-\d+-normal\.woff$/.exec(file)?.[1] ?? file}`;

/**
 * The font-family list that draws the text. Skia falls back glyph by glyph along the list, so each
 * subset is a family of its own and the order does not matter; a subset is registered the first time
 * a text needs it. Characters no subset covers are left to Skia (a system font, or an empty box).
 */
export function fontFamilies(text: string): string {
  subsets ??= WEIGHTS.map((w) => parseSubsets(readFileSync(join(FONT_DIR, `${w}.css`), 'utf8')));
  const families = new Set<string>();
  for (const ch of new Set(text)) {
    let known = familiesOf.get(ch);
    if (!known) {
      const files = subsets.map((list) => subsetOf(list, ch)?.file).filter((f) => f !== undefined);
      for (const file of files) GlobalFonts.register(readFileSync(join(FONT_DIR, file)), familyOf(file));
      known = [...new Set(files.map(familyOf))];
      familiesOf.set(ch, known);
    }
    for (const f of known) families.add(f);
  }
  return [...families].map((f) => `"${f}"`).join(', ');
}

let card: SKRSContext2D | null = null;

/** The one canvas of the process: making a 1200×630 canvas costs more than drawing a card on it. */
function context(): SKRSContext2D {
  if (!card) {
    // Opaque: nothing to unpremultiply when reading the pixels back.
    card = createCanvas(CARD_WIDTH, CARD_HEIGHT).getContext('2d', { alpha: false });
    // Text shapes the same whatever language the machine runs in.
    card.lang = 'zh-CN';
  }
  return card;
}

const font = (weight: Weight, size: number, families: string) => `${weight} ${size}px ${families}`;

function draw(ctx: SKRSContext2D, layout: CardLayout, families: string): void {
  ctx.fillStyle = layout.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  for (const op of layout.ops) {
    if (op.kind === 'box') {
      // The border inside the box's outer edge, as CSS's border-box draws it.
      const half = op.lineWidth / 2;
      ctx.beginPath();
      ctx.roundRect(op.x + half, op.y + half, op.width - op.lineWidth, op.height - op.lineWidth, op.radius - half);
      ctx.fillStyle = op.fill;
      ctx.fill();
      ctx.lineWidth = op.lineWidth;
      ctx.strokeStyle = op.stroke;
      ctx.stroke();
    } else {
      ctx.font = font(op.weight, op.size, families);
      ctx.fillStyle = op.color;
      ctx.fillText(op.text, op.x, op.y);
    }
  }
}

const images = new Map<string, IndexedImage>();

/** The palette image for a layout's colours (every ink over every surface), one per palette and process. */
function imageFor(layout: CardLayout): IndexedImage {
  const surfaces = [layout.background, ...layout.ops.flatMap((op) => (op.kind === 'box' ? [op.fill] : []))];
  const inks = layout.ops.flatMap((op) => (op.kind === 'box' ? [op.stroke] : [op.color]));
  const palette = blendPalette([...new Set(inks)].sort(), [...new Set(surfaces)].sort());
  const key = `${layout.width}×${layout.height}:${palette.join()}`;
  if (!images.has(key)) images.set(key, indexedImage(palette, layout.width, layout.height));
  return images.get(key)!;
}

/** The card laid out with the fonts that will draw it, and their family list. */
export function layCard(c: CardContent): { layout: CardLayout; families: string } {
  const families = fontFamilies(cardText(c));
  const ctx = context();
  const layout = cardLayout(c, (text, size, weight) => {
    ctx.font = font(weight, size, families);
    return ctx.measureText(text).width;
  });
  return { layout, families };
}

/** The card drawn on the process's canvas, whose context is returned (its pixels last until the next card). */
export function paintCard(layout: CardLayout, families: string): SKRSContext2D {
  const ctx = context();
  draw(ctx, layout, families);
  return ctx;
}

/**
 * The painted card as a palette PNG: flat areas filled by colour, only the areas with ink read back
 * from the canvas. Reading pixels back is the dearest step (each byte read lands in fresh memory the
 * kernel must zero: ~8 ms for the whole card on the 2-core VM this was measured on).
 */
export function encodeCard(layout: CardLayout, ctx: SKRSContext2D): Uint8Array<ArrayBuffer> {
  const image = imageFor(layout);
  const { flats, inks } = cardAreas(layout);
  for (const f of flats) image.fill(f.x, f.y, f.width, f.height, f.colour);
  for (const r of inks) image.put(r.x, r.y, r.width, r.height, ctx.getImageData(r.x, r.y, r.width, r.height).data);
  return image.png();
}

/** A report's (or the site's) social image: a 1200×630 PNG. */
export function renderCard(c: CardContent): Uint8Array<ArrayBuffer> {
  const { layout, families } = layCard(c);
  return encodeCard(layout, paintCard(layout, families));
}

/** A PNG of an SVG (the favicon), size × size, transparent where the SVG draws nothing. */
export async function svgToPng(svg: string, size: number): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = createCanvas(size, size);
  canvas.getContext('2d').drawImage(await loadImage(Buffer.from(svg)), 0, 0, size, size);
  return new Uint8Array(canvas.toBuffer('image/png'));
}
