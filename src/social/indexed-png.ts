// A PNG with a palette (colour type 3, one byte a pixel) of an opaque image made of a few flat colours
// and the antialiased blends between them, as a social card is. Flat areas are filled by colour, glyphs
// inked from their coverage, other pictures pasted as indices; deflate then packs 0.75 MB of indices
// instead of 3 MB of colours: a card encodes in ~1.5 ms where the canvas's own PNG encoder took ~50 ms,
// at half the bytes.
// const image = indexedImage(blendPalette(['#1f2328'], ['#ffffff']), 1200, 630);
// image.fill(0, 0, 1200, 630, '#ffffff'); image.ink(60, 48, glyph, '#1f2328', '#ffffff'); image.png() → PNG bytes
import { constants, crc32, deflateSync } from 'node:zlib';

/** As many entries as a byte indexes. */
const MAX_ENTRIES = 256;
// A card is mostly runs of one index. Run-length matching (Z_RLE) packs it to ~38 KB in ~1.4 ms; the
// default matching at level 3 made it 2.4% smaller in ~1.9 ms, at level 6 13% smaller in 2.5× the time
// (npm run bench:card, on the shipped reports' cards). With Z_RLE the level changes neither.
const LEVEL = 3;

const rgb = (hex: string) => Number.parseInt(hex.slice(1), 16);
const channels = (c: number) => [(c >> 16) & 255, (c >> 8) & 255, c & 255];

/**
 * The solid colours, and for every ink drawn over every surface as many evenly spaced blends as fit in
 * 256 entries (a card's 4 inks over 2 surfaces: 31 blends each, a step of 1/32 of the way from surface
 * to ink, so an antialiased edge is off by at most 4 levels of a channel).
 */
export function blendPalette(inks: readonly string[], surfaces: readonly string[]): number[] {
  const solids = [...new Set([...inks, ...surfaces].map(rgb))];
  const pairs = inks.flatMap((ink) => surfaces.filter((s) => s !== ink).map((s) => [rgb(ink), rgb(s)] as const));
  const steps = Math.floor((MAX_ENTRIES - solids.length) / Math.max(1, pairs.length)) + 1;
  const channel = (c: number, shift: number) => (c >> shift) & 255;
  const blends = pairs.flatMap(([ink, surface]) =>
    Array.from({ length: steps - 1 }, (_, k) =>
      [16, 8, 0].reduce((sum, shift) => {
        const s = channel(surface, shift);
        return sum | (Math.round(s + ((channel(ink, shift) - s) * (k + 1)) / steps) << shift);
      }, 0),
    ),
  );
  return [...new Set([...solids, ...blends])];
}

function chunk(out: Uint8Array, at: number, type: string, data: Uint8Array): number {
  const view = new DataView(out.buffer, out.byteOffset);
  view.setUint32(at, data.length);
  for (let i = 0; i < 4; i++) out[at + 4 + i] = type.charCodeAt(i);
  out.set(data, at + 8);
  view.setUint32(at + 8 + data.length, crc32(out.subarray(at + 4, at + 8 + data.length)));
  return at + 12 + data.length;
}

/** A picture's coverage of one ink (0 none – 255 full), width × height, row by row. */
export interface Coverage {
  width: number;
  height: number;
  coverage: Uint8Array;
}

export interface IndexedImage {
  /** Sets a rectangle to one colour of the palette (clipped to the image). */
  fill(x: number, y: number, width: number, height: number, colour: string): void;
  /**
   * Inks a coverage with its top left at (x, y) (clipped to the image): each pixel becomes the entry
   * nearest the ink blended over the surface by its coverage, added to what it holds of that ink
   * already where two glyphs touch (as Skia draws one over the other).
   */
  ink(x: number, y: number, mask: Coverage, ink: string, surface: string): void;
  /** RGBA pixels (4 bytes a pixel) as palette indices, each pixel its nearest entry: a picture to paste again and again. */
  indices(rgba: Uint8Array | Uint8ClampedArray): Uint8Array;
  /** Sets a rectangle from palette indices (width × height of them). */
  paste(x: number, y: number, width: number, height: number, indices: Uint8Array): void;
  png(): Uint8Array<ArrayBuffer>;
}

/**
 * A width × height image over one palette, reused from one picture to the next: fresh memory costs
 * more (the kernel zeroes it) than overwriting it does. It keeps each ink-over-surface ramp it has used,
 * so a process works out each blend's entry once.
 */
export function indexedImage(palette: readonly number[], width: number, height: number): IndexedImage {
  if (palette.length > MAX_ENTRIES) throw new Error(`a palette of ${palette.length} colours: at most ${MAX_ENTRIES}`);
  const colours = palette.map(channels);
  const plte = new Uint8Array(colours.flat());
  const nearest = (colour: readonly number[]) => {
    let best = 0;
    let bestDistance = Infinity;
    colours.forEach((c, i) => {
      const d = c.reduce((sum, v, k) => sum + (v - colour[k]!) ** 2, 0);
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    return best;
  };
  // For an ink over a surface, what a pixel becomes when a glyph covers it by c (0-255), indexed by the
  // entry it holds × 256 + c: coverage adds up as Skia draws one glyph over another (c over as much of
  // the ink as the entry holds); c = 0 leaves the pixel; a pixel of another colour (an entry off the
  // ramp) takes c of the ink over the surface.
  const ramps = new Map<string, Uint8Array>();
  const ramp = (ink: string, surface: string) => {
    const key = `${ink} ${surface}`;
    let over = ramps.get(key);
    if (!over) {
      const [i, s] = [channels(rgb(ink)), channels(rgb(surface))];
      const entry = Uint8Array.from({ length: 256 }, (_, c) => nearest(s.map((v, k) => v + ((i[k]! - v) * c) / 255)));
      // How much of the ink an entry holds: where its colour lies on the line from surface to ink.
      const span = s.reduce((sum, v, k) => sum + (i[k]! - v) ** 2, 0);
      const held = (index: number) => colours[index]!.reduce((sum, v, k) => sum + ((v - s[k]!) * (i[k]! - s[k]!) * 255) / span, 0);
      over = new Uint8Array(256 * 256);
      for (let index = 0; index < palette.length; index++) {
        const had = entry.includes(index) ? Math.min(255, Math.max(0, held(index))) : 0;
        over[index * 256] = index;
        for (let c = 1; c < 256; c++) over[index * 256 + c] = entry[Math.round(had + ((255 - had) * c) / 255)]!;
      }
      ramps.set(key, over);
    }
    return over;
  };
  // Each row: filter type 0 (none, best for palette images; the byte stays 0), then one index a pixel.
  const raw = new Uint8Array((width + 1) * height);
  const clip = (x: number, y: number, w: number, h: number) => {
    const x0 = Math.max(0, x);
    const y0 = Math.max(0, y);
    return [x0, y0, Math.min(width, x + w) - x0, Math.min(height, y + h) - y0] as const;
  };
  return {
    fill(x, y, w, h, colour) {
      const [x0, y0, cw, ch] = clip(x, y, w, h);
      const index = palette.indexOf(rgb(colour));
      if (index < 0) throw new Error(`${colour} is not in the palette`);
      for (let row = y0; row < y0 + ch; row++) raw.fill(index, row * (width + 1) + 1 + x0, row * (width + 1) + 1 + x0 + cw);
    },
    ink(x, y, mask, ink, surface) {
      const over = ramp(ink, surface);
      const [x0, y0, cw, ch] = clip(x, y, mask.width, mask.height);
      const { coverage } = mask;
      for (let row = y0; row < y0 + ch; row++) {
        let from = (row - y) * mask.width + x0 - x;
        let at = row * (width + 1) + 1 + x0;
        for (let col = 0; col < cw; col++, from++, at++) raw[at] = over[(raw[at]! << 8) | coverage[from]!]!;
      }
    },
    indices(rgba) {
      const known = new Map<number, number>();
      return Uint8Array.from({ length: rgba.length / 4 }, (_, p) => {
        const colour = [rgba[4 * p]!, rgba[4 * p + 1]!, rgba[4 * p + 2]!];
        const key = (colour[0]! << 16) | (colour[1]! << 8) | colour[2]!;
        return known.get(key) ?? known.set(key, nearest(colour)).get(key)!;
      });
    },
    paste(x, y, w, h, indices) {
      if (x < 0 || y < 0 || x + w > width || y + h > height) throw new Error('pixels outside the image');
      for (let row = 0; row < h; row++) raw.set(indices.subarray(row * w, row * w + w), (y + row) * (width + 1) + 1 + x);
    },
    png() {
      const idat = deflateSync(raw, { level: LEVEL, strategy: constants.Z_RLE });
      const ihdr = new Uint8Array(13);
      new DataView(ihdr.buffer).setUint32(0, width);
      new DataView(ihdr.buffer).setUint32(4, height);
      ihdr.set([8, 3, 0, 0, 0], 8); // 8 bits an index, colour type 3 (palette), deflate, no filter choice, no interlace
      const out = new Uint8Array(8 + 25 + (12 + plte.length) + (12 + idat.length) + 12);
      out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      let at = chunk(out, 8, 'IHDR', ihdr);
      at = chunk(out, at, 'PLTE', plte);
      at = chunk(out, at, 'IDAT', idat);
      chunk(out, at, 'IEND', new Uint8Array(0));
      return out;
    },
  };
}
