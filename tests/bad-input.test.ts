// Files that are not good reports: empty, blank, binary, not a report, no year, no entity, very
// large, impossible values. parseReport never throws, names the file in every diagnostic, says what is
// wrong and what to do (the library asks with "请…"), and never returns an impossible value as a fact.
import { describe, expect, it } from 'vitest';
import { parseReport, type ParseResult } from '../src/lib/parse-report.ts';
import { ReportSchema, type Diagnostic, type Fact } from '../src/lib/schema.ts';
import { mulberry32 } from '../scripts/variants.ts';
import { factsIn } from './helpers/facts.ts';
import { ungrounded } from './helpers/grounding.ts';
import { record, reportText } from './helpers/reports.ts';

const FILE = 'content/reports/bad-input.txt';
const REPORT = '000_6506d5458f2bf397';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const randomBytes = (n: number, seed: number): Uint8Array => {
  const rng = mulberry32(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(rng() * 256));
};

const NOVEL =
  '那年冬天，雪下得特别大。祖母坐在炉火旁，一边剥着花生，一边给我们讲她年轻时在江南小镇上的故事。窗外的风呼呼地吹着，屋里却暖洋洋的，我们听得入了迷，直到深夜才恋恋不舍地去睡觉。\n';
const HTML =
  '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>今日天气</title></head>\n<body>\n<h1>广州天气预报</h1>\n<p>多云转晴，气温18至26摄氏度，东南风2级。</p>\n<script>console.log("hi")</script>\n</body>\n</html>\n';
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

function run(bytes: Uint8Array): ParseResult {
  return parseReport(bytes, { file: FILE });
}

/** The contract every result keeps: a valid record or an error, and every diagnostic naming the file. */
function expectContract({ report, diagnostics }: ParseResult): void {
  for (const d of diagnostics) expect(d.file, d.message).toBe(FILE);
  if (report) expect(ReportSchema.safeParse(report).success).toBe(true);
  else expect(diagnostics.filter((d) => d.severity === 'error')).not.toEqual([]);
}

/** An error whose code matches and that says what is wrong and asks for what to do. */
function expectError(diagnostics: readonly Diagnostic[], code: RegExp): Diagnostic {
  const errors = diagnostics.filter((x) => x.severity === 'error' && code.test(x.code));
  expect(errors, `an error ${code} among ${JSON.stringify(diagnostics)}`).not.toEqual([]);
  const actionable = errors.find((x) => /请/.test(x.message));
  expect(actionable, `an error ${code} that asks what to do (请…) among ${JSON.stringify(errors)}`).toBeDefined();
  return actionable!;
}

/** A record with nothing in it: the error says so. */
const notAReport = (bytes: () => Uint8Array) => () => {
  const result = run(bytes());
  expectContract(result);
  expect(result.report).toBeNull();
  expectError(result.diagnostics, /./);
};

const CASES: { id: string; test: () => void }[] = [
  { id: 'empty', test: notAReport(() => new Uint8Array()) },
  { id: 'whitespace', test: notAReport(() => utf8(' \n\t\r\n\u3000\n  \n')) },
  { id: 'random-bytes', test: notAReport(() => randomBytes(4096, 1)) },
  { id: 'png', test: notAReport(() => new Uint8Array([...PNG, ...randomBytes(2048, 2)])) },
  { id: 'novel', test: notAReport(() => utf8(NOVEL.repeat(5))) },
  { id: 'html', test: notAReport(() => utf8(HTML)) },
];

/** The report with every year taken out of title and body. */
function withoutYear(): string {
  return reportText(REPORT).replace(/(?:19|20)\d{2}\s*年度?/g, '');
}

/** The report with the entity taken out of the title and named only as 我镇 in the body. */
function withoutEntity(): { text: string; titleLine: number } {
  const { entity, titleSpan } = record(REPORT);
  const source = reportText(REPORT);
  const title = source.slice(titleSpan!.start, titleSpan!.end).replace(entity!, '');
  const body = source.slice(titleSpan!.end).replaceAll(entity!, '我镇').replaceAll('广州市白云区太和镇', '镇').replaceAll('太和', '本');
  return { text: source.slice(0, titleSpan!.start) + title + body, titleLine: titleSpan!.line! };
}

/** The report with one stated value replaced, e.g. the execution rate by "250%". */
function withValue(field: 'budget' | 'executionRate' | 'score', replacement: string): { text: string; at: Fact } {
  const at = record(REPORT)[field]!;
  const source = reportText(REPORT);
  return { text: source.slice(0, at.start!) + replacement + source.slice(at.end!), at };
}

const INVALID: { id: string; field: 'budget' | 'executionRate' | 'score'; replacement: string }[] = [
  { id: 'rate-250', field: 'executionRate', replacement: '250%' },
  { id: 'score-120', field: 'score', replacement: '120' },
  { id: 'budget-negative', field: 'budget', replacement: '-500万元' },
];

const LARGE = 20_000_000;
const LARGE_CASES: { id: string; text: (size: number) => string }[] = [
  { id: 'large-filler', text: (size) => reportText(REPORT) + NOVEL.repeat(Math.ceil(size / utf8(NOVEL).length)) },
  { id: 'large-repeated', text: (size) => reportText(REPORT).repeat(Math.ceil(size / utf8(reportText(REPORT)).length)) },
];

/** CPU time of this process for the fastest of a few parses, in ms: other processes' load does not count. */
function fastest(bytes: Uint8Array, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    run(bytes);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('bad input', () => {
  for (const c of CASES) it(c.id, c.test);

  it('no-year', () => {
    const text = withoutYear();
    const result = run(utf8(text));
    expectContract(result);
    expect(result.report?.year ?? null).toBeNull();
    expectError(result.diagnostics, /year/);
    if (result.report) expect(ungrounded(result.report, text)).toEqual([]);
  });

  it('no-entity', () => {
    const { text, titleLine } = withoutEntity();
    const result = run(utf8(text));
    expectContract(result);
    expect(result.report?.entity ?? null).toBeNull();
    expect(expectError(result.diagnostics, /entity/).line).toBe(titleLine);
    if (result.report) expect(ungrounded(result.report, text)).toEqual([]);
  });

  for (const c of INVALID) {
    it(c.id, () => {
      const { text, at } = withValue(c.field, c.replacement);
      const result = run(utf8(text));
      expectContract(result);
      expect(result.report, JSON.stringify(result.diagnostics)).not.toBeNull();
      expect(result.report![c.field]).toBeNull();
      const d = expectError(result.diagnostics, /invalid/);
      expect(d.line).toBe(at.line);
      expect(d.message).toContain(c.replacement.replace(/万元$/, ''));
      // Nowhere else in the record either: no fact quotes the replaced text.
      const end = at.start! + c.replacement.length;
      const quoting = [...factsIn(result.report)].filter(([, f]) => f.start !== null && f.start < end && at.start! < f.end!);
      expect(quoting.map(([path]) => path)).toEqual([]);
      expect(ungrounded(result.report, text)).toEqual([]);
    });
  }

  for (const c of LARGE_CASES) {
    // A generous test timeout (not an assertion on speed): on a loaded 2-core machine 20 MB can take a while.
    it(`${c.id} (20 MB) keeps the contract`, { timeout: 300_000 }, () => {
      expectContract(run(utf8(c.text(LARGE))));
    });

    // No wall-clock bound here (that is npm run bench): 4× the input may take at most 10× the time,
    // where a quadratic step would take 16×. Both sizes run in this process, one right after the other.
    it(`${c.id} grows linearly: 4× the input, well under 16× the time`, { timeout: 300_000 }, () => {
      const small = utf8(c.text(500_000));
      const large = utf8(c.text(2_000_000));
      fastest(small, 1);
      const ratio = fastest(large) / fastest(small);
      expect(ratio).toBeLessThan(10);
    });
  }
});
