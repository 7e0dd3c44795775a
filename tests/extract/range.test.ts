// extract/range.ts: values no report can mean are refused with an error that names the text.
import { describe, expect, it } from 'vitest';
import { fact, makeDoc } from '../../src/lib/document.ts';
import type { Note } from '../../src/lib/extractor.ts';
import { inRange } from '../../src/lib/extract/range.ts';
import { quote } from '../helpers/reports.ts';

const doc = makeDoc(quote('000_6506d5458f2bf397.txt:53', '2022年我镇全年预算数66,446.66万元，支出数66,138.47万元，预算执行率达99.54%'));
const at = doc.text.indexOf('99.54%');
const rate = fact(doc, at, at + '99.54%'.length, 99.54, '%', 'rate/test');

describe('inRange', () => {
  it('keeps a value inside the range, with no note', () => {
    const notes: Note[] = [];
    expect(inRange(rate, '预算执行率', 0, 150, notes)).toBe(rate);
    expect(notes).toEqual([]);
  });

  it('keeps the bounds themselves', () => {
    expect(inRange({ ...rate, value: 150 }, '预算执行率', 0, 150, [])).not.toBeNull();
    expect(inRange({ ...rate, value: 0 }, '预算执行率', 0, 150, [])).not.toBeNull();
  });

  it('refuses a value outside it, naming the text and its line', () => {
    const notes: Note[] = [];
    expect(inRange({ ...rate, value: 250 }, '预算执行率', 0, 150, notes)).toBeNull();
    expect(notes).toEqual([
      { severity: 'error', code: 'invalid/value', message: '预算执行率“99.54%”不在 0–150 之内, 未采用, 请核对原文', line: 1 },
    ]);
  });

  it('writes an open upper bound as ∞ and refuses a negative amount', () => {
    const notes: Note[] = [];
    expect(inRange({ ...rate, value: -1 }, '预算数', 0, Infinity, notes)).toBeNull();
    expect(notes[0]!.message).toContain('0–∞');
  });

  it('passes null through', () => {
    expect(inRange(null, '预算数', 0, Infinity, [])).toBeNull();
  });
});
