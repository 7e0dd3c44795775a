// extract/precision.ts: a number a double cannot hold is named, once, on its line.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractPrecision } from '../../src/lib/extract/precision.ts';

const codes = (text: string) => extractPrecision(makeDoc(text)).notes.map((n) => n.code);

describe('extractPrecision', () => {
  it.each([
    '全年预算数为9999999999999999999万元',
    `实际完成${'9'.repeat(309)}次`,
    '执行率为12345678901234567.89%',
    '比例为0.12345678901234567%',
    // Too many digits only when both sides of the point are counted.
    '财政专户资金全年预算数为123456789.0123456789万元',
  ])('names %s', (text) => {
    expect(codes(text)).toEqual(['invalid/precision']);
  });

  it.each(['全年预算数为66,446.66万元', '预算编码：123456789012345', '金额999,999,999,999.999元', '0.000000000000001'])(
    'leaves %s, which a double holds',
    (text) => {
      expect(codes(text)).toEqual([]);
    },
  );

  it('says how many more past ten', () => {
    const notes = extractPrecision(makeDoc(Array.from({ length: 13 }, () => '9'.repeat(20)).join('、'))).notes;
    expect(notes).toHaveLength(11);
    expect(notes[10]!.message).toContain('另有 3 个');
  });
});
