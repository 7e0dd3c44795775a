// Build-time rendering of the social images: satori lays the card out with only the Noto Sans SC
// subsets (from @fontsource, so no system font is needed) that its text uses, and resvg (WebAssembly,
// no platform binary) turns the SVG into a PNG.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { parseSubsets, subsetsFor, type Subset } from '../site/font-subsets.ts';
import { type CardNode, treeText } from '../site/social-card.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-sc/400.css'));
const WEIGHTS = [400, 700] as const;

let ready: Promise<Map<number, Subset[]>> | null = null;
const files = new Map<string, Promise<Buffer>>();

function setup(): Promise<Map<number, Subset[]>> {
  ready ??= (async () => {
    await initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const css = await Promise.all(WEIGHTS.map((w) => readFile(join(FONT_DIR, `${w}.css`), 'utf8')));
    return new Map(WEIGHTS.map((w, i) => [w, parseSubsets(css[i]!)]));
  })();
  return ready;
}

/** "./files/noto-sans-sc-88-700-normal.woff" → "sc-88", the family of one subset at every weight. */
const familyOf = (file: string) => `sc-${/-(\d+)-\d+-normal\.woff$/.exec(file)?.[1] ?? file}`;

const font = (file: string) => {
  const path = join(FONT_DIR, file);
  if (!files.has(path)) files.set(path, readFile(path));
  return files.get(path)!;
};

/** A PNG of the card tree, 1200×630 by default. */
export async function renderPng(tree: CardNode, width = 1200): Promise<Uint8Array<ArrayBuffer>> {
  const subsets = await setup();
  const text = treeText(tree);
  // Satori takes the first font of a family that matches the weight, glyph or not: so each subset is a
  // family of its own, and the tree's font-family lists them all, in which order does not matter.
  const fonts = await Promise.all(
    WEIGHTS.flatMap((weight) =>
      subsetsFor(subsets.get(weight)!, text).map(async (file) => ({
        name: familyOf(file),
        weight,
        style: 'normal' as const,
        data: await font(file),
      })),
    ),
  );
  const family = [...new Set(fonts.map((f) => f.name))].join(', ');
  const svg = await satori(
    { type: 'div', props: { style: { display: 'flex', fontFamily: family }, children: [tree] } } as Parameters<typeof satori>[0],
    {
      width,
      height: Math.round((width * 630) / 1200),
      fonts,
    },
  );
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng());
}

/** A PNG of an SVG drawn without text (the favicon). */
export async function svgToPng(svg: string, size: number): Promise<Uint8Array<ArrayBuffer>> {
  await setup();
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}
