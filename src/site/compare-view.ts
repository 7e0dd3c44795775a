// One view of the compare page's chart, from the year's packed data and the address's state
// (?measure=score&order=name&chart=strip&hl=id1,id2): its title, its SVG and a summary in words.
// Pure, so the build draws the default view into the page and the browser redraws the same way.
// compareView(data, { measure: 'score' }) → { title: '自评得分（分）', svg: '<svg …', summary: '2023 年度 …', strip: false }
import { asDistribution, type CompareData, type PackedChart } from './chart-data.ts';
import { reportHref } from './report-rows.ts';
import { svgChart } from './svg-chart.ts';
import { svgStrip } from './svg-strip.ts';
import { zhOrder } from './zh-order.ts';

export interface CompareState {
  measure?: string;
  order?: string;
  chart?: string;
  hl?: string;
}
export interface CompareView {
  id: string;
  title: string;
  svg: string;
  summary: string;
  strip: boolean;
}
interface Row {
  unit: number;
  values: (number | null)[];
  derived: boolean[];
}

/** The width the automatic choice assumes for the bars (about a phone's chart): beyond it, a distribution. */
export const AUTO_WIDTH_PX = 720;

export const highlighted = (state: CompareState): string[] => (state.hl ? state.hl.split(',').filter(Boolean) : []);
const visibleSeries = (spec: PackedChart): number => (spec.stacked ? 1 : spec.series.filter((s) => !s.tableOnly).length);
/** The series a report is sorted and placed by: the last one drawn (支出数 of 预算数/支出数), or for stacked indicators -1, the share met. */
const valueSeries = (spec: PackedChart): number => (spec.stacked ? -1 : spec.series.map((s) => !s.tableOnly).lastIndexOf(true));
function sortValue(spec: PackedChart): (r: Row) => number | null {
  const k = valueSeries(spec);
  return (r) => (k >= 0 ? r.values[k]! : r.values[0] ? Math.round((r.values[1]! / r.values[0]!) * 1000) / 10 : null);
}

function rowsOf(data: CompareData, spec: PackedChart, byName: boolean): Row[] {
  const rows: Row[] = spec.points.map(([unit, ...values], i) => ({
    unit,
    values,
    derived: values.map((_, k) => spec.derived.some(([p, s]) => p === i && s === k)),
  }));
  const name = (r: Row) => data.units[r.unit]![1];
  const key = sortValue(spec);
  return rows.sort((a, b) => (byName ? 0 : (key(b) ?? -Infinity) - (key(a) ?? -Infinity)) || zhOrder(name(a), name(b)));
}

export function compareView(data: CompareData, state: CompareState): CompareView {
  const spec = data.charts.find((c) => c.id === state.measure) ?? data.charts[0]!;
  const byName = state.order === 'name';
  const rows = rowsOf(data, spec, byName);
  const strip =
    state.chart === 'bars' || state.chart === 'strip'
      ? state.chart === 'strip'
      : asDistribution(rows.length, visibleSeries(spec), AUTO_WIDTH_PX);
  const chosen = new Set(highlighted(state));
  const units = [...new Set(spec.series.map((s) => s.unit))].join('、');
  const title = `${spec.title}（${units}）${strip ? '：各区分布' : ''}`;
  const svgId = `chart-${spec.id}`;
  const unitOf = (r: Row) => data.units[r.unit]!;
  let svg: string;
  if (strip) {
    const k = valueSeries(spec);
    const value = sortValue(spec);
    const names = [...data.districts, '区未说明'];
    const byDistrict = names.map((district) => ({ district, points: [] as Parameters<typeof svgStrip>[0]['rows'][number]['points'] }));
    for (const r of rows) {
      const v = value(r);
      if (v === null) continue;
      const [id, name, d] = unitOf(r);
      byDistrict[d < 0 ? names.length - 1 : d]!.points.push({
        id,
        href: reportHref(id),
        name,
        value: v,
        derived: r.derived[Math.max(k, 0)]!,
      });
    }
    const measure = k >= 0 ? `${spec.series[k]!.label}（${spec.series[k]!.unit}）` : '指标达成比例（%）';
    svg = svgStrip({ id: svgId, title, measure, rows: byDistrict.filter((d) => d.points.length), bands: spec.bands, highlight: chosen });
  } else {
    const points = rows.map((r) => {
      const [id, name] = unitOf(r);
      return { id, href: reportHref(id), name, year: data.year, label: name, values: r.values, derived: r.derived };
    });
    svg = svgChart({ series: spec.series, stacked: spec.stacked, points }, { id: svgId, title, bands: spec.bands, highlight: chosen });
  }
  return { id: spec.id, title, svg, summary: describe(data, spec, rows, chosen, strip, byName), strip };
}

function describe(data: CompareData, spec: PackedChart, rows: Row[], chosen: Set<string>, strip: boolean, byName: boolean): string {
  const drawn = spec.series.map((s, k) => ({ s, k })).filter(({ s }) => !s.tableOnly);
  const first = drawn.at(-1)!;
  const stated = rows.filter((r) => r.values[first.k] !== null);
  const text = [`${data.year} 年度 ${rows.length} 份报告${strip ? '，按区画分布' : '，按' + (byName ? '名称' : '数值') + '排序'}`];
  if (stated.length) {
    const values = stated.map((r) => r.values[first.k]!).sort((a, b) => a - b);
    const mid = values.length / 2;
    const median = values.length % 2 ? values[Math.floor(mid)]! : Math.round(((values[mid - 1]! + values[mid]!) / 2) * 100) / 100;
    text.push(`${first.s.label}从 ${values[0]} 到 ${values.at(-1)}，中位数 ${median}`);
  }
  const named = [...chosen]
    .flatMap((id) => data.units.filter((u) => u[0] === id))
    .map((unit) => {
      const row = rows.find((r) => data.units[r.unit] === unit);
      return `${unit[1]}：${row ? drawn.map(({ s, k }) => `${s.label} ${row.values[k] ?? '未说明'}${row.derived[k] ? '（推算）' : ''}`).join('，') : '没有可画的数字'}`;
    });
  return [...text, ...named].join('。') + '。';
}
