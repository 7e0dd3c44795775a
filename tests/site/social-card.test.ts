import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { parseSubsets, subsetOf, subsetsFor } from '../../src/site/font-subsets.ts';
import { FAVICON_SVG } from '../../src/site/favicon.ts';
import { pngToIco } from '../../src/site/ico.ts';
import {
  ASCENT,
  CARD_HEIGHT,
  CARD_WIDTH,
  type CardContent,
  type CardLayout,
  type CardOp,
  COLOURS,
  cardContent,
  cardLayout,
  cardText,
  DESCENT,
  fitText,
  type Measure,
  SITE_CARD,
  wrap,
} from '../../src/site/social-card.ts';
import { advance, clusters, fontFamilies, measure } from '../../src/social/glyphs.ts';
import { blendPalette, indexedImage } from '../../src/social/indexed-png.ts';
import { composeCard, layCard, renderCard, svgToPng } from '../../src/social/render.ts';
import { record, reportNames } from '../helpers/reports.ts';

const css = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/700.css'), 'utf8');

// A stand-in for a font: a Han character or Chinese punctuation is one em wide, anything else half.
const fake: Measure = (text, size) => [...text].reduce((w, ch) => w + (/[\p{Script=Han}（），、：]/u.test(ch) ? size : size / 2), 0);

const LONG: CardContent = {
  title: `${'新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县'.repeat(3)} 2023`,
  subtitle: `${'察布查尔锡伯自治县 · 农业农村综合服务中心'.repeat(6)} · 部门整体支出绩效自评`,
  figures: [
    { label: '预算数', value: '1,234,567,890,123,456,789,012.123456 万元', note: '推算' },
    { label: '支出数（由各项支出相加的推算值，说明很长很长很长很长）', value: '未说明' },
    { label: '执行率', value: '96.123456%' },
    { label: '自评得分', value: `93.6 分 · ${'优秀（区级复核后调整为良好等级，详见报告）'.repeat(4)}`, note: '等级推算' },
  ],
  footer: '镇街绩效自评报告 · 数字均链接报告原文',
};

// Latin text as the shaper treats it: kerned pairs (AV, "T,"), ligatures (ffi, fl), a combining accent;
// and a character no subset covers (U+20000, drawn as Noto's empty box).
const LATIN: CardContent = {
  title: 'Office of Wi-Fi AVATAR 2023 \u{20000}镇',
  subtitle: 'Traffic · fluffy · re\u0301sume\u0301 · 12/25 · T, V. Yo',
  figures: [
    { label: 'Budget', value: '1/2 ff fi fl', note: 'effort' },
    { label: 'Spent', value: '66,446.66 万元' },
    { label: 'Rate', value: '96.12%' },
    { label: 'Score', value: '93.6 分 · 优' },
  ],
  footer: 'Budget performance self-evaluation reports',
};

/** Each text op's width, and the room it has: the card's inner width, or its box's. */
function overflows(layout: CardLayout, measure: Measure): string[] {
  const boxes = layout.ops.flatMap((op) => (op.kind === 'box' ? [op] : []));
  const problems: string[] = [];
  for (const op of layout.ops) {
    if (op.kind !== 'text') continue;
    const box = boxes.find((b) => op.x > b.x && op.x < b.x + b.width && op.y > b.y && op.y < b.y + b.height);
    const [left, right, top, bottom] = box ? [box.x, box.x + box.width, box.y, box.y + box.height] : [0, layout.width, 0, layout.height];
    const width = measure(op.text, op.size, op.weight);
    if (op.x < left || op.x + width > right - (box ? 24 : 60)) problems.push(`too wide: ${op.text}`);
    if (op.y - ASCENT * op.size < top || op.y + DESCENT * op.size > bottom) problems.push(`outside vertically: ${op.text}`);
  }
  for (const b of boxes) if (b.y + b.height > layout.height) problems.push('a box below the card');
  return problems;
}

/** The PNG's pixels as the canvas decodes it. */
async function pixels(png: Uint8Array): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await loadImage(Buffer.from(png));
  const ctx = createCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

const hex = (data: Uint8ClampedArray, i: number) => `#${[0, 1, 2].map((c) => data[i * 4 + c]!.toString(16).padStart(2, '0')).join('')}`;

describe('cardContent', () => {
  it('shows the headline figures as the page does: unstated as 未说明, derived marked', () => {
    const c = cardContent(record('003_70a4941c04d84bdd'));
    expect(c.title).toBe('吕田镇 2023');
    expect(c.figures).toEqual([
      { label: '预算数', value: '未说明', note: undefined },
      { label: '支出数', value: '11,799.02 万元', note: '推算' },
      { label: '执行率', value: '未说明', note: undefined },
      { label: '自评得分', value: '97.82 分 · 优', note: '等级推算' },
    ]);
  });

  it('collects every character the card can draw, the ellipsis of a cut line included', () => {
    const c = cardContent(record('000_6506d5458f2bf397'));
    const text = cardText(c);
    for (const part of [c.title, c.subtitle, c.footer, ...c.figures.flatMap((f) => [f.label, f.value, f.note ?? ''])])
      expect(text).toContain(part);
    expect(text).toContain('（');
    expect(text).toContain('…');
  });
});

describe('wrap and fitText', () => {
  it('breaks between Han characters, keeps numbers whole and punctuation with its neighbour', () => {
    const lines = wrap('93.6 分 · 优秀（区级复核后调整为良好等级，详见报告） 1,234,567.89 万元', 300, (s) => fake(s, 30, 400));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(fake(line, 30, 400)).toBeLessThanOrEqual(300);
      expect(line).toBe(line.trim());
      expect(line).not.toMatch(/^[，）]/);
      expect(line).not.toMatch(/（$/);
    }
    expect(lines.some((l) => l.includes('1,234,567.89'))).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe('93.6分·优秀（区级复核后调整为良好等级，详见报告）1,234,567.89万元');
  });

  it('breaks a token wider than the line between its characters', () => {
    const lines = wrap('1234567890'.repeat(4), 100, (s) => fake(s, 20, 400));
    expect(lines.join('')).toBe('1234567890'.repeat(4));
    expect(lines.every((l) => fake(l, 20, 400) <= 100)).toBe(true);
  });

  const style = { size: 68, min: 44, lines: 2, weight: 700 as const, color: '#000' };
  it('keeps a text that fits at its size, shrinks one that does not, and wraps only below the smallest size', () => {
    expect(fitText('太和镇 2022', 1080, style, fake)).toMatchObject({ size: 68, lines: ['太和镇 2022'] });
    const shrunk = fitText('一'.repeat(20), 1080, style, fake);
    expect(shrunk.lines).toHaveLength(1);
    expect(shrunk.size).toBeLessThan(68);
    expect(shrunk.size).toBeGreaterThanOrEqual(44);
    expect(fake(shrunk.lines[0]!, shrunk.size, 700)).toBeLessThanOrEqual(1080);
    const wrapped = fitText('一'.repeat(30), 1080, style, fake);
    expect(wrapped).toMatchObject({ size: 44, lines: ['一'.repeat(24), '一'.repeat(6)] });
    expect(wrapped.height).toBeLessThan(2 * (ASCENT + DESCENT) * 44);
  });

  it('cuts what is left after the last line with an ellipsis that fits', () => {
    const cut = fitText('一'.repeat(100), 1080, style, fake);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1]!.endsWith('…')).toBe(true);
    expect(fake(cut.lines[1]!, 44, 700)).toBeLessThanOrEqual(1080);
  });
});

describe('cardLayout', () => {
  it('places the title, subtitle, a box per figure and the footer inside the card', () => {
    const layout = cardLayout(cardContent(record('000_6506d5458f2bf397')), fake);
    const texts = layout.ops.flatMap((op) => (op.kind === 'text' ? [op] : []));
    expect(texts[0]).toMatchObject({ text: '太和镇 2022', size: 68, weight: 700, color: COLOURS.title, x: 60 });
    expect(texts.at(-1)).toMatchObject({ text: '镇街绩效自评报告 · 数字均链接报告原文', size: 24 });
    const boxes = layout.ops.filter((op) => op.kind === 'box');
    expect(boxes).toHaveLength(4);
    expect(overflows(layout, fake)).toEqual([]);
  });

  it('keeps every text of a card with very long names inside its place', () => {
    const layout = cardLayout(LONG, fake);
    expect(overflows(layout, fake)).toEqual([]);
    expect(layout.ops.some((op) => op.kind === 'text' && op.text.endsWith('…'))).toBe(true);
  });
});

describe('indexedImage', () => {
  const palette = blendPalette([COLOURS.value], [COLOURS.page, COLOURS.box]);
  const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  /** The colour of ink over surface at a coverage, channel by channel. */
  const blend = (ink: string, surface: string, c: number) => {
    const [i, s] = [channels(ink), channels(surface)];
    return s.map((v, k) => v + ((i[k]! - v) * c) / 255);
  };
  const offBy = (data: Uint8ClampedArray, p: number, expected: number[]) =>
    Math.max(...expected.map((v, k) => Math.abs(data[p * 4 + k]! - v)));

  it('inks every coverage as the blend of ink over surface, within a few levels of each channel', async () => {
    const image = indexedImage(palette, 256, 2);
    image.fill(0, 0, 256, 1, COLOURS.box);
    image.fill(0, 1, 256, 1, COLOURS.page);
    const ramp = { width: 256, height: 1, coverage: Uint8Array.from({ length: 256 }, (_, c) => c) };
    image.ink(0, 0, ramp, COLOURS.value, COLOURS.box);
    image.ink(0, 1, ramp, COLOURS.value, COLOURS.page);
    const png = image.png();
    expect(png[25]).toBe(3); // IHDR colour type: palette
    const { data } = await pixels(png);
    let worst = 0;
    for (let c = 0; c < 256; c++) {
      worst = Math.max(
        worst,
        offBy(data, c, blend(COLOURS.value, COLOURS.box, c)),
        offBy(data, 256 + c, blend(COLOURS.value, COLOURS.page, c)),
      );
    }
    expect(worst).toBeLessThanOrEqual(4);
    expect([hex(data, 0), hex(data, 255), hex(data, 256)]).toEqual([COLOURS.box, COLOURS.value, COLOURS.page]);
  });

  it('adds up coverage where two glyphs overlap, as Skia draws one over the other, and clips a glyph to the image', async () => {
    const image = indexedImage(palette, 4, 1);
    image.fill(0, 0, 4, 1, COLOURS.box);
    image.ink(-1, 0, { width: 3, height: 1, coverage: new Uint8Array([255, 200, 40]) }, COLOURS.value, COLOURS.box);
    image.ink(0, 0, { width: 5, height: 1, coverage: new Uint8Array([100, 100, 0, 0, 255]) }, COLOURS.value, COLOURS.box);
    const { data } = await pixels(image.png());
    const over = (a: number, b: number) => a + ((255 - a) * b) / 255;
    const expected = [over(200, 100), over(40, 100), 0, 0].map((c) => blend(COLOURS.value, COLOURS.box, c));
    // Within a palette step: the coverage a pixel held is known to the step its entry stands for.
    const off = expected.map((e, p) => offBy(data, p, e));
    expect(
      off.every((levels) => levels <= 8),
      `${off}`,
    ).toBe(true);
  });

  it('pastes antialiased text drawn by Skia as the nearest palette colours, within a few levels of each channel', async () => {
    const ctx = createCanvas(300, 80).getContext('2d', { alpha: false });
    ctx.fillStyle = COLOURS.page;
    ctx.fillRect(0, 0, 300, 80);
    ctx.fillStyle = COLOURS.box;
    ctx.fillRect(150, 0, 150, 80);
    ctx.font = `700 40px ${fontFamilies('预算数 66,446.66')}`;
    ctx.fillStyle = COLOURS.value;
    ctx.fillText('预算数 66,446.66', 4, 50);
    const drawn = ctx.getImageData(0, 0, 300, 80).data;
    const image = indexedImage(palette, 300, 80);
    image.paste(0, 0, 300, 80, image.indices(drawn));
    const decoded = await pixels(image.png());
    expect([decoded.width, decoded.height]).toEqual([300, 80]);
    let worst = 0;
    let blends = 0;
    for (let i = 0; i < drawn.length; i++) if (i % 4 !== 3) worst = Math.max(worst, Math.abs(drawn[i]! - decoded.data[i]!));
    for (let i = 0; i < 300 * 80; i++) if (![COLOURS.page, COLOURS.box, COLOURS.value].includes(hex(drawn, i) as never)) blends++;
    expect(blends).toBeGreaterThan(100);
    expect(worst).toBeLessThanOrEqual(4);
  });

  it('fills rectangles with a palette colour, clipped to the image, and pastes indices over them', async () => {
    const image = indexedImage(palette, 40, 20);
    image.fill(-5, -5, 100, 100, COLOURS.page);
    image.fill(30, 10, 20, 20, COLOURS.value);
    image.paste(0, 0, 2, 1, image.indices(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x1f, 0x23, 0x28, 0xff])));
    const { data } = await pixels(image.png());
    expect([hex(data, 0), hex(data, 1), hex(data, 2), hex(data, 39), hex(data, 19 * 40 + 39)]).toEqual([
      COLOURS.box,
      COLOURS.value,
      COLOURS.page,
      COLOURS.page,
      COLOURS.value,
    ]);
    expect(() => image.fill(0, 0, 1, 1, '#ff0000')).toThrow(/palette/);
    expect(() => image.paste(39, 0, 2, 1, new Uint8Array(2))).toThrow(/outside/);
  });

  it('refuses a palette a byte cannot index', () => {
    expect(() =>
      indexedImage(
        Array.from({ length: 257 }, (_, i) => i),
        1,
        1,
      ),
    ).toThrow(/257/);
  });
});

/** The layout drawn by Skia on one whole canvas, each line with one fillText: what the atlas must look like. */
function skiaCard(layout: CardLayout): Uint8ClampedArray {
  const ctx = createCanvas(layout.width, layout.height).getContext('2d', { alpha: false });
  ctx.lang = 'zh-CN';
  const families = fontFamilies(layout.ops.map((op) => (op.kind === 'text' ? op.text : '')).join(''));
  ctx.fillStyle = layout.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  for (const op of layout.ops) {
    if (op.kind === 'box') {
      const half = op.lineWidth / 2;
      ctx.beginPath();
      ctx.roundRect(op.x + half, op.y + half, op.width - op.lineWidth, op.height - op.lineWidth, op.radius - half);
      ctx.fillStyle = op.fill;
      ctx.fill();
      ctx.lineWidth = op.lineWidth;
      ctx.strokeStyle = op.stroke;
      ctx.stroke();
    } else {
      ctx.font = `${op.weight} ${op.size}px ${families}`;
      ctx.fillStyle = op.color;
      ctx.fillText(op.text, op.x, op.y);
    }
  }
  return ctx.getImageData(0, 0, layout.width, layout.height).data;
}

// How close the atlas's card must be to Skia's: one palette step is up to 8 levels of a channel (the
// darkest ink over white, in 32 steps), so a pixel off by more is a glyph or edge out of place. Measured
// on the cards below: a mean of 0.03-0.07 and no pixel off by more than 4 levels; a card whose text sits
// a quarter pixel off has 2% of its pixels off by more than 8 levels, one line 2 px off 0.6%.
const LEVELS = 8;
const MEAN = 0.15;
const OVER = 1e-4;

/** The mean difference of a channel, and the share of pixels off by more than LEVELS in some channel. */
function difference(a: Uint8ClampedArray, b: Uint8ClampedArray): { mean: number; over: number } {
  let sum = 0;
  let over = 0;
  for (let p = 0; p < a.length; p += 4) {
    let most = 0;
    for (let k = p; k < p + 3; k++) {
      const d = Math.abs(a[k]! - b[k]!);
      sum += d;
      most = Math.max(most, d);
    }
    if (most > LEVELS) over++;
  }
  return { mean: sum / ((a.length / 4) * 3), over: over / (a.length / 4) };
}

const within = (d: { mean: number; over: number }) => d.mean <= MEAN && d.over <= OVER;

describe('renderCard', () => {
  const shipped = reportNames.map((n) => cardContent(record(n)));

  it('draws a 1200×630 palette PNG with the title, every figure and the footer in their colours', async () => {
    const png = renderCard(shipped[0]!);
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const { width, height, data } = await pixels(png);
    expect([width, height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    // Near each text's baseline, some pixels are of its own colour (exactly, as the palette holds it).
    for (const op of layCard(shipped[0]!).ops) {
      if (op.kind !== 'text') continue;
      let inked = 0;
      for (let y = Math.round(op.y - op.size * 0.8); y < op.y; y++)
        for (let x = op.x; x < op.x + op.size * 2; x++) if (hex(data, y * width + x) === op.color) inked++;
      expect(inked, op.text).toBeGreaterThan(10);
    }
  });

  it('composes from the atlas what Skia draws of the same layout on a whole canvas, within the palette’s steps', async () => {
    for (const c of [...shipped, SITE_CARD, LONG, LATIN]) {
      const layout = layCard(c);
      const d = difference(skiaCard(layout), (await pixels(renderCard(c))).data);
      expect(within(d), `${c.title}: ${JSON.stringify(d)}`).toBe(true);
    }
  });

  it('tells a card whose text or box is out of place from Skia’s', async () => {
    const layout = layCard(SITE_CARD);
    const drawn = skiaCard(layout);
    const footer = layout.ops.length - 1;
    const moves: ((op: CardOp, i: number) => CardOp)[] = [
      (op) => (op.kind === 'text' ? { ...op, x: op.x + 2 } : op),
      (op) => (op.kind === 'text' ? { ...op, x: op.x + 0.25 } : op),
      (op, i) => (i === footer ? { ...op, x: op.x + 2 } : op),
      (op) => (op.kind === 'text' ? { ...op, y: op.y + 1 } : op),
      (op) => (op.kind === 'box' ? { ...op, y: op.y + 1 } : op),
    ];
    for (const move of moves) {
      const moved = composeCard({ ...layout, ops: layout.ops.map(move) }).png();
      const d = difference(drawn, (await pixels(moved)).data);
      expect(within(d), `${move}: ${JSON.stringify(d)}`).toBe(false);
    }
  });

  it('draws a card to the same bytes first in a process as after other cards', () => {
    const card = shipped[2]!;
    for (const c of [LONG, SITE_CARD, ...shipped]) renderCard(c);
    const after = Buffer.from(renderCard(card)).toString('base64');
    const render = new URL('../../src/social/render.ts', import.meta.url).href;
    const script = `import { renderCard } from ${JSON.stringify(render)};
      process.stdout.write(Buffer.from(renderCard(${JSON.stringify(card)})).toString('base64'));`;
    const first = execFileSync(process.execPath, ['--input-type=module', '--eval', script], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(first).toBe(after);
  });

  it('measures each line as Skia shapes it, kerning and ligatures included', () => {
    expect(clusters('office re\u0301sume\u0301 镇')).toEqual([
      'o',
      'ffi',
      'c',
      'e',
      ' ',
      'r',
      'e\u0301',
      's',
      'u',
      'm',
      'e\u0301',
      ' ',
      '镇',
    ]);
    const ctx = createCanvas(10, 10).getContext('2d');
    for (const c of [...shipped, SITE_CARD, LONG, LATIN]) {
      for (const op of layCard(c).ops) {
        if (op.kind !== 'text') continue;
        ctx.font = `${op.weight} ${op.size}px ${fontFamilies(op.text)}`;
        expect(op.width, op.text).toBeCloseTo(ctx.measureText(op.text).width, 2);
      }
    }
    // A kerned pair draws closer than its advances: "JSON · CSV".
    const unkerned = [...'JSON · CSV'].reduce((w, ch) => w + advance(ch, 700, 44), 0);
    expect(measure('JSON · CSV', 44, 700)).toBeLessThan(unkerned - 1);
  });

  it('lays a card with very long names out within the card at the font’s real widths', () => {
    const layout = layCard(LONG);
    const ctx = createCanvas(10, 10).getContext('2d');
    const real: Measure = (text, size, weight) => {
      ctx.font = `${weight} ${size}px ${fontFamilies(text)}`;
      return ctx.measureText(text).width;
    };
    expect(overflows(layout, real)).toEqual([]);
  });

  it('draws every character of the shipped cards from a registered subset, not a fallback font', () => {
    const text = [...shipped.map(cardText), cardText(SITE_CARD)].join('');
    const subsets = parseSubsets(css);
    const ctx = createCanvas(64, 64).getContext('2d', { alpha: false });
    const glyph = (ch: string, family: string) => {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 64, 64);
      ctx.fillStyle = '#000';
      ctx.font = `700 40px ${family}`;
      ctx.fillText(ch, 8, 48);
      return ctx.getImageData(0, 0, 64, 64).data.join();
    };
    // A family without the character draws it as Skia's fallback does (a system font, or a box): a
    // family that has it draws something else.
    const lacking = (ch: string) => fontFamilies(subsetOf(subsets, ch) === subsetOf(subsets, 'A') ? '太' : 'A');
    const fromFamily = (ch: string, family: string) => family !== '' && glyph(ch, family) !== glyph(ch, lacking(ch));
    expect(fromFamily('太', fontFamilies('A'))).toBe(false);
    expect(fromFamily('太', fontFamilies('太'))).toBe(true);
    const outside = '\uE000';
    expect(subsetOf(subsets, outside)).toBeUndefined();
    expect(fromFamily(outside, fontFamilies(outside))).toBe(false);
    const missing = [...new Set(text)].filter((ch) => ch.trim() && !fromFamily(ch, fontFamilies(ch)));
    expect(missing).toEqual([]);
  });

  it('uses the ascent and descent of the font it draws with', () => {
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = `400 100px ${fontFamilies('预算')}`;
    const m = ctx.measureText('预算');
    expect(m.fontBoundingBoxAscent / 100).toBeCloseTo(ASCENT, 2);
    expect(m.fontBoundingBoxDescent / 100).toBeCloseTo(DESCENT, 2);
  });
});

describe('font subsets', () => {
  const subsets = parseSubsets(css);

  it('reads every WOFF file and its unicode ranges from the @fontsource CSS', () => {
    expect(subsets.length).toBe((css.match(/@font-face/g) ?? []).length);
    expect(subsets.every((s) => s.file.endsWith('.woff') && s.ranges.length > 0)).toBe(true);
  });

  it('picks the few files that cover a card, each covering one of its characters', () => {
    const text = cardText(cardContent(record('000_6506d5458f2bf397')));
    const files = subsetsFor(subsets, text);
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThan(subsets.length / 2);
    for (const ch of new Set(text)) {
      const covering = subsetOf(subsets, ch);
      if (covering) expect(files).toContain(covering.file);
    }
    expect(files).toContain(subsetOf(subsets, ' ')!.file);
    expect(subsetsFor(subsets, '')).toEqual([]);
  });
});

describe('favicon', () => {
  it('draws the SVG at 32×32: transparent corners, the blue tile, the yellow bar', async () => {
    const { width, height, data } = await pixels(await svgToPng(FAVICON_SVG, 32));
    expect([width, height]).toEqual([32, 32]);
    expect(data[3]).toBe(0);
    expect(hex(data, 3 * 32 + 3)).toBe('#0b5cad');
    expect(hex(data, 20 * 32 + 23)).toBe('#ffd43b');
  });

  it('wraps a PNG in a one-image ICO header', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const ico = pngToIco(png, 32);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(view.getUint32(14, true)).toBe(png.length);
    expect(view.getUint32(18, true)).toBe(22);
    expect([...ico.slice(22)]).toEqual([...png]);
  });
});
