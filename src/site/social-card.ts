// What a report's social image (1200×630, og:image) says, and where each part goes: unit and year,
// district, and the headline figures as the page shows them (未说明 when not stated, 推算 when derived).
// The layout is pure: given how wide a text is at a size, it places boxes and lines of text, shrinking
// or wrapping what does not fit. cardContent(taihe).figures[0] → { label: '预算数', value: '66,446.66 万元' }
import type { Fact, GradeFact, ReportSummary } from '../lib/schema.ts';
import { formatFact } from './format.ts';
import { displayName } from './report-rows.ts';

export interface CardContent {
  title: string;
  subtitle: string;
  figures: { label: string; value: string; note?: string }[];
  footer: string;
}

export const SITE_CARD: CardContent = {
  title: '镇街绩效自评报告',
  subtitle: '广州市镇、街道部门整体支出绩效自评报告',
  figures: [
    { label: '阅读', value: '每个数字链接原文' },
    { label: '对比', value: '预算、执行率、得分' },
    { label: '开放数据', value: 'JSON · CSV' },
  ],
  footer: 'Budget performance self-evaluation reports',
};

const figure = (label: string, fact: Fact | GradeFact | null) => ({
  label,
  value: formatFact(fact),
  note: fact?.derived ? '推算' : undefined,
});

export function cardContent(report: ReportSummary): CardContent {
  const score = report.score ? `${formatFact(report.score)}${report.grade ? ` · ${report.grade.value}` : ''}` : formatFact(null);
  return {
    title: `${displayName(report)} ${report.year ?? ''}`.trim(),
    subtitle: [report.district, report.entity, '部门整体支出绩效自评'].filter(Boolean).join(' · '),
    figures: [
      figure('预算数', report.budget),
      figure('支出数', report.spent),
      figure('执行率', report.executionRate),
      { label: '自评得分', value: score, note: report.score?.derived || report.grade?.derived ? '等级推算' : undefined },
    ],
    footer: '镇街绩效自评报告 · 数字均链接报告原文',
  };
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export const COLOURS = {
  page: '#f6f8fa',
  box: '#ffffff',
  border: '#d0d7de',
  title: '#0b5cad',
  muted: '#59636e',
  value: '#1f2328',
} as const;

/** Noto Sans SC's ascent and descent (hhea, per em): a line of one em-size font is 1.448 em tall, as CSS draws it. */
export const ASCENT = 1.16;
export const DESCENT = 0.288;
/** Lines of a wrapped text sit closer than a single line's box, so two fit where one was planned. */
const WRAPPED = 1.25;
export const ELLIPSIS = '…';

export type Weight = 400 | 700;
/** The width of a text drawn at a size (px) and weight. */
export type Measure = (text: string, size: number, weight: Weight) => number;

export type CardOp =
  | { kind: 'box'; x: number; y: number; width: number; height: number; radius: number; fill: string; stroke: string; lineWidth: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight: Weight; color: string; width: number };

export interface CardLayout {
  width: number;
  height: number;
  background: string;
  ops: CardOp[];
}

interface TextStyle {
  size: number;
  /** The smallest size a text shrinks to before it wraps. */
  min: number;
  lines: number;
  weight: Weight;
  color: string;
}

/** Every character a card can draw, to choose the font subsets. */
export const cardText = (c: CardContent): string =>
  [c.title, c.subtitle, ...c.figures.flatMap((f) => [f.label, f.note ? `（${f.note}）` : '', f.value]), c.footer, ELLIPSIS].join('');

// Where a line may break: between two Han characters and at spaces; a run of digits, Latin letters and
// signs ("66,446.66", "JSON") stays whole unless it is wider than the line, and Chinese punctuation stays
// with the character it follows (a comma, a closing bracket) or precedes (an opening bracket).
const OPEN = '（【《「『“‘';
const CLOSE = '）】》」』”’，。、；：！？…';
const TOKENS = new RegExp(`\\s+|[${OPEN}]*(?:[^\\s\\p{Script=Han}${OPEN}${CLOSE}]+|.)[${CLOSE}]*`, 'gu');

/** The text broken into lines no wider than width (greedy), each line trimmed. */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of text.match(TOKENS) ?? []) {
    if (measure((line + token).trimStart()) <= width) line += token;
    else if (measure(token.trim()) <= width) {
      push();
      line = token.trimStart();
    } else {
      // A token wider than a line (a very long number) breaks between characters.
      for (const ch of token) {
        if (measure(line + ch) > width) push();
        line += ch;
      }
    }
  }
  push();
  return lines;
}

/** The last line shortened to end in … within width. */
function ellipsize(line: string, width: number, measure: (s: string) => number): string {
  const chars = [...line];
  while (chars.length && measure(`${chars.join('').trimEnd()}${ELLIPSIS}`) > width) chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}

export interface Fitted {
  size: number;
  lines: string[];
  /** Distance between baselines, and the height of the block. */
  lineHeight: number;
  height: number;
}

/** A text at the largest size (down to style.min) at which it fits on one line; else wrapped at style.min into style.lines lines, the last cut with … if more is left. */
export function fitText(text: string, width: number, style: TextStyle, measure: Measure): Fitted {
  const at = (size: number) => (s: string) => measure(s, size, style.weight);
  const full = at(style.size)(text);
  // Widths scale with the size, so one measure gives the size to try; hinting may need a step down.
  let size = full <= width ? style.size : Math.max(style.min, Math.floor((style.size * width) / full));
  while (size > style.min && at(size)(text) > width) size--;
  if (at(size)(text) <= width) return { size, lines: [text], lineHeight: (ASCENT + DESCENT) * size, height: (ASCENT + DESCENT) * size };
  const lines = wrap(text, width, at(size));
  const kept = lines.slice(0, style.lines);
  if (lines.length > style.lines) kept[kept.length - 1] = ellipsize(`${kept.at(-1)}${lines[style.lines]}`, width, at(size));
  if (kept.length === 1) return { size, lines: kept, lineHeight: (ASCENT + DESCENT) * size, height: (ASCENT + DESCENT) * size };
  const lineHeight = WRAPPED * size;
  return { size, lines: kept, lineHeight, height: lineHeight * kept.length };
}

const PAD_X = 60;
const PAD_TOP = 48;
const INNER = CARD_WIDTH - 2 * PAD_X;
const GAP = 20;
const BORDER = 2;
const BOX_PAD_X = 24;
const BOX_PAD_Y = 16;
const BOX_WIDTH = (INNER - GAP) / 2;
const BOX_TEXT = BOX_WIDTH - 2 * (BORDER + BOX_PAD_X);

const TITLE: TextStyle = { size: 68, min: 44, lines: 2, weight: 700, color: COLOURS.title };
const SUBTITLE: TextStyle = { size: 30, min: 22, lines: 2, weight: 400, color: COLOURS.muted };
const LABEL: TextStyle = { size: 28, min: 20, lines: 1, weight: 400, color: COLOURS.muted };
const VALUE: TextStyle = { size: 44, min: 24, lines: 2, weight: 700, color: COLOURS.value };
const FOOTER: TextStyle = { size: 24, min: 16, lines: 1, weight: 400, color: COLOURS.muted };
// A box is as tall as its label and value on one line each, whatever they hold, so the grid stays even.
const LINE = (s: TextStyle) => (ASCENT + DESCENT) * s.size;
const BOX_HEIGHT = 2 * (BORDER + BOX_PAD_Y) + LINE(LABEL) + LINE(VALUE);

/**
 * The card's design, as it was in CSS: a column of title, subtitle (4 px below), the figures two to a
 * row (36 px below, 20 px apart) and the footer (28 px below), 48 px from the top and 60 px from the
 * sides; the boxes now fill the row (the CSS ones stopped 16 px short of the right margin).
 */
export function cardLayout(c: CardContent, measure: Measure): CardLayout {
  const ops: CardOp[] = [];
  // Lines of a block sit centred in their line boxes, as CSS places text: the baseline is the half
  // leading plus the ascent below the line's top.
  const text = (fitted: Fitted, style: TextStyle, x: number, top: number) => {
    fitted.lines.forEach((line, i) => {
      const baseline = top + i * fitted.lineHeight + (fitted.lineHeight - (ASCENT + DESCENT) * fitted.size) / 2 + ASCENT * fitted.size;
      const width = measure(line, fitted.size, style.weight);
      ops.push({ kind: 'text', x, y: baseline, text: line, size: fitted.size, weight: style.weight, color: style.color, width });
    });
    return top + fitted.height;
  };
  let y = text(fitText(c.title, INNER, TITLE, measure), TITLE, PAD_X, PAD_TOP);
  y = text(fitText(c.subtitle, INNER, SUBTITLE, measure), SUBTITLE, PAD_X, y + 4) + 36;
  c.figures.forEach((f, i) => {
    // Whole pixels, so the borders' straight edges are crisp.
    const x = PAD_X + (i % 2) * (BOX_WIDTH + GAP);
    const top = Math.round(y + Math.floor(i / 2) * (BOX_HEIGHT + GAP));
    ops.push({
      kind: 'box',
      x,
      y: top,
      width: BOX_WIDTH,
      height: Math.round(BOX_HEIGHT),
      radius: 12,
      fill: COLOURS.box,
      stroke: COLOURS.border,
      lineWidth: BORDER,
    });
    const inside = x + BORDER + BOX_PAD_X;
    const label = f.note ? `${f.label}（${f.note}）` : f.label;
    const below = text(fitText(label, BOX_TEXT, LABEL, measure), LABEL, inside, top + BORDER + BOX_PAD_Y);
    // The value is centred in the room one line at full size takes, so a wrapped value stays inside the box.
    const value = fitText(f.value, BOX_TEXT, VALUE, measure);
    text(value, VALUE, inside, below + (LINE(VALUE) - value.height) / 2);
  });
  y += Math.ceil(c.figures.length / 2) * (BOX_HEIGHT + GAP) - GAP + 28;
  text(fitText(c.footer, INNER, FOOTER, measure), FOOTER, PAD_X, y);
  return { width: CARD_WIDTH, height: CARD_HEIGHT, background: COLOURS.page, ops };
}
