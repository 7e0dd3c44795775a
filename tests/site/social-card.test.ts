import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseSubsets, subsetsFor } from '../../src/site/font-subsets.ts';
import { pngToIco } from '../../src/site/ico.ts';
import { cardContent, cardTree, treeText } from '../../src/site/social-card.ts';
import { record } from '../helpers/reports.ts';

const css = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/700.css'), 'utf8');

describe('cardContent', () => {
  it('shows the headline figures as the page does: unstated as 未说明, derived marked', () => {
    const c = cardContent(record('003_70a4941c04d84bdd'));
    expect(c.title).toBe('吕田镇 2023');
    expect(c.figures).toEqual([
      { label: '预算数', value: '未说明', note: undefined },
      { label: '支出数', value: '11,799.02 万元', note: '推算' },
      { label: '执行率', value: '未说明', note: undefined },
      { label: '自评得分', value: '97.82 分 · 优', note: '等级推算' },
    ]);
  });

  it('collects every character the tree draws, in order', () => {
    const c = cardContent(record('000_6506d5458f2bf397'));
    const text = treeText(cardTree(c));
    expect(text.startsWith(`${c.title}${c.subtitle}预算数`)).toBe(true);
    for (const f of c.figures) expect(text).toContain(f.note ? `${f.label}（${f.note}）${f.value}` : `${f.label}${f.value}`);
    expect(text.endsWith(c.footer)).toBe(true);
  });
});

describe('font subsets', () => {
  const subsets = parseSubsets(css);

  it('reads every WOFF file and its unicode ranges from the @fontsource CSS', () => {
    expect(subsets.length).toBe((css.match(/@font-face/g) ?? []).length);
    expect(subsets.every((s) => s.file.endsWith('.woff') && s.ranges.length > 0)).toBe(true);
  });

  it('picks the few files that cover a card, each covering one of its characters', () => {
    const text = treeText(cardTree(cardContent(record('000_6506d5458f2bf397'))));
    const files = subsetsFor(subsets, text);
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThan(subsets.length / 2);
    for (const ch of new Set(text.replace(/\s/g, ''))) {
      const cp = ch.codePointAt(0)!;
      const covering = subsets.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
      if (covering) expect(files).toContain(covering.file);
    }
    expect(subsetsFor(subsets, '')).toEqual([]);
  });
});

describe('pngToIco', () => {
  it('wraps a PNG in a one-image ICO header', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const ico = pngToIco(png, 32);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(view.getUint32(14, true)).toBe(png.length);
    expect(view.getUint32(18, true)).toBe(22);
    expect([...ico.slice(22)]).toEqual([...png]);
  });
});
