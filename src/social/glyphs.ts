// The social cards' glyph atlas: each glyph's advance, and its coverage at a size, weight, colour and
// quarter-pixel phase, rasterized once a process by Skia (@napi-rs/canvas) in the Noto Sans SC subset
// that covers it, so a card is composed from cached masks with no canvas of its own.
// measure('太和镇 2022', 68, 700) → 379.92; glyphMask('太', 700, 68, '#0b5cad', 2) → { left: 2, top: -58, width: 66, … }
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { parseSubsets, type Subset, subsetOf } from '../site/font-subsets.ts';
import type { Weight } from '../site/social-card.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-sc/400.css'));
const WEIGHTS = [400, 700] as const;

let subsets: Subset[][] | null = null;
const registered = new Set<string>();
/** Each text's font-family list, once the subset files that cover it (at either weight) are registered. */
const familiesOf = new Map<string, string>();

/** "./files/noto-sans-sc-88-700-normal.woff" → "sc-88", the family of one subset at every weight. */
const familyOf = (file: string) => `sc-${/-(\d+)-\d+-normal\.woff$/.exec(file)?.[1] ?? file}`;

/**
 * The font-family list that draws a text ('"sc-88"' for 镇): each subset is a family of its own,
 * registered the first time a character needs it, and Skia falls back glyph by glyph along the list.
 * A character no subset covers adds none.
 */
export function fontFamilies(text: string): string {
  let known = familiesOf.get(text);
  if (known === undefined) {
    subsets ??= WEIGHTS.map((w) => parseSubsets(readFileSync(join(FONT_DIR, `${w}.css`), 'utf8')));
    const files = [...text].flatMap((ch) => subsets!.map((list) => subsetOf(list, ch)?.file)).filter((f) => f !== undefined);
    for (const file of new Set(files).difference(registered)) {
      GlobalFonts.register(readFileSync(join(FONT_DIR, file)), familyOf(file));
      registered.add(file);
    }
    known = [...new Set(files.map(familyOf))].map((f) => `"${f}"`).join(', ');
    familiesOf.set(text, known);
  }
  return known;
}

// What the shaper draws as one glyph, or one stack: a character with its combining marks (e + U+0301,
// a Han character + a variation selector) and the only ligatures Noto Sans SC makes of printable ASCII
// (ff, fi, fl, ffi, ffl; every other pair draws as its two glyphs, checked pair by pair).
const CLUSTER = /ff[il]?|f[il]|\P{M}\p{M}*/gu;

/** A text as the glyphs the shaper draws it with: "office" → o, ffi, c, e. */
export const clusters = (text: string): string[] => text.match(CLUSTER) ?? [];

/**
 * A CSS font. A character no subset covers gets the Latin subset's family (an empty list would make the
 * canvas keep its previous font), from which Skia falls back to a system font that has the character,
 * or draws Noto's empty box (1 em wide), as when a card's line was drawn with all its families.
 */
const font = (weight: Weight, size: number, families: string) => `${weight} ${size}px ${families || fontFamilies(' ')}`;

let canvas: Canvas | null = null;
let ctx: SKRSContext2D | null = null;

/** The process's scratch canvas, transparent, at least side × side. */
function scratch(side: number): SKRSContext2D {
  if (!canvas || canvas.width < side) {
    canvas = createCanvas(side, side);
    ctx = canvas.getContext('2d');
    // Text shapes the same whatever language the machine runs in.
    ctx.lang = 'zh-CN';
  }
  return ctx!;
}

// Masks are dropped oldest first past this many bytes, advances and kerning pairs past this many entries:
// far more than met (2,000 generated reports' cards hold 280 masks, 0.4 MB; 3,000 cards of random names
// from 388 characters, shrunk to every size, 4,943 masks, 6.7 MB), so only a pathological corpus evicts.
const MASK_BYTES = 16 << 20;
const ENTRIES = 100_000;
const masks = new Map<string, Mask>();
let maskBytes = 0;
const advances = new Map<string, number>();
const kerns = new Map<string, number>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/** The width of a glyph, or of a pair of one subset, as the shaper gives it. */
const width = (text: string, families: string, weight: Weight, size: number) => {
  const c = scratch(1);
  c.font = font(weight, size, families);
  return c.measureText(text).width;
};

/** A glyph's advance width (of a cluster), as the shaper gives it: unhinted, so advances add up to a text's width. */
export function advance(glyph: string, weight: Weight, size: number): number {
  const key = `${weight} ${size} ${glyph}`;
  return advances.get(key) ?? remember(advances, key, width(glyph, fontFamilies(glyph), weight, size));
}

const HAN = /\p{Script=Han}/u;

/**
 * What the shaper adds between two glyphs (the font's pair kerning: "AV", ", t"). Only Latin letters,
 * digits and signs of one subset file kern in Noto Sans SC: Han characters and Chinese punctuation
 * never do, and characters of two files are shaped apart.
 */
export function kern(a: string, b: string, weight: Weight, size: number): number {
  const families = fontFamilies(a);
  if (HAN.test(a) || HAN.test(b) || families !== fontFamilies(b)) return 0;
  const key = `${weight} ${size} ${a}${b}`;
  return kerns.get(key) ?? remember(kerns, key, width(a + b, families, weight, size) - advance(a, weight, size) - advance(b, weight, size));
}

/** A text's width, the sum of its glyphs' advances and kerning: where drawing puts them. */
export function measure(text: string, size: number, weight: Weight): number {
  let w = 0;
  let previous = '';
  for (const glyph of clusters(text)) {
    if (previous) w += kern(previous, glyph, weight, size);
    w += advance(glyph, weight, size);
    previous = glyph;
  }
  return w;
}

/** A glyph's coverage (0-255), width × height from (left, top) off its pen position on the baseline. */
export interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/**
 * The coverage Skia draws a glyph (a cluster) with, its pen at a whole pixel plus phase quarters (Skia
 * places glyphs on quarter pixels across, whole pixels down). The colour counts: Skia thickens dark text
 * and thins light text (its contrast hack), so the mask is read off the colour it is drawn in.
 */
export function glyphMask(glyph: string, weight: Weight, size: number, colour: string, phase: number): Mask {
  const key = `${colour} ${weight} ${size} ${phase} ${glyph}`;
  const known = masks.get(key);
  if (known) return known;
  const mask = rasterize(glyph, weight, size, colour, phase);
  for (const [old, m] of masks) {
    if (maskBytes + mask.coverage.length <= MASK_BYTES) break;
    masks.delete(old);
    maskBytes -= m.coverage.length;
  }
  masks.set(key, mask);
  maskBytes += mask.coverage.length;
  return mask;
}

/** The glyph drawn 1 em from the left and 2 em down a 3-em square, cropped to its ink. */
function rasterize(glyph: string, weight: Weight, size: number, colour: string, phase: number): Mask {
  const em = Math.ceil(size);
  const side = 3 * em;
  const c = scratch(side);
  c.clearRect(0, 0, side, side);
  c.font = font(weight, size, fontFamilies(glyph));
  c.fillStyle = colour;
  c.fillText(glyph, em + phase / 4, 2 * em);
  const alpha = c.getImageData(0, 0, side, side).data;
  let [x0, y0, x1, y1] = [side, side, 0, 0];
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++)
      if (alpha[(y * side + x) * 4 + 3]) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
  const [w, h] = [Math.max(0, x1 - x0), Math.max(0, y1 - y0)];
  const coverage = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) coverage[y * w + x] = alpha[((y0 + y) * side + x0 + x) * 4 + 3]!;
  return { left: x0 - em, top: y0 - 2 * em, width: w, height: h, coverage };
}
