// decode.ts: the reports decode as UTF-8, the same text in GB18030 or UTF-16 decodes to the same string, binary is refused.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/lib/decode.ts';
import { reportBytes, reportNames, reportText } from './helpers/reports.ts';

const text = reportText('001_b6a3c52251988525');
const bytes = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decode', () => {
  it.each(reportNames)('reads %s as UTF-8 text without a problem', (name) => {
    const out = decode(reportBytes(name));
    expect(out.encoding).toBe('UTF-8');
    expect(out.problem).toBeNull();
    expect(out.text).toBe(new TextDecoder().decode(reportBytes(name)));
  });

  it('removes a UTF-8 byte-order mark and nothing else', () => {
    const out = decode(bytes([0xef, 0xbb, 0xbf], new TextEncoder().encode(text)));
    expect(out.encoding).toBe('UTF-8');
    expect(out.text).toBe(text);
  });

  it('reads UTF-16 with either byte order', () => {
    const le = decode(bytes([0xff, 0xfe], iconv.encode(text, 'utf16le')));
    expect(le).toEqual({ text, encoding: 'UTF-16LE', problem: null });
    const be = decode(bytes([0xfe, 0xff], iconv.encode(text, 'utf16-be')));
    expect(be).toEqual({ text, encoding: 'UTF-16BE', problem: null });
  });

  it('reads a report saved as GB18030 (GBK)', () => {
    const out = decode(iconv.encode(text, 'GB18030'));
    expect(out).toEqual({ text, encoding: 'GB18030', problem: null });
  });

  it('refuses binary data', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], Array.from({ length: 400 }, (_, i) => (i * 37) % 32));
    expect(decode(png).problem).toMatch(/二进制/);
  });

  it('takes form feeds and tabs for text', () => {
    expect(decode(new TextEncoder().encode('一、基本情况\f\n名称\t预算数\n')).problem).toBeNull();
  });
});
