// Geometry of a small line chart over the years, drawn as SVG at build time (no JavaScript): one
// line per series, a gap where a year does not state the value (marked there in words), hollow
// points for derived values. Coordinates are in a fixed viewBox; CSS scales it to the width.
export interface TrendPoint {
  year: number;
  value: number | null;
  derived: boolean;
}
export interface TrendSeries {
  label: string;
  points: TrendPoint[];
}
export interface PlacedPoint extends TrendPoint {
  x: number;
  y: number | null;
}
export interface TrendGeometry {
  width: number;
  height: number;
  /** Axis ticks: value and y. */
  ticks: { value: number; y: number }[];
  years: { year: number; x: number }[];
  series: { label: string; points: PlacedPoint[]; paths: string[] }[];
}

export const WIDTH = 360;
export const HEIGHT = 170;
const PAD = { left: 58, right: 20, top: 10, bottom: 24 };

/** Round tick values spanning min..max, about four of them. */
function niceTicks(min: number, max: number): number[] {
  if (min === max) return [min];
  const step0 = (max - min) / 4;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= step0)!;
  // From the step at or below min to the step at or above max, so every value is inside.
  const [first, last] = [Math.floor(min / step), Math.ceil(max / step)];
  return Array.from({ length: last - first + 1 }, (_, i) => Math.round((first + i) * step * 1e6) / 1e6);
}

export function trendGeometry(series: TrendSeries[]): TrendGeometry {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v) => v !== null);
  const ticks = values.length ? niceTicks(Math.min(...values), Math.max(...values)) : [];
  const [lo, hi] = ticks.length ? [ticks[0]!, ticks.at(-1)!] : [0, 1];
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const xOf = (year: number): number => PAD.left + (years.length > 1 ? (years.indexOf(year) / (years.length - 1)) * innerW : innerW / 2);
  const yOf = (v: number): number => PAD.top + (hi === lo ? innerH / 2 : ((hi - v) / (hi - lo)) * innerH);
  return {
    width: WIDTH,
    height: HEIGHT,
    ticks: ticks.map((value) => ({ value, y: yOf(value) })),
    years: years.map((year) => ({ year, x: xOf(year) })),
    series: series.map((s) => {
      const points = [...s.points]
        .sort((a, b) => a.year - b.year)
        .map((p) => ({ ...p, x: xOf(p.year), y: p.value === null ? null : yOf(p.value) }));
      // A missing value breaks the line: each unbroken run is its own path.
      const paths: string[] = [];
      let run: PlacedPoint[] = [];
      for (const p of [...points, null]) {
        if (p && p.y !== null) run.push(p);
        else {
          if (run.length > 1) paths.push(run.map((q, i) => `${i ? 'L' : 'M'}${q.x.toFixed(1)} ${q.y!.toFixed(1)}`).join(' '));
          run = [];
        }
      }
      return { label: s.label, points, paths };
    }),
  };
}

export const baseline = (): number => HEIGHT - PAD.bottom;
