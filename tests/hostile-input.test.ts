// Inputs built to hurt: runs of 10^5 digits, brackets and numerals; numbers of 16, 19, 309 and 400
// digits with signs where the report states its figures; damaged bytes in every encoding. parseReport
// never throws, never reports internal/*, grounds every fact, and grows linearly with its input.
// (Special files and odd file names go through the loader: tests/loaders/reports.test.ts.)
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/lib/decode.ts';
import { parseReport, type ParseResult } from '../src/lib/parse-report.ts';
import { ReportSchema } from '../src/lib/schema.ts';
import { ungrounded } from './helpers/grounding.ts';
import { record, reportText } from './helpers/reports.ts';

const FILE = 'hostile.txt';
const REPORT = '000_6506d5458f2bf397';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function expectContract(bytes: Uint8Array, result: ParseResult = parseReport(bytes, { file: FILE })): ParseResult {
  const { report, diagnostics } = result;
  expect(diagnostics.filter((d) => d.code.startsWith('internal/'))).toEqual([]);
  for (const d of diagnostics) expect(d.file).toBe(FILE);
  if (report) {
    expect(ReportSchema.safeParse(report).error).toBeUndefined();
    expect(ungrounded(report, decode(bytes).text)).toEqual([]);
  } else {
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }
  return result;
}

/** CPU time of this process for one parse, the fastest of `runs`: other processes' load does not count. */
function cpuMs(bytes: Uint8Array, runs: number): { ms: number; result: ParseResult } {
  let ms = Infinity;
  let result!: ParseResult;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    result = parseReport(bytes, { file: FILE });
    const used = process.cpuUsage(before);
    ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  return { ms, result };
}

const TITLE = '2022年度广州市白云区太和镇部门整体支出绩效自评报告\n';
const UNITS = ['1', '１', '（', '（一）', '(1)', '一', '一、', '①', '-', '9,', '.', '|', '\t'];
/** Below this a CPU time is mostly noise: a ratio of two such times says nothing about growth. */
const FLOOR_MS = 10;
const RUN = 100_000;

describe('runs of 10^5', () => {
  for (const unit of UNITS) {
    for (const [where, prefix] of [
      ['alone', ''],
      ['title', TITLE],
    ] as const) {
      const text = (n: number) => prefix + unit.repeat(Math.ceil(n / unit.length));
      // 4× the run may take at most 12× the CPU time, where a quadratic step takes 16×; the fastest of two
      // runs each, since a busy machine still slows one run now and then.
      it(`${JSON.stringify(unit)} ${where}: contract kept, linear in the run`, { timeout: 120_000 }, () => {
        const small = cpuMs(utf8(text(RUN / 4)), 2);
        const large = cpuMs(utf8(text(RUN)), 2);
        expectContract(utf8(text(RUN)), large.result);
        expect(large.ms / Math.max(small.ms, FLOOR_MS)).toBeLessThan(12);
      });
    }
  }
});

describe('numbers a double cannot hold, and signs', () => {
  const source = reportText(REPORT);
  const r = record(REPORT);
  const fields = ['budget', 'spent', 'executionRate', 'score'] as const;
  const numbers = ['9999999999999999', '9999999999999999999', '1'.repeat(309), '9'.repeat(400), '12345678901234567.89'];
  const signs = ['', '-', '−', '负', '+'];
  for (const field of fields) {
    const at = r[field]!;
    const digits = /\d[\d,.]*/.exec(at.text!)!;
    for (const number of numbers) {
      for (const sign of signs) {
        it(`${field} as ${sign}${number.length > 24 ? `${number.length} digits` : number}`, () => {
          const start = at.start! + digits.index;
          const text = source.slice(0, start) + sign + number + source.slice(start + digits[0].length);
          const { report } = expectContract(utf8(text));
          // Whatever is kept is a finite number.
          if (report?.[field]) expect(Number.isFinite(report[field]!.value)).toBe(true);
        });
      }
    }
  }
  it('a 309-digit actual in an indicator leaves the rest of the record, with a content error on its line', () => {
    const indicators = reportText('004_a0655f5b282921e2');
    const text = indicators.replace('实际完成 5 次', `实际完成 ${'9'.repeat(309)} 次`);
    expect(text).not.toBe(indicators);
    const { report, diagnostics } = expectContract(utf8(text));
    expect(report).not.toBeNull();
    const warning = diagnostics.find((d) => d.code === 'invalid/precision');
    expect(warning?.message).toMatch(/请/);
    expect(warning?.line).toBe(indicators.slice(0, indicators.indexOf('实际完成 5 次')).split('\n').length);
    // Nothing holds a value that long: no figure of the record is a rounded 10^309-scale number.
    expect(JSON.stringify(report)).not.toMatch(/e\+|Infinity/);
  });
  it('a number of 16+ significant digits is refused rather than stored rounded', () => {
    const source = reportText(REPORT);
    const at = record(REPORT).budget!;
    const digits = /\d[\d,.]*/.exec(at.text!)!;
    const start = at.start! + digits.index;
    const { report, diagnostics } = expectContract(
      utf8(source.slice(0, start) + '9999999999999999999' + source.slice(start + digits[0].length)),
    );
    expect(report?.budget?.value).not.toBe(1e19);
    expect(diagnostics.map((d) => d.code)).toContain('invalid/precision');
  });
});

describe('damaged bytes in each encoding', () => {
  const text = reportText(REPORT);
  const clean = record(REPORT);
  // What a broken spot is in each: bytes no sequence can start with; in UTF-16 a lone surrogate
  // (an odd byte would shift every unit after it, which is not damage but another text).
  const encodings: [string, (t: string) => number[], number[], number[]][] = [
    ['UTF-8', (t) => [...utf8(t)], [0xff], []],
    ['UTF-8 with BOM', (t) => [...utf8(t)], [0xff, 0xfe], [0xef, 0xbb, 0xbf]],
    ['GB18030', (t) => [...iconv.encode(t, 'GB18030')], [0xff], []],
    ['UTF-16LE', (t) => [...iconv.encode(t, 'UTF-16LE')], [0x00, 0xd8], [0xff, 0xfe]],
    ['UTF-16BE', (t) => [...iconv.encode(t, 'UTF-16BE')], [0xd8, 0x00], [0xfe, 0xff]],
  ];
  /** The text with broken bytes at the given fractions of its length (at character boundaries). */
  const broken = (encode: (t: string) => number[], bad: number[], at: number[]) => {
    const cuts = [0, ...at.map((f) => Math.floor(text.length * f)), text.length];
    return cuts.slice(1).flatMap((end, i) => [...(i ? bad : []), ...encode(text.slice(cuts[i], end))]);
  };
  const damages: [string, (encode: (t: string) => number[], bad: number[]) => number[]][] = [
    ['broken bytes in the middle', (encode, bad) => broken(encode, bad, [0.5])],
    ['broken bytes in three places', (encode, bad) => broken(encode, bad, [0.25, 0.5, 0.75])],
    ['cut inside its last character', (encode) => encode(`${text}\n结束`).slice(0, -1)],
  ];
  for (const [encoding, encode, bad, bom] of encodings) {
    for (const [damage, make] of damages) {
      it(`${encoding}, ${damage}: the report is still read, its damage named by line`, () => {
        const bytes = new Uint8Array([...bom, ...make(encode, bad)]);
        const { report, diagnostics } = expectContract(bytes);
        expect(report?.id, JSON.stringify(diagnostics.filter((d) => d.severity === 'error'))).toBe(clean.id);
        expect(report?.budget?.value).toBe(clean.budget?.value);
        const notes = diagnostics.filter((d) => d.code === 'decode/damaged');
        expect(notes.length).toBeGreaterThan(0);
        for (const n of notes.filter((n) => n.line)) expect(decode(bytes).text.split('\n')[n.line! - 1]).toContain('\ufffd');
      });
    }
  }
});
