// The chart views another site can embed: one page per chart and year at /embed/<chart>/<view>/,
// where view is "all" or a year. embedPath('score', 2022) → '/embed/score/2022/'
import { type ALL_YEARS, BUDGET_SPENT, type ChartSpec, EXECUTION_RATE, GRADE_BANDS, INDICATORS, SCORE } from './chart-data.ts';
import { escapeHtml } from './escape-html.ts';

export interface EmbedChart {
  slug: string;
  title: string;
  spec: ChartSpec;
  bands?: typeof GRADE_BANDS;
  note?: string;
}

export const EMBED_CHARTS: readonly EmbedChart[] = [
  { slug: 'budget-spent', title: '预算数与支出数', spec: BUDGET_SPENT },
  { slug: 'execution-rate', title: '预算执行率', spec: EXECUTION_RATE },
  { slug: 'score', title: '自评得分', spec: SCORE, bands: GRADE_BANDS },
  {
    slug: 'indicators',
    title: '绩效指标达成情况',
    spec: INDICATORS,
    note: '只计各报告列出的指标；有的报告只列出未达成的指标，因此显得比实际差。',
  },
];

export const embedPath = (slug: string, view: number | typeof ALL_YEARS): string => `/embed/${slug}/${view}/`;

/** The <iframe> another site pastes to show the chart; its title names the chart for screen readers. */
export const embedSnippet = (url: string, title: string): string =>
  `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
