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
    expect(le).toEqual({ text, encoding: 'UTF-16LE', problem: null, damaged: [] });
    const be = decode(bytes([0xfe, 0xff], iconv.encode(text, 'utf16-be')));
    expect(be).toEqual({ text, encoding: 'UTF-16BE', problem: null, damaged: [] });
  });

  it('reads a report saved as GB18030 (GBK)', () => {
    const out = decode(iconv.encode(text, 'GB18030'));
    expect(out).toEqual({ text, encoding: 'GB18030', problem: null, damaged: [] });
  });

  it('refuses binary data', () => {
    const png = bytes(
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      Array.from({ length: 400 }, (_, i) => (i * 37) % 32),
    );
    expect(decode(png).problem).toMatch(/二进制/);
  });

  it('takes form feeds and tabs for text', () => {
    expect(decode(new TextEncoder().encode('一、基本情况\f\n名称\t预算数\n')).problem).toBeNull();
  });
});

describe('damaged bytes', () => {
  const text = reportText(reportNames[0]!);
  const lineOf = (t: string, at: number) => t.slice(0, at).split('\n').length;
  const encodings: [string, (t: string) => Uint8Array][] = [
    ['UTF-8', (t) => new TextEncoder().encode(t)],
    ['GB18030', (t) => new Uint8Array(iconv.encode(t, 'GB18030'))],
  ];
  for (const [encoding, encode] of encodings) {
    it(`reads ${encoding} with a stray 0xFF in the middle as ${encoding}, naming the damaged line`, () => {
      const mid = text.length >> 1;
      const damaged = new Uint8Array([...encode(text.slice(0, mid)), 0xff, ...encode(text.slice(mid))]);
      const out = decode(damaged);
      expect(out.encoding).toBe(encoding);
      expect(out.problem).toBeNull();
      expect(out.damaged).toHaveLength(1);
      const replaced = out.text.indexOf('\ufffd');
      expect(out.damaged[0]).toBe(lineOf(out.text, replaced));
      // Everything before the damage reads exactly as written.
      expect(out.text.slice(0, replaced)).toBe(text.slice(0, replaced));
    });

    it(`reads ${encoding} cut inside its last character as ${encoding}`, () => {
      const withWide = `${text}\n结束`;
      const bytes = encode(withWide);
      const out = decode(bytes.subarray(0, bytes.length - 1));
      expect(out.encoding).toBe(encoding);
      expect(out.text.startsWith(text)).toBe(true);
      expect(out.damaged).toEqual([lineOf(withWide, withWide.length)]);
    });
  }
});
