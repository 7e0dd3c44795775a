// The format comes from the bytes; a wrong extension is a warning; unreadable formats say what to do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/lib/ingest/detect.ts';
import { ingest, SUPPORTED_EXTENSIONS } from '../../src/lib/ingest/index.ts';

const fixture = (f: string) => new Uint8Array(readFileSync(new URL(`../fixtures/published/${f}`, import.meta.url)));
const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('format detection', () => {
  it.each([
    ['004.chromium.pdf', 'pdf'],
    ['004.docx', 'docx'],
    ['004.doc', 'doc'],
    ['form-004.xlsx', 'xlsx'],
    ['form-004.xls', 'xls'],
    ['000.html', 'html'],
  ])('knows %s as %s from its bytes, whatever its name', (file, format) => {
    expect(detectFormat(fixture(file), 'txt')).toEqual({ format });
  });

  it('takes plain text as text, and markup as a web page', () => {
    expect(detectFormat(new TextEncoder().encode('2022年度某某镇人民政府部门整体支出绩效自评报告'), 'txt')).toEqual({ format: 'txt' });
    expect(detectFormat(ascii('\n  <!DOCTYPE html><html><body>x</body></html>'), 'htm')).toEqual({ format: 'html' });
  });

  it('warns when the extension disagrees and reads the file as what it is', async () => {
    const got = await ingest(fixture('004.docx'), '报告.pdf');
    expect(got.format).toBe('docx');
    expect(got.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'input/extension' });
    expect(got.text).toContain('荔城街道办事处');
  });

  it.each([
    ['report.wps', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /WPS 文字.*另存为 \.docx/],
    ['form.et', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /WPS 表格.*另存为 \.xlsx/],
    ['report.ofd', ascii('PK\x03\x04....OFD.xml....'), /OFD.*导出为 PDF/],
    ['scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /图片.*文字版/],
    ['report.rtf', ascii('{\\rtf1\\ansi ...}'), /RTF.*另存为/],
  ])('refuses %s with what it is and what to convert it to', async (file, bytes, message) => {
    const got = await ingest(bytes, file);
    expect(got.text).toBe('');
    expect(got.diagnostics).toHaveLength(1);
    expect(got.diagnostics[0]).toMatchObject({ severity: 'error', code: 'input/unsupported', file });
    expect(got.diagnostics[0]!.message).toMatch(message);
  });

  it('lists the extensions the loader reads in one place', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(['doc', 'docx', 'htm', 'html', 'pdf', 'text', 'txt', 'xls', 'xlsx']);
  });
});

describe('damaged files', () => {
  it.each([
    ['004.chromium.pdf', 'cut.pdf'],
    ['004.docx', 'cut.docx'],
    ['form-004.xlsx', 'cut.xlsx'],
    ['004.doc', 'cut.doc'],
  ])('a truncated %s is an error that says the file is damaged, not a crash', async (source, name) => {
    const bytes = fixture(source);
    const got = await ingest(bytes.subarray(0, Math.floor(bytes.length / 3)), name);
    expect(got.text).toBe('');
    expect(got.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
      expect.stringMatching(/^input\/(corrupt|empty|no-text)$/),
    ]);
  });
});
