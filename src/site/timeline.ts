// One unit over the years: the change of each headline figure from the report before, indicators
// matched across years by name, and which problems and measures repeat an earlier year's.
// changes([taihe2021, taihe2022], TREND)[1].score → { from: 2021, before: 90, after: 98.95, delta: 8.95, percent: 9.94 }
import type { Fact, ReportSummary, SummaryIndicator } from '../lib/schema.ts';

export interface TrendMeasure {
  key: 'budget' | 'spent' | 'executionRate' | 'score';
  label: string;
  unit: string;
}
export const TREND: TrendMeasure[] = [
  { key: 'budget', label: '预算数', unit: '万元' },
  { key: 'spent', label: '支出数', unit: '万元' },
  { key: 'executionRate', label: '执行率', unit: '%' },
  { key: 'score', label: '自评得分', unit: '分' },
];

export const factOf = (r: ReportSummary, m: TrendMeasure): Fact | null => r[m.key];

export interface Change {
  /** Year of the report compared with (the previous one the unit published, not always year − 1). */
  from: number | null;
  before: number;
  after: number;
  delta: number;
  /** null when the earlier value is 0. */
  percent: number | null;
  /** Either side is computed rather than stated. */
  derived: boolean;
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Per report (oldest first, as given) and measure: the change from the report before; null when either side is not stated. */
export function changes(reports: ReportSummary[], measures: TrendMeasure[] = TREND): Record<string, Change | null>[] {
  return reports.map((r, i) => {
    const prev = reports[i - 1];
    return Object.fromEntries(
      measures.map((m) => {
        const [a, b] = [prev && factOf(prev, m), factOf(r, m)];
        if (!prev || !a || !b) return [m.key, null];
        const change: Change = {
          from: prev.year,
          before: a.value,
          after: b.value,
          delta: round(b.value - a.value),
          percent: a.value === 0 ? null : round(((b.value - a.value) / Math.abs(a.value)) * 100),
          derived: a.derived || b.derived,
        };
        return [m.key, change];
      }),
    );
  });
}

/** Indicator names compared across years: no spaces or punctuation, full-width letters and digits folded. */
export function indicatorKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

export interface IndicatorRow {
  name: string;
  /** One cell per report, in the order given; null where that year lists no such indicator. */
  cells: (SummaryIndicator | null)[];
}

/** Every indicator the reports list, matched by name; first seen first. */
export function matchIndicators(reports: ReportSummary[]): IndicatorRow[] {
  const rows = new Map<string, IndicatorRow>();
  reports.forEach((r, i) => {
    for (const indicator of r.indicators) {
      const key = indicatorKey(indicator.name);
      const row = rows.get(key) ?? { name: indicator.name, cells: reports.map(() => null) };
      row.cells[i] ??= indicator;
      rows.set(key, row);
    }
  });
  return [...rows.values()];
}

// Two items say the same thing when they share this much of their wording (Dice coefficient of
// character bigrams, punctuation and list markers ignored). Reports reword a little from year to
// year ("资金使用效率有待提高" / "资金使用效益有待进一步提高"), so exact matching misses them.
export const SAME_POINT = 0.5;

const MARKER = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|首先|其次|最后|[（(]?[0-9一二三四五六七八九十]+[)）.、．]?)/;

function bigrams(text: string): Map<string, number> {
  const clean = text
    .normalize('NFKC')
    .replace(MARKER, '')
    .replace(/[\s\p{P}\p{S}0-9]/gu, '');
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < clean.length; i++) {
    const g = clean.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

function dice(x: Map<string, number>, y: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [g, n] of x) {
    shared += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * shared) / total : 0;
}

/** An earlier item an item repeats: which report, list and position (0-based), and how alike. */
export interface Echo {
  year: number | null;
  list: 'problems' | 'measures';
  index: number;
  score: number;
}

/** Each text's bigrams, made once: every item is held against every item of the year before. */
type Grams = (text: string) => Map<string, number>;

/** The most alike item of `items` at or above SAME_POINT, or null. */
function echoIn(text: string, items: string[], year: number | null, list: Echo['list'], grams: Grams): Echo | null {
  let best: Echo | null = null;
  items.forEach((item, index) => {
    const score = dice(grams(text), grams(item));
    if (score >= SAME_POINT && (!best || score > best.score)) best = { year, list, index, score: round(score) };
  });
  return best;
}

export interface Repeats {
  /** Per problem of `current`: the same problem the previous report named, and a measure it promised for it. */
  problems: { problem: Echo | null; promised: Echo | null }[];
  /** Per measure of `current`: the same measure promised the year before. */
  measures: (Echo | null)[];
}

export function repeats(previous: ReportSummary, current: ReportSummary): Repeats {
  const made = new Map<string, Map<string, number>>();
  const grams: Grams = (text) => made.get(text) ?? made.set(text, bigrams(text)).get(text)!;
  return {
    problems: current.problems.map((p) => ({
      problem: echoIn(p, previous.problems, previous.year, 'problems', grams),
      promised: echoIn(p, previous.measures, previous.year, 'measures', grams),
    })),
    measures: current.measures.map((m) => echoIn(m, previous.measures, previous.year, 'measures', grams)),
  };
}
