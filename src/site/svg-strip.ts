// The distribution view of a compare chart, for when one bar per report would be too thin: one row
// per district with a dot per report (spread up and down by a stable offset from its id, so equal
// values stay apart and a rebuild draws the same picture), and a box from the lower to the upper
// quartile with the median marked. Each dot is a link to its report whose <title> names it and its
// value (accessible name and tooltip); highlighted reports are drawn larger and named.
// svgStrip({ rows: [{ district: '白云区', points: [{ id, href, name, value: 92, derived: false }] }], … }) → '<svg …>…</svg>'
import { formatNumber } from './format.ts';
import { niceStep } from './svg-chart.ts';
import { escapeHtml } from './escape-html.ts';

export interface StripPoint {
  id: string;
  href: string;
  name: string;
  value: number;
  derived: boolean;
}
export interface StripOptions {
  /** Unique in the page: prefixes the ids of the SVG's <title> and <desc>. */
  id: string;
  title: string;
  /** What the value is, with its unit: "自评得分（分）". */
  measure: string;
  rows: { district: string; points: StripPoint[] }[];
  bands?: readonly { grade: string; min: number }[];
  highlight?: ReadonlySet<string>;
}

const WIDTH = 560;
const LABEL = 90;
const RIGHT = 70; // room for a highlighted report's name
const ROW = 44;
const TOP = 22;
const AXIS = 22;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A stable offset in [-0.5, 0.5) from the report id. */
export function jitter(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return (h % 1000) / 1000 - 0.5;
}

/** The q-quantile of ascending values, interpolated between neighbours. */
export function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (at - lo);
}

export function svgStrip({ id, title, measure, rows, bands, highlight = new Set() }: StripOptions): string {
  const all = rows.flatMap((r) => r.points.map((p) => p.value));
  const dataMax = Math.max(0, ...all);
  const step = bands ? 20 : niceStep(dataMax);
  const max = bands ? 100 : Math.max(step, Math.ceil(dataMax / step) * step);
  const plot = WIDTH - LABEL - RIGHT;
  const x = (v: number) => LABEL + (Math.max(0, v) / max) * plot;
  const bottom = TOP + rows.length * ROW;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="svg-chart strip" viewBox="0 0 ${WIDTH} ${bottom + AXIS}" width="${WIDTH}" height="${bottom + AXIS}" role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(`${measure}按区分布，${all.length} 份报告，每个点是一份报告并链接到它，方框为四分位范围，竖线为中位数；数据也在图下的表格中。`)}</desc>`,
    '<g class="grid" aria-hidden="true">',
  ];
  bands?.forEach((band, k) => {
    const upper = k === 0 ? max : bands[k - 1]!.min;
    out.push(
      `<rect class="band b${k}" x="${r1(x(band.min))}" y="${TOP - 4}" width="${r1(x(upper) - x(band.min))}" height="${bottom - TOP + 4}"/>`,
      `<text class="band-label" x="${r1((x(band.min) + x(upper)) / 2)}" y="${TOP - 8}" text-anchor="middle">${escapeHtml(band.grade)}</text>`,
    );
  });
  for (let v = 0; v <= max + 1e-9; v += step) {
    out.push(
      `<line x1="${r1(x(v))}" x2="${r1(x(v))}" y1="${TOP - 4}" y2="${bottom}"/><text class="tick" x="${r1(x(v))}" y="${bottom + 15}" text-anchor="middle">${formatNumber(r1(v))}</text>`,
    );
  }
  out.push('</g>');
  rows.forEach((row, n) => {
    const mid = TOP + n * ROW + ROW / 2;
    const sorted = row.points.map((p) => p.value).sort((a, b) => a - b);
    out.push(`<g class="district"><text class="name" x="${LABEL - 8}" y="${mid + 4}" text-anchor="end">${escapeHtml(row.district)}</text>`);
    if (sorted.length) {
      const [q1, median, q3] = [0.25, 0.5, 0.75].map((q) => x(quantile(sorted, q)));
      out.push(
        `<rect class="box" x="${r1(q1!)}" y="${mid - 12}" width="${r1(q3! - q1!)}" height="24" aria-hidden="true"/>`,
        `<line class="median" x1="${r1(median!)}" x2="${r1(median!)}" y1="${mid - 14}" y2="${mid + 14}" aria-hidden="true"/>`,
      );
    }
    // Highlighted dots last, so they are drawn on top.
    const order = [...row.points].sort((a, b) => Number(highlight.has(a.id)) - Number(highlight.has(b.id)));
    for (const p of order) {
      const chosen = highlight.has(p.id);
      const cx = r1(x(p.value));
      const cy = r1(mid + jitter(p.id) * 20);
      out.push(
        `<a class="dot${chosen ? ' hl' : ''}" href="${escapeHtml(p.href)}"><title>${escapeHtml(`${p.name}：${formatNumber(p.value)}${p.derived ? '（推算）' : ''}`)}</title>`,
        `<circle class="${p.derived ? 'derived' : ''}" cx="${cx}" cy="${cy}" r="${chosen ? 6 : 3.5}"/>`,
        chosen ? `<text class="hl-name" x="${cx + 8}" y="${cy - 6}">${escapeHtml(p.name)}</text>` : '',
        '</a>',
      );
    }
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}
