// Draws the compare page's chart with chart.js (only the parts in use) from the year's data, written
// once into the page (src/site/chart-data.ts compareData). The measure, the order and the highlighted
// units come from the address (?measure=score&order=name&hl=id1,id2), so a copied link shows the same.
// Bars, sorted by value, while each stays a few pixels wide; beyond that a strip per district (one dot
// per report) with the highlighted units named. Derived values are faint and say 推算; missing ones say 未说明.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type Plugin,
} from 'chart.js';
import { asDistribution, type CompareData, type PackedChart } from '../site/chart-data.ts';
import { followState, readState, writeState, type State } from './url-state.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, ScatterController, PointElement);

// Blue, orange, grey: in a stacked indicator bar that reads met, not met, undetermined.
const COLORS = ['#1c7ed6', '#f08c00', '#adb5bd'];
const HIGHLIGHT = '#c92a2a';
const faint = (color: string) => `${color}40`;
const BAND_COLORS = ['rgba(47, 158, 68, 0.12)', 'rgba(28, 126, 214, 0.10)', 'rgba(240, 140, 0, 0.10)'];

const data: CompareData = JSON.parse(document.getElementById('compare-data')?.textContent ?? 'null');
const figure = document.querySelector<HTMLElement>('[data-compare]');
const form = document.querySelector<HTMLFormElement>('[data-compare-controls]');

interface Row {
  unit: number;
  values: (number | null)[];
  derived: boolean[];
}

function start(data: CompareData, figure: HTMLElement, form: HTMLFormElement): void {
  const canvas = figure.querySelector('canvas')!;
  const title = figure.querySelector('figcaption')!;
  const summary = figure.querySelector<HTMLElement>('#chart-summary')!;
  const measure = form.querySelector<HTMLSelectElement>('select[name="measure"]')!;
  const order = form.querySelector<HTMLSelectElement>('select[name="order"]')!;
  const shape = form.querySelector<HTMLSelectElement>('select[name="chart"]')!;
  const clear = form.querySelector<HTMLButtonElement>('[data-clear-highlight]')!;
  let chart: Chart | null = null;
  let state: State = {};

  const update = (next: State, push: boolean) => {
    writeState(next, push);
    apply(next);
  };
  measure.addEventListener('change', () =>
    update({ ...readState(), measure: measure.value === data.charts[0]!.id ? '' : measure.value }, true),
  );
  order.addEventListener('change', () => update({ ...readState(), order: order.value }, true));
  shape.addEventListener('change', () => update({ ...readState(), chart: shape.value }, true));
  clear.addEventListener('click', () => update({ ...readState(), hl: '' }, true));
  addHighlightButtons((id) => {
    const chosen = highlighted(readState());
    const next = chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id];
    update({ ...readState(), hl: next.join(',') }, true);
  });
  form.hidden = false;
  figure.hidden = false;
  followState(apply);

  function apply(next: State): void {
    state = next;
    const spec = data.charts.find((c) => c.id === state.measure) ?? data.charts[0]!;
    measure.value = spec.id;
    order.value = state.order === 'name' ? 'name' : '';
    shape.value = state.chart === 'bars' || state.chart === 'strip' ? state.chart : '';
    const chosen = new Set(
      highlighted(state)
        .map((id) => data.units.findIndex((u) => u[0] === id))
        .filter((i) => i >= 0),
    );
    clear.hidden = chosen.size === 0;
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-highlight]'))
      button.setAttribute('aria-pressed', String(highlighted(state).includes(button.dataset.highlight!)));
    const rows = rowsOf(spec, state.order === 'name');
    const strip = shape.value ? shape.value === 'strip' : asDistribution(rows.length, visibleSeries(spec), canvas.clientWidth);
    title.textContent = `${spec.title}（${[...new Set(spec.series.map((s) => s.unit))].join('、')}）${strip ? '：各区分布' : ''}`;
    chart?.destroy();
    chart = strip ? stripChart(canvas, spec, rows, chosen) : barChart(canvas, spec, rows, chosen);
    summary.textContent = describe(spec, rows, chosen, strip);
  }

  function rowsOf(spec: PackedChart, byName: boolean): Row[] {
    const rows: Row[] = spec.points.map(([unit, ...values], i) => ({
      unit,
      values,
      derived: values.map((_, k) => spec.derived.some(([p, s]) => p === i && s === k)),
    }));
    const name = (r: Row) => data.units[r.unit]![1];
    const key = sortValue(spec);
    return rows.sort((a, b) => (byName ? 0 : (key(b) ?? -Infinity) - (key(a) ?? -Infinity)) || name(a).localeCompare(name(b), 'zh-CN'));
  }

  function describe(spec: PackedChart, rows: Row[], chosen: Set<number>, strip: boolean): string {
    const drawn = spec.series.map((s, k) => ({ s, k })).filter(({ s }) => !s.tableOnly);
    const first = drawn.at(-1)!;
    const stated = rows.filter((r) => r.values[first.k] !== null);
    const text = [
      `${data.year} 年度 ${rows.length} 份报告${strip ? '，按区画分布' : '，按' + (state.order === 'name' ? '名称' : '数值') + '排序'}`,
    ];
    if (stated.length) {
      const values = stated.map((r) => r.values[first.k]!).sort((a, b) => a - b);
      const mid = values.length / 2;
      const median = values.length % 2 ? values[Math.floor(mid)]! : Math.round(((values[mid - 1]! + values[mid]!) / 2) * 100) / 100;
      text.push(`${first.s.label}从 ${values[0]} 到 ${values.at(-1)}，中位数 ${median}`);
    }
    const named = [...chosen].map((u) => {
      const row = rows.find((r) => r.unit === u);
      return `${data.units[u]![1]}：${row ? drawn.map(({ s, k }) => `${s.label} ${row.values[k] ?? '未说明'}${row.derived[k] ? '（推算）' : ''}`).join('，') : '没有可画的数字'}`;
    });
    return [...text, ...named].join('。') + '。';
  }
}

/** The series a report is sorted and placed by: the last one drawn (支出数 of 预算数/支出数), or for stacked indicators -1, the share met. */
const valueSeries = (spec: PackedChart): number => (spec.stacked ? -1 : spec.series.map((s) => !s.tableOnly).lastIndexOf(true));
function sortValue(spec: PackedChart): (r: Row) => number | null {
  const k = valueSeries(spec);
  return (r) => (k >= 0 ? r.values[k]! : r.values[0] ? Math.round((r.values[1]! / r.values[0]!) * 1000) / 10 : null);
}
const highlighted = (state: State): string[] => (state.hl ? state.hl.split(',').filter(Boolean) : []);
const visibleSeries = (spec: PackedChart): number => (spec.stacked ? 1 : spec.series.filter((s) => !s.tableOnly).length);

/** A "突出" toggle in each table row, naming the unit it highlights. */
function addHighlightButtons(toggle: (id: string) => void): void {
  for (const row of document.querySelectorAll<HTMLTableRowElement>('table[data-view] tbody tr[data-id]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'highlight';
    button.dataset.highlight = row.dataset.id!;
    button.setAttribute('aria-pressed', 'false');
    button.textContent = '突出';
    button.setAttribute('aria-label', `在图中突出 ${row.dataset.q ?? ''}`);
    button.addEventListener('click', () => toggle(row.dataset.id!));
    row.cells[0]!.append(' ', button);
  }
}

function barChart(canvas: HTMLCanvasElement, spec: PackedChart, rows: Row[], chosen: Set<number>): Chart {
  const stacked = spec.stacked ?? false;
  const drawn = spec.series.flatMap((s, k) => (s.tableOnly ? [] : [{ ...s, k }]));
  const hrefs = rows.map((r) => `/reports/${data.units[r.unit]![0]}/`);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => data.units[r.unit]![1]),
      datasets: drawn.map((s, n) => {
        const color = COLORS[n % COLORS.length]!;
        return {
          label: `${s.label}(${s.unit})`,
          data: rows.map((r) => r.values[s.k] ?? null),
          backgroundColor: rows.map((r) => (r.derived[s.k] ? faint(color) : color)),
          borderColor: rows.map((r) => (chosen.has(r.unit) ? HIGHLIGHT : color)),
          borderWidth: rows.map((r) => (chosen.has(r.unit) ? 3 : r.derived[s.k] ? 2 : 0)),
        };
      }),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { stacked, ticks: { color: (c) => (chosen.has(rows[c.index]?.unit ?? -1) ? HIGHLIGHT : '#59636e') } },
        y: { stacked, beginAtZero: true, ...(spec.bands ? { max: 100 } : {}) },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const row = rows[item.dataIndex]!;
              const s = drawn[item.datasetIndex]!;
              return `${s.label}: ${row.values[s.k] ?? '未说明'}${row.derived[s.k] ? '（推算）' : ''} ${s.unit}`;
            },
          },
        },
      },
      onClick: (_event, elements) => {
        const href = elements[0] && hrefs[elements[0].index];
        if (href) location.assign(href);
      },
      onHover: (_event, elements) => {
        canvas.style.cursor = elements.length ? 'pointer' : 'default';
      },
    },
    plugins: [notStated(drawn.map((s) => rows.map((r) => r.values[s.k] === null))), ...(spec.bands ? [gradeBands(spec.bands)] : [])],
  });
}

/** One dot per report over its district (spread sideways so equal values stay apart); highlighted units named. */
function stripChart(canvas: HTMLCanvasElement, spec: PackedChart, rows: Row[], chosen: Set<number>): Chart {
  const k = valueSeries(spec);
  const value = sortValue(spec);
  const label = k >= 0 ? `${spec.series[k]!.label}(${spec.series[k]!.unit})` : '指标达成比例(%)';
  const names = [...data.districts, '区未说明'];
  const col = (r: Row) => {
    const d = data.units[r.unit]![2];
    return d < 0 ? names.length - 1 : d;
  };
  const points = rows.filter((r) => value(r) !== null).map((r) => ({ x: col(r) + jitter(data.units[r.unit]![0]), y: value(r)!, row: r }));
  const hrefs = points.map((p) => `/reports/${data.units[p.row.unit]![0]}/`);
  return new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        {
          label,
          data: points,
          pointRadius: points.map((p) => (chosen.has(p.row.unit) ? 6 : 2.5)),
          backgroundColor: points.map((p) =>
            chosen.has(p.row.unit) ? HIGHLIGHT : p.row.derived[Math.max(k, 0)] ? faint(COLORS[0]!) : `${COLORS[0]}99`,
          ),
          borderColor: points.map((p) => (chosen.has(p.row.unit) ? HIGHLIGHT : COLORS[0]!)),
          borderWidth: points.map((p) => (p.row.derived[Math.max(k, 0)] ? 1 : 0)),
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: {
          type: 'linear',
          min: -0.5,
          max: names.length - 0.5,
          // One tick per district, at its column's centre, named.
          afterBuildTicks: (axis) => {
            axis.ticks = names.map((_, i) => ({ value: i }));
          },
          ticks: { autoSkip: false, callback: (v) => names[Number(v)] ?? '' },
          grid: { display: false },
        },
        y: { ...(spec.bands ? { max: 100 } : {}) },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const p = points[item.dataIndex]!;
              return `${data.units[p.row.unit]![1]}: ${p.y}${p.row.derived[Math.max(k, 0)] ? '（推算）' : ''}`;
            },
          },
        },
      },
      onClick: (_event, elements) => {
        const href = elements[0] && hrefs[elements[0].index];
        if (href) location.assign(href);
      },
    },
    plugins: [
      nameChosen(points.filter((p) => chosen.has(p.row.unit)).map((p) => ({ x: p.x, y: p.y, name: data.units[p.row.unit]![1] }))),
      ...(spec.bands ? [gradeBands(spec.bands)] : []),
    ],
  });
}

/** A stable sideways offset in ±0.3 from the report id, so a reload draws the same picture. */
function jitter(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return ((h % 1000) / 1000 - 0.5) * 0.6;
}

/** Writes 未说明 where a value is missing, so a gap is never silent. */
function notStated(missing: boolean[][]): Plugin<'bar'> {
  return {
    id: 'notStated',
    afterDatasetsDraw(chart) {
      const { ctx, scales } = chart;
      ctx.save();
      ctx.fillStyle = '#59636e';
      ctx.font = '11px sans-serif';
      ctx.textAlign = 'center';
      missing.forEach((column, d) =>
        column.forEach((gap, i) => {
          if (!gap) return;
          const bar = chart.getDatasetMeta(d).data[i];
          if (bar) ctx.fillText('未说明', bar.x, scales.y!.getPixelForValue(0) - 6 - d * 12);
        }),
      );
      ctx.restore();
    },
  };
}

function nameChosen(points: { x: number; y: number; name: string }[]): Plugin<'scatter'> {
  return {
    id: 'nameChosen',
    afterDatasetsDraw(chart) {
      const { ctx, scales } = chart;
      ctx.save();
      ctx.fillStyle = HIGHLIGHT;
      ctx.font = 'bold 12px sans-serif';
      for (const p of points) ctx.fillText(p.name, scales.x!.getPixelForValue(p.x) + 8, scales.y!.getPixelForValue(p.y) + 4);
      ctx.restore();
    },
  };
}

/** Shades the grade bands (优 ≥ 90 …) behind the data; an inline plugin, no extra package. */
function gradeBands(bands: readonly { grade: string; min: number }[]): Plugin<'bar' | 'scatter'> {
  return {
    id: 'gradeBands',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales.y!;
      ctx.save();
      bands.forEach((band, i) => {
        const top = y.getPixelForValue(i === 0 ? y.max : bands[i - 1]!.min);
        const bottom = Math.min(y.getPixelForValue(band.min), chartArea.bottom);
        if (bottom <= top) return;
        ctx.fillStyle = BAND_COLORS[i % BAND_COLORS.length]!;
        ctx.fillRect(chartArea.left, top, chartArea.width, bottom - top);
        ctx.fillStyle = '#59636e';
        ctx.fillText(band.grade, chartArea.right - 16, top + 12);
      });
      ctx.restore();
    },
  };
}

// Last, so every helper above is defined when it runs.
if (data && figure && form) start(data, figure, form);
