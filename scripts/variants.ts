// Variants of a report as real files come: other encodings, PDF-extraction artefacts, other surface
// forms and title layouts, each with the text a correct decoder yields. makeVariant(text, ['gbk', 'wrap'], seed).
// CLI: node scripts/variants.ts OUTDIR writes every variant of every shipped report, for reading.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decode } from '../src/lib/decode.ts';
import * as step from './variant-steps.ts';
import type { Rng } from './variant-steps.ts';

/** mulberry32: a tiny seeded generator, so a variant is reproducible from its seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the parts: a fixed seed per report and variant. */
export function seedOf(...parts: string[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/**
 * Steps run in phase order whatever order they are given in: wording before numbers are rewritten,
 * numbers before they go full-width, layout (which breaks numbers apart) after all of them, line ends last.
 */
interface Transform {
  phase: number;
  apply: (text: string, rng: Rng) => string;
}

const TRANSFORMS: Record<string, Transform> = {
  'title-year-swap': { phase: 0, apply: step.titleYearSwap },
  'title-nian-swap': { phase: 0, apply: step.titleNianSwap },
  'title-annex': { phase: 0, apply: step.titleAnnex },
  'title-wrap': { phase: 0, apply: step.titleWrap },
  'paren-fullwidth': { phase: 0, apply: step.parenFullWidth },
  'paren-ascii': { phase: 0, apply: step.parenAscii },
  'cn-dot': { phase: 0, apply: step.cnDot },
  'arabic-comma': { phase: 0, apply: step.arabicComma },
  'arabic-dot': { phase: 0, apply: step.arabicDot },
  circled: { phase: 0, apply: step.circled },
  yuan: { phase: 1, apply: step.toYuan(true) },
  'yuan-plain': { phase: 1, apply: step.toYuan(false) },
  yi: { phase: 1, apply: step.toYi },
  'separators-off': { phase: 1, apply: step.separatorsOff },
  'separators-on': { phase: 1, apply: step.separatorsOn },
  'markdown-headings': { phase: 2, apply: step.markdownHeadings },
  'markdown-bold': { phase: 2, apply: step.markdownBold },
  fullwidth: { phase: 3, apply: step.fullWidth },
  cover: { phase: 4, apply: step.cover },
  wrap: { phase: 5, apply: step.wrap(false) },
  'wrap-blank': { phase: 5, apply: step.wrap(true) },
  ...Object.fromEntries(Object.entries(step.FOOTER_STYLES).map(([style, f]) => [`footer-${style}`, { phase: 5, apply: step.footers(f) }])),
  flatten: { phase: 5, apply: step.flatten },
  crlf: { phase: 6, apply: step.crlf },
};

interface Encoding {
  encode: (text: string) => Uint8Array;
  /** What a decoder that knows the encoding yields, byte-order mark removed. */
  decode: (bytes: Uint8Array) => string;
}

const withBom = (bom: number[], body: Uint8Array): Uint8Array => new Uint8Array([...bom, ...body]);
const utf16be = (text: string): Uint8Array => Buffer.from(text, 'utf16le').swap16();

const ENCODINGS: Record<string, Encoding> = {
  'utf8-bom': { encode: (t) => withBom([0xef, 0xbb, 0xbf], Buffer.from(t, 'utf8')), decode: (b) => new TextDecoder('utf-8').decode(b) },
  gb18030: { encode: (t) => iconv.encode(t, 'gb18030'), decode: (b) => iconv.decode(Buffer.from(b), 'gb18030') },
  gbk: { encode: (t) => iconv.encode(t, 'gbk'), decode: (b) => iconv.decode(Buffer.from(b), 'gbk') },
  'utf16le-bom': { encode: (t) => withBom([0xff, 0xfe], Buffer.from(t, 'utf16le')), decode: (b) => new TextDecoder('utf-16le').decode(b) },
  'utf16be-bom': { encode: (t) => withBom([0xfe, 0xff], utf16be(t)), decode: (b) => new TextDecoder('utf-16be').decode(b) },
};
const UTF8: Encoding = { encode: (t) => Buffer.from(t, 'utf8'), decode: (b) => new TextDecoder('utf-8').decode(b) };

export const TRANSFORM_IDS: readonly string[] = Object.keys(TRANSFORMS);
export const ENCODING_IDS: readonly string[] = Object.keys(ENCODINGS);
/** Every step, each tried alone. */
export const STEP_IDS: readonly string[] = [...ENCODING_IDS, ...TRANSFORM_IDS];

/** Mixes tried on every report besides the single steps. */
export const COMBINATIONS: readonly (readonly string[])[] = [
  ['gbk', 'crlf', 'wrap', 'footer-dash'],
  ['fullwidth', 'yuan', 'markdown-headings', 'markdown-bold'],
  ['flatten', 'cover'],
  ['utf16le-bom', 'title-year-swap'],
  ['utf8-bom', 'crlf', 'wrap-blank', 'footer-page-of'],
  ['gb18030', 'yi', 'separators-off', 'paren-ascii'],
  ['utf16be-bom', 'cover', 'markdown-headings', 'title-nian-swap'],
  ['wrap', 'footer-bare', 'fullwidth', 'circled'],
];

/**
 * Groups of steps of which a variant takes one at most: a file has one encoding; no extractor wraps
 * lines twice or wraps a flattened report; and a page number run into flattened text ("情况3 / 122022年")
 * cannot be told from the text, so no extractor could be asked to.
 */
export const ONE_OF: readonly (readonly string[])[] = [
  ENCODING_IDS,
  ['wrap', 'wrap-blank', 'flatten'],
  ['flatten', 'footer-bare'],
  ['flatten', 'footer-slash'],
];

export const compatible = (steps: readonly string[]): boolean =>
  ONE_OF.every((group) => steps.filter((s) => group.includes(s)).length <= 1);

/** The steps in the order they run, encoding first; unknown ids and incompatible steps are a caller's mistake. */
export function canonical(steps: readonly string[]): string[] {
  const unknown = steps.filter((s) => !(s in TRANSFORMS) && !(s in ENCODINGS));
  if (unknown.length) throw new Error(`unknown variant steps: ${unknown.join(', ')}`);
  if (!compatible(steps)) throw new Error(`incompatible variant steps: ${steps.join(', ')}`);
  const encodings = steps.filter((s) => s in ENCODINGS);
  const texts = steps.filter((s) => s in TRANSFORMS).sort((a, b) => TRANSFORMS[a]!.phase - TRANSFORMS[b]!.phase);
  return [...encodings, ...texts];
}

export const variantId = (steps: readonly string[]): string => canonical(steps).join('+') || 'original';

export interface Variant {
  id: string;
  steps: readonly string[];
  /** The file as it would arrive. */
  bytes: Uint8Array;
  /** Its decoded text: what every fact's offsets must index. */
  text: string;
}

export function makeVariant(source: string, steps: readonly string[], seed: number): Variant {
  const ordered = canonical(steps);
  const rng = mulberry32(seed);
  let text = source;
  let encoding = UTF8;
  for (const id of ordered) {
    if (id in ENCODINGS) encoding = ENCODINGS[id]!;
    else text = TRANSFORMS[id]!.apply(text, rng);
  }
  const bytes = encoding.encode(text);
  return { id: ordered.join('+') || 'original', steps: ordered, bytes, text: encoding.decode(bytes) };
}

/** Every single step and every combination of one report, seeded by report and variant. */
export function allVariants(name: string, source: string): Variant[] {
  return [...STEP_IDS.map((s) => [s]), ...COMBINATIONS].map((steps) => makeVariant(source, steps, seedOf(name, variantId(steps))));
}

if (import.meta.main) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/variants.ts OUTDIR');
    process.exit(2);
  }
  const dir = new URL('../content/reports/', import.meta.url);
  let written = 0;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = file.slice(0, -'.txt'.length);
    mkdirSync(join(out, name), { recursive: true });
    for (const v of allVariants(name, decode(readFileSync(new URL(file, dir))).text)) {
      writeFileSync(join(out, name, `${v.id}.txt`), v.bytes);
      written++;
    }
  }
  console.log(`${written} variants in ${out}`);
}
