// A compare chart drawn at build time as SVG markup, so it is seen without JavaScript: one row per
// report with horizontal bars (grouped series side by side, or stacked parts of one whole), value
// labels, grid, optional grade bands, and "未说明" where a value is not stated. Each row is a link to
// its report whose <title> says every value: its accessible name (keyboard and screen-reader users
// reach each bar) and the tooltip browsers show on hover. Colours are CSS classes (c0, c1, …), so the page's CSS
// (light or dark) paints them; a derived value's bar is drawn faint and outlined (class "derived").
// svgChart(chartData(reports, BUDGET_SPENT, 'all'), { id: 'budget-spent', title: '预算数与支出数' }) → '<svg …>…</svg>'
import type { ChartData } from './chart-data.ts';
import { formatNumber, NOT_STATED } from './format.ts';
import { escapeHtml } from './escape-html.ts';

export interface SvgChartOptions {
  /** Unique in the page: prefixes the ids of the SVG's <title> and <desc>. */
  id: string;
  title: string;
  /** Shaded value ranges behind the bars (the grade bands of a score); fixes the axis at 0–100. */
  bands?: readonly { grade: string; min: number }[];
  /** Ids of the reports to mark (class "hl" on their row). */
  highlight?: ReadonlySet<string>;
}

export type Chart = Pick<ChartData, 'series' | 'stacked' | 'points'>;

const WIDTH = 560;
const LABEL = 130; // left column: the report's name
const VALUE_ROOM = 84; // right of the longest bar: its value label
const BAR = 14;
const GAP = 3;
const ROW_PAD = 10;
const TOP = 30; // legend
const AXIS = 22;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** 1, 2, 2.5 or 5 times a power of ten, so that about `count` steps cover `max`. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

export function svgChart(data: Chart, { id, title, bands, highlight }: SvgChartOptions): string {
  const drawn = data.series.flatMap((s, i) => (s.tableOnly ? [] : [{ ...s, i }]));
  const stacked = data.stacked ?? false;
  const rowHeight = (stacked ? BAR : drawn.length * BAR + (drawn.length - 1) * GAP) + ROW_PAD;
  const totals = data.points.map((p) =>
    stacked ? drawn.reduce((sum, s) => sum + (p.values[s.i] ?? 0), 0) : Math.max(0, ...drawn.map((s) => p.values[s.i] ?? 0)),
  );
  const dataMax = Math.max(0, ...totals);
  const step = bands ? 20 : niceStep(dataMax);
  const max = bands ? 100 : Math.max(step, Math.ceil(dataMax / step) * step);
  const plot = WIDTH - LABEL - VALUE_ROOM;
  const x = (v: number) => LABEL + (Math.max(0, v) / max) * plot;
  const height = TOP + data.points.length * rowHeight + AXIS;
  const bottom = TOP + data.points.length * rowHeight;
  const unit = [...new Set(drawn.map((s) => s.unit))].join('、');
  const out: string[] = [];

  const summary = data.points.length
    ? `${data.points.length} 份报告，${stacked ? '堆积' : ''}横向条形图，单位${unit}；每一行链接到该报告，数据也在图下的表格中。`
    : '没有可画的数字。';
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="svg-chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(summary)}</desc>`,
  );

  // Legend: the drawn series and, where any bar is derived, what a faint bar means.
  let lx = LABEL;
  const legend = drawn.map((s, n) => ({ cls: `c${n}`, text: `${s.label}（${s.unit}）` }));
  if (data.points.some((p) => drawn.some((s) => p.derived[s.i]))) legend.push({ cls: 'c0 derived', text: '浅色：由分项推算' });
  out.push('<g class="legend" aria-hidden="true">');
  for (const item of legend) {
    out.push(
      `<rect class="bar ${item.cls}" x="${lx}" y="8" width="12" height="12"/><text x="${lx + 16}" y="18">${escapeHtml(item.text)}</text>`,
    );
    lx += 16 + item.text.length * 12 + 14;
  }
  out.push('</g>');

  // Bands and grid lines, behind the bars.
  out.push('<g class="grid" aria-hidden="true">');
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

  data.points.forEach((p, row) => {
    const top = TOP + row * rowHeight + ROW_PAD / 2;
    const said = drawn
      .map(
        (s) =>
          `${s.label} ${p.values[s.i] === null ? NOT_STATED : `${formatNumber(p.values[s.i])} ${s.unit}`}${p.derived[s.i] ? '（推算）' : ''}`,
      )
      .join('，');
    const label = `${p.label}：${said}`;
    // The <title> is the link's accessible name and its tooltip.
    out.push(`<a class="row${highlight?.has(p.id) ? ' hl' : ''}" href="${escapeHtml(p.href)}"><title>${escapeHtml(label)}</title>`);
    out.push(`<rect class="hit" x="0" y="${top - ROW_PAD / 2}" width="${WIDTH}" height="${rowHeight}"/>`);
    out.push(
      `<text class="name" x="${LABEL - 8}" y="${top + (rowHeight - ROW_PAD) / 2 + 4}" text-anchor="end">${escapeHtml(p.label)}</text>`,
    );
    let start = 0;
    drawn.forEach((s, n) => {
      const v = p.values[s.i] ?? null;
      const y = stacked ? top : top + n * (BAR + GAP);
      const cls = `bar c${n}${p.derived[s.i] ? ' derived' : ''}`;
      if (v === null) {
        if (!stacked) out.push(`<text class="na" x="${LABEL + 4}" y="${y + BAR - 3}">${NOT_STATED}</text>`);
        return;
      }
      const from = stacked ? start : 0;
      out.push(`<rect class="${cls}" x="${r1(x(from))}" y="${y}" width="${r1(x(from + v) - x(from))}" height="${BAR}"/>`);
      if (stacked) start += v;
      else out.push(`<text class="value" x="${r1(x(v)) + 4}" y="${y + BAR - 3}">${formatNumber(v)}</text>`);
    });
    if (stacked) out.push(`<text class="value" x="${r1(x(start)) + 4}" y="${top + BAR - 3}">${formatNumber(start)}</text>`);
    out.push('</a>');
  });
  out.push('</svg>');
  return out.join('');
}
