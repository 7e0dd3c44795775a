// PDF ingest on tiny PDFs written inside the test, one per pitfall of published files.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/index.ts';
import { encodeFor, glyphIds, predefinedFont, stream, toUnicodeFont, unmappedFont, writePdf } from '../helpers/pdf-writer.ts';

const LINE_1 = '全年预算数82,912.04万元，执行率90.8%';
const LINE_2 = '自评得分88.51分，等级为良';

describe('PDF ingest', () => {
  for (const encoding of ['UniGB-UCS2-H', 'GBK-EUC-H'] as const) {
    it(`reads non-embedded 宋体 with the predefined CMap ${encoding} and no ToUnicode`, async () => {
      const content = `BT /F1 12 Tf 72 700 Td ${encodeFor(encoding, LINE_1)} Tj ET BT /F1 12 Tf 72 680 Td ${encodeFor(encoding, LINE_2)} Tj ET`;
      const pdf = writePdf(predefinedFont(encoding, 3), [{ content, resources: '/Font << /F1 3 0 R >>' }]);
      const got = await ingest(pdf, 'cmap.pdf');
      expect(got.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(got.text.replace(/\s/g, '')).toBe(LINE_1 + LINE_2);
      expect(got.format).toBe('pdf');
      expect(got.pages).toBe(1);
    });
  }

  it('maps radical code points of a broken ToUnicode to ideographs and says how many', async () => {
    // The map gives ⼴ ⼈ ⺠ ⽀ ⾏ ⻔ ⼾ for 广 人 民 支 行 门 户, as Skia writes it.
    const shown = '⼴州市⼈⺠政府部⻔⽀出执⾏率⼾';
    const content = `BT /F1 12 Tf 72 700 Td ${glyphIds(shown, shown)} Tj ET`;
    const pdf = writePdf(toUnicodeFont(shown, 3), [{ content, resources: '/Font << /F1 3 0 R >>' }]);
    const got = await ingest(pdf, 'radicals.pdf');
    expect(got.text.trim()).toBe('广州市人民政府部门支出执行率户');
    const note = got.diagnostics.find((d) => d.code === 'input/radicals');
    expect(note?.severity).toBe('warning');
    expect(note?.message).toContain(' 7 ');
  });

  it('rebuilds a ruled 3×3 table with a merged cell and a number wrapped inside its cell', async () => {
    // Columns at x 72 / 200 / 300 / 400, rows at y 700 / 670 / 640 / 610; no rule between the first
    // two columns of the top row (a merged header), the last cell of the middle row empty.
    const rules = [
      '72 699.5 328 1 re f',
      '72 669.5 328 1 re f',
      '72 639.5 328 1 re f',
      '72 609.5 328 1 re f',
      '71.5 610 1 90 re f',
      '399.5 610 1 90 re f',
      '299.5 610 1 90 re f',
      '199.5 610 1 60 re f',
    ].join('\n');
    const text = (x: number, y: number, s: string) => `BT /F1 10 Tf ${x} ${y} Td ${encodeFor('UniGB-UCS2-H', s)} Tj ET`;
    const content = [
      rules,
      text(80, 680, '预算执行情况'),
      text(305, 680, '执行率'),
      text(80, 650, '年度资金总额'),
      text(205, 655, '82,912.0'),
      text(205, 643, '4'),
      text(80, 620, '其他资金'),
      text(205, 620, '832.41'),
      text(305, 620, '63.4%'),
    ].join('\n');
    const pdf = writePdf(predefinedFont('UniGB-UCS2-H', 3), [{ content, resources: '/Font << /F1 3 0 R >>' }]);
    const got = await ingest(pdf, 'table.pdf');
    expect(got.tables).toHaveLength(1);
    const grid = got.tables[0]!;
    expect([grid.rows, grid.cols]).toEqual([3, 3]);
    const cells = grid.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.text]);
    expect(cells).toEqual([
      [0, 0, 1, 2, '预算执行情况'],
      [0, 2, 1, 1, '执行率'],
      [1, 0, 1, 1, '年度资金总额'],
      [1, 1, 1, 1, '82,912.04'],
      [1, 2, 1, 1, ''],
      [2, 0, 1, 1, '其他资金'],
      [2, 1, 1, 1, '832.41'],
      [2, 2, 1, 1, '63.4%'],
    ]);
    // The text holds the table once, as exact pipe rows, with the empty last cell in place.
    expect(got.text).toContain('| 年度资金总额 | 82,912.04 |  |');
    expect(got.text).not.toMatch(/82,912\.0\s+4/);
    // Each cell's text maps to its place on the page.
    const at = got.text.indexOf('832.41');
    const span = got.spans.find((s) => s.start <= at && s.end > at)!;
    expect(span.page).toBe(1);
    expect(span.box![0]).toBeGreaterThan(200 / 595);
    expect(span.box![2]).toBeLessThan(300 / 595);
  });

  it('joins a table that goes on over a page break, and the row the break split', async () => {
    const text = (x: number, y: number, s: string) => `BT /F1 10 Tf ${x} ${y} Td ${encodeFor('UniGB-UCS2-H', s)} Tj ET`;
    // Two columns (x 72 / 250 / 400); page 1 ends in the middle of the row 重大社会治安事件发 / 生率.
    const grid = (ys: number[]) =>
      [
        ...ys.map((y) => `72 ${y - 0.5} 328 1 re f`),
        ...[72, 250, 400].map((x) => `${x - 0.5} ${ys[ys.length - 1]} 1 ${ys[0]! - ys[ys.length - 1]!} re f`),
      ].join('\n');
    const page1 = [
      grid([140, 110, 80]),
      text(80, 120, '三级指标'),
      text(255, 120, '实际完成值'),
      text(80, 90, '重大社会治安事件发'),
      text(255, 90, '0%'),
    ].join('\n');
    const page2 = [grid([780, 750, 720]), text(80, 760, '生率'), text(80, 730, '治安案件查处率'), text(255, 730, '100%')].join('\n');
    const resources = '/Font << /F1 3 0 R >>';
    const got = await ingest(
      writePdf(predefinedFont('UniGB-UCS2-H', 3), [
        { content: page1, resources },
        { content: page2, resources },
      ]),
      'split.pdf',
    );
    expect(got.tables).toHaveLength(1);
    expect(got.tables[0]!.cells.map((c) => [c.row, c.col, c.text])).toEqual([
      [0, 0, '三级指标'],
      [0, 1, '实际完成值'],
      [1, 0, '重大社会治安事件发生率'],
      [1, 1, '0%'],
      [2, 0, '治安案件查处率'],
      [2, 1, '100%'],
    ]);
    expect(got.tables[0]!.cells.find((c) => c.text === '100%')!.page).toBe(2);
  });

  it('never reads the glyph codes of a font without a Unicode map: the page yields no text, an error', async () => {
    // pdf.js gives such codes as characters (0x0102 → Ă, 0x0031 would read as 1).
    const content = 'BT /F1 12 Tf 72 700 Td <0102030405060708090a0b0c> Tj ET';
    const got = await ingest(writePdf(unmappedFont(3), [{ content, resources: '/Font << /F1 3 0 R >>' }]), 'unmapped.pdf');
    expect(got.text.trim()).toBe('');
    expect(got.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'input/garbled-font'],
      ['error', 'input/no-text'],
    ]);
  });

  it('drops the text of an unmapped font and keeps the rest of the page', async () => {
    const content = `BT /F1 12 Tf 72 700 Td <0102030405060708090a0b0c> Tj ET BT /F2 12 Tf 72 680 Td ${encodeFor('UniGB-UCS2-H', LINE_1)} Tj ET`;
    const got = await ingest(
      writePdf([...unmappedFont(3), ...predefinedFont('UniGB-UCS2-H', 6)], [{ content, resources: '/Font << /F1 3 0 R /F2 6 0 R >>' }]),
      'mixed.pdf',
    );
    expect(got.text.trim()).toBe(LINE_1);
    expect(got.diagnostics.map((d) => d.code)).toEqual(['input/garbled-font']);
  });

  it('refuses a scanned PDF (pages that are only images) with an error, and reads nothing', async () => {
    const image = stream(
      String.fromCharCode(128),
      '/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8',
    );
    const page = { content: 'q 595 0 0 842 0 0 cm /Im1 Do Q', resources: '/XObject << /Im1 3 0 R >>' };
    const got = await ingest(writePdf([image], [page, page]), 'scan.pdf');
    expect(got.text.trim()).toBe('');
    const error = got.diagnostics.find((d) => d.code === 'input/scanned');
    expect(error?.severity).toBe('error');
    expect(error?.message).toMatch(/扫描件.*OCR/);
  });

  it('does not read the hidden OCR layer a scanner lays over its page image', async () => {
    const image = stream(
      String.fromCharCode(128),
      '/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8',
    );
    const fonts = predefinedFont('UniGB-UCS2-H', 4);
    const resources = '/XObject << /Im1 3 0 R >> /Font << /F1 4 0 R >>';
    const scan = {
      content: `q 595 0 0 842 0 0 cm /Im1 Do Q BT 3 Tr /F1 12 Tf 72 700 Td ${encodeFor('UniGB-UCS2-H', LINE_1)} Tj ET`,
      resources,
    };
    const text = { content: `BT /F1 12 Tf 72 700 Td ${encodeFor('UniGB-UCS2-H', LINE_2)} Tj ET`, resources };
    const only = await ingest(writePdf([image, ...fonts], [scan]), 'ocr.pdf');
    expect(only.text.trim()).toBe('');
    expect(only.diagnostics.find((d) => d.code === 'input/scanned')?.severity).toBe('error');
    const mixed = await ingest(writePdf([image, ...fonts], [scan, text]), 'mixed.pdf');
    expect(mixed.text.trim()).toBe(LINE_2);
    expect(mixed.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'input/scanned-pages']]);
  });

  it('drops page numbers and a running header, and keeps a paragraph that goes on over the page break', async () => {
    const text = (x: number, y: number, s: string, size = 12) => `BT /F1 ${size} Tf ${x} ${y} Td ${encodeFor('UniGB-UCS2-H', s)} Tj ET`;
    // 36 characters of 12 pt fill the 432 pt measure from x 72 to 504.
    const full = '一二三四五六七八九十'.repeat(4).slice(0, 36);
    const furniture = (n: number) => [text(200, 800, '某某镇人民政府', 9), text(280, 60, `— ${n} —`)];
    const body = [
      [text(96, 700, `第一段${full.slice(5)}`), text(72, 686, full), text(72, 672, full)],
      [text(72, 700, full), text(72, 686, `${full.slice(0, 10)}。`), text(96, 672, `第二段${full.slice(5)}`), text(72, 658, full)],
      [text(72, 700, full), text(72, 686, `${full.slice(0, 8)}。`)],
    ];
    const pages = body.map((lines, i) => ({ content: [...furniture(i + 1), ...lines].join('\n'), resources: '/Font << /F1 3 0 R >>' }));
    const got = await ingest(writePdf(predefinedFont('UniGB-UCS2-H', 3), pages), 'furniture.pdf');
    expect(got.text).not.toMatch(/—\s*\d\s*—/);
    expect(got.text).not.toContain('某某镇人民政府');
    const paragraphs = got.text.split(/\n\s*\n/).map((p) => p.trim());
    expect(paragraphs).toEqual([
      `第一段${full.slice(5)}${full}${full}${full}${full.slice(0, 10)}。`,
      `第二段${full.slice(5)}${full}${full}${full.slice(0, 8)}。`,
    ]);
  });
});
