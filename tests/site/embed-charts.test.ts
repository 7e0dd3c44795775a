import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ALL_YEARS } from '../../src/site/chart-data.ts';
import { EMBED_CHARTS, embedPath, embedSnippet } from '../../src/site/embed-charts.ts';

describe('embed charts', () => {
  it('gives each chart its own ASCII path per view', () => {
    const slugs = EMBED_CHARTS.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z-]+$/);
    expect(embedPath('score', ALL_YEARS)).toBe('/embed/score/all/');
    expect(embedPath('score', 2022)).toBe('/embed/score/2022/');
  });

  it('writes an iframe snippet whose attributes survive quotes and ampersands', () => {
    const snippet = embedSnippet('https://example.org/embed/score/all/?a=1&b=2', '得分 "全部" <年度>');
    const iframe = parse(snippet).querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe('https://example.org/embed/score/all/?a=1&b=2');
    expect(iframe.getAttribute('title')).toBe('得分 "全部" <年度>');
    expect(parse(snippet).querySelectorAll('*')).toHaveLength(1);
  });
});
