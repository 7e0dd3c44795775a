// Appends pieces of recovered text and remembers where each piece stands in the original.
import type { Box, TextSpan } from './types.ts';

export interface TextBuilder {
  text: string;
  spans: TextSpan[];
}

export const newBuilder = (): TextBuilder => ({ text: '', spans: [] });

export function append(b: TextBuilder, piece: string, page?: number | null, box?: Box | null): void {
  if (!piece) return;
  const start = b.text.length;
  b.text += piece;
  if (page) b.spans.push({ start, end: b.text.length, page, box: box ?? null });
}

/** Ends the current paragraph: the later stages read paragraphs separated by a blank line. */
export function paragraphBreak(b: TextBuilder): void {
  if (!b.text) return;
  b.text = b.text.replace(/[ \t]+$/, '');
  if (!b.text.endsWith('\n\n')) b.text += b.text.endsWith('\n') ? '\n' : '\n\n';
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
export const isCjk = (ch: string | undefined): boolean => !!ch && CJK.test(ch);

/**
 * Spaces a layout inserts between CJK glyphs (justified lines, letter-spaced titles) carry no
 * meaning: drop a run of spaces with CJK on both sides. Spaces next to Latin letters and digits stay.
 */
export function dropCjkSpaces(text: string): string {
  return text.replace(/ +/g, (run, at: number) => (isCjk(text[at - 1]) && isCjk(text[at + run.length]) ? '' : run));
}

/** Joins two pieces of one paragraph broken at a line end: a space only between two Latin words or numbers. */
export function wrapJoint(before: string, after: string): string {
  const a = before[before.length - 1];
  const b = after[0];
  if (!a || !b || /\s/.test(a) || /\s/.test(b)) return '';
  return /[A-Za-z0-9%.,)]/.test(a) && /[A-Za-z0-9(]/.test(b) ? ' ' : '';
}
