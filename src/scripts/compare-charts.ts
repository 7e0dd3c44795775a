// Draws the compare page's bar charts (grouped or stacked) with chart.js, registering only the parts in
// use, from data computed at build time (src/site/chart-data.ts). The year select swaps every chart's
// data and filters its table; clicking a bar opens that report.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
import type { ChartData, ChartViews } from '../site/chart-data.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

// Blue, orange, grey: in a stacked indicator bar that reads met, not met, undetermined.
const COLORS = ['#1c7ed6', '#f08c00', '#adb5bd'];
/** A derived value's bar: the series colour, faint, inside an outline of it. */
const faint = (color: string) => `${color}40`;
const BAND_COLORS = ['rgba(47, 158, 68, 0.12)', 'rgba(28, 126, 214, 0.10)', 'rgba(240, 140, 0, 0.10)'];

interface Band {
  grade: string;
  min: number;
}

const charts = [...document.querySelectorAll<HTMLElement>('[data-chart]')].map(draw);
const choice = document.querySelector<HTMLElement>('[data-year-choice]');
const select = choice?.querySelector('select');
if (choice && select) {
  choice.hidden = false;
  select.addEventListener('change', () => charts.forEach((show) => show(select.value)));
}

function draw(section: HTMLElement): (year: string) => void {
  const views: ChartViews = JSON.parse(section.dataset.views ?? '{}');
  const bands: Band[] | undefined = section.dataset.bands ? JSON.parse(section.dataset.bands) : undefined;
  let view = views.all!;
  const stacked = view.stacked ?? false;
  const canvas = section.querySelector('canvas')!;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: chartJsData(view),
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked }, y: { stacked, beginAtZero: true, ...(bands ? { max: 100 } : {}) } },
      onClick: (_event, elements) => {
        const point = elements[0] && view.points[elements[0].index];
        if (point) location.assign(point.href);
      },
      onHover: (_event, elements) => {
        canvas.style.cursor = elements.length ? 'pointer' : 'default';
      },
    },
    plugins: bands ? [gradeBands(bands)] : [],
  });
  return (year) => {
    view = views[year] ?? views.all!;
    chart.data = chartJsData(view);
    chart.update();
    for (const el of section.querySelectorAll<HTMLElement>('[data-year]')) el.hidden = year !== 'all' && el.dataset.year !== year;
  };
}

function chartJsData(view: ChartData) {
  const drawn = view.series.flatMap((s, i) => (s.tableOnly ? [] : [{ ...s, i }]));
  return {
    labels: view.points.map((p) => p.label),
    datasets: drawn.map((s, n) => {
      const color = COLORS[n % COLORS.length]!;
      return {
        label: `${s.label}(${s.unit})`,
        data: view.points.map((p) => p.values[s.i] ?? null),
        backgroundColor: view.points.map((p) => (p.derived[s.i] ? faint(color) : color)),
        borderColor: color,
        borderWidth: view.points.map((p) => (p.derived[s.i] ? 2 : 0)),
      };
    }),
  };
}

/** Shades the grade bands (优 ≥ 90 …) behind the bars; an inline plugin, no extra package. */
function gradeBands(bands: Band[]): Plugin<'bar'> {
  return {
    id: 'gradeBands',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales.y!;
      ctx.save();
      bands.forEach((band, i) => {
        const top = y.getPixelForValue(i === 0 ? y.max : bands[i - 1]!.min);
        const bottom = y.getPixelForValue(band.min);
        ctx.fillStyle = BAND_COLORS[i % BAND_COLORS.length]!;
        ctx.fillRect(chartArea.left, top, chartArea.width, bottom - top);
        ctx.fillStyle = '#59636e';
        ctx.fillText(band.grade, chartArea.right - 16, top + 12);
      });
      ctx.restore();
    },
  };
}
