// What a report's social image (1200×630, og:image) says, and its layout as a satori element tree:
// unit and year, district, and the headline figures as the page shows them (未说明 when not stated,
// 推算 when derived). cardContent(taihe).figures[0] → { label: '预算数', value: '66,446.66 万元' }
import type { Fact, GradeFact, ReportSummary } from '../lib/schema.ts';
import { formatFact } from './format.ts';
import { displayName } from './report-rows.ts';

export interface CardContent {
  title: string;
  subtitle: string;
  figures: { label: string; value: string; note?: string }[];
  footer: string;
}

/** A node of the tree satori lays out (the shape of a React element, without React). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

export const SITE_CARD: CardContent = {
  title: '镇街绩效自评报告',
  subtitle: '广州市镇、街道部门整体支出绩效自评报告',
  figures: [
    { label: '阅读', value: '每个数字链接原文' },
    { label: '对比', value: '预算、执行率、得分' },
    { label: '开放数据', value: 'JSON · CSV' },
  ],
  footer: 'Budget performance self-evaluation reports',
};

const figure = (label: string, fact: Fact | GradeFact | null) => ({
  label,
  value: formatFact(fact),
  note: fact?.derived ? '推算' : undefined,
});

export function cardContent(report: ReportSummary): CardContent {
  const score = report.score ? `${formatFact(report.score)}${report.grade ? ` · ${report.grade.value}` : ''}` : formatFact(null);
  return {
    title: `${displayName(report)} ${report.year ?? ''}`.trim(),
    subtitle: [report.district, report.entity, '部门整体支出绩效自评'].filter(Boolean).join(' · '),
    figures: [
      figure('预算数', report.budget),
      figure('支出数', report.spent),
      figure('执行率', report.executionRate),
      { label: '自评得分', value: score, note: report.score?.derived || report.grade?.derived ? '等级推算' : undefined },
    ],
    footer: '镇街绩效自评报告 · 数字均链接报告原文',
  };
}

/** Every character a tree draws, to choose the font subsets. */
export const treeText = (n: CardNode | string): string =>
  typeof n === 'string' ? n : typeof n.props.children === 'string' ? n.props.children : (n.props.children ?? []).map(treeText).join('');

const el = (type: string, style: Record<string, string | number>, children: (CardNode | string)[] | string): CardNode => ({
  type,
  props: { style, children },
});

export function cardTree(c: CardContent): CardNode {
  const box = (f: CardContent['figures'][number]) =>
    el(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        width: 470,
        padding: '16px 24px',
        borderRadius: 12,
        background: '#ffffff',
        border: '2px solid #d0d7de',
      },
      [
        el('div', { fontSize: 28, color: '#59636e' }, f.note ? `${f.label}（${f.note}）` : f.label),
        el('div', { fontSize: 44, fontWeight: 700, color: '#1f2328' }, f.value),
      ],
    );
  return el('div', { display: 'flex', flexDirection: 'column', width: 1200, height: 630, padding: '48px 60px', background: '#f6f8fa' }, [
    el('div', { fontSize: 68, fontWeight: 700, color: '#0b5cad' }, c.title),
    el('div', { fontSize: 30, color: '#59636e', marginTop: 4 }, c.subtitle),
    el('div', { display: 'flex', flexWrap: 'wrap', width: 1080, gap: 20, marginTop: 36 }, c.figures.map(box)),
    el('div', { marginTop: 28, fontSize: 24, color: '#59636e' }, c.footer),
  ]);
}
