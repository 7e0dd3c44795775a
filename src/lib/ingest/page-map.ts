// Text offsets → the page and box of the original they stand on. Spans are in text order; inside a
// span (one positioned piece of text) the box is cut in proportion to the characters.
import type { Box, TextSpan } from './types.ts';

export interface Located {
  page: number;
  box: Box | null;
}

function firstEndingAfter(spans: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function locate(spans: readonly TextSpan[], start: number, end: number): Located | null {
  let page: number | null = null;
  let box: Box | null = null;
  for (let i = firstEndingAfter(spans, start); i < spans.length && spans[i]!.start < Math.max(end, start + 1); i++) {
    const s = spans[i]!;
    page ??= s.page;
    if (s.page !== page || !s.box) continue;
    const len = s.end - s.start;
    const from = (Math.max(start, s.start) - s.start) / len;
    const to = (Math.min(end, s.end) - s.start) / len;
    const part: Box = [s.box[0] + (s.box[2] - s.box[0]) * from, s.box[1], s.box[0] + (s.box[2] - s.box[0]) * to, s.box[3]];
    box = box ? [Math.min(box[0], part[0]), Math.min(box[1], part[1]), Math.max(box[2], part[2]), Math.max(box[3], part[3])] : part;
  }
  return page === null ? null : { page, box: box && (box.map((v) => Math.round(v * 10000) / 10000) as Box) };
}
