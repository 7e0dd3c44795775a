// Thousands of damaged and random inputs: mutated shipped reports (slices deleted, duplicated, swapped,
// random text and bytes inserted, truncated, in any encoding), random bytes, random text and report-word
// soups. parseReport never throws, never reports internal/*, and gives a valid record with every fact
// grounded in the decoded input, or null with an error. (Time is bounded by the loader's budget and
// checked for linearity in hostile-input.test.ts; a test never asserts wall-clock time.)
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { decode } from '../src/lib/decode.ts';
import { parseReport } from '../src/lib/parse-report.ts';
import { ReportSchema } from '../src/lib/schema.ts';
import { ENCODING_IDS, makeVariant } from '../scripts/variants.ts';
import { fcRuns } from './helpers/fc-runs.ts';
import { ungrounded } from './helpers/grounding.ts';
import { reportNames, reportText } from './helpers/reports.ts';

const FILE = 'content/reports/fuzz.txt';

/** The contract on one input. */
function expectContract(bytes: Uint8Array): void {
  const { report, diagnostics } = parseReport(bytes, { file: FILE });
  expect(diagnostics.filter((d) => d.code.startsWith('internal/'))).toEqual([]);
  for (const d of diagnostics) expect(d.file).toBe(FILE);
  if (!report) {
    expect(
      diagnostics.some((d) => d.severity === 'error'),
      JSON.stringify(diagnostics),
    ).toBe(true);
    return;
  }
  expect(ReportSchema.safeParse(report).error).toBeUndefined();
  expect(ungrounded(report, decode(bytes).text)).toEqual([]);
}

// Edits at positions given as fractions of the length, so they shrink well and fit any input.
const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const length = fc.integer({ min: 0, max: 400 });
const edit = <T>(insert: fc.Arbitrary<T>) =>
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), from: at, length }),
    fc.record({ kind: fc.constant('duplicate' as const), from: at, length }),
    fc.record({ kind: fc.constant('swap' as const), from: at, to: at, length }),
    fc.record({ kind: fc.constant('insert' as const), from: at, insert }),
    fc.record({ kind: fc.constant('truncate' as const), from: at }),
  );
type Edit<T> =
  | { kind: 'delete' | 'duplicate' | 'truncate'; from: number; length?: number }
  | { kind: 'swap'; from: number; to: number; length: number }
  | { kind: 'insert'; from: number; insert: T };

/** One edit of a string or a byte array (both sliced and joined the same way). */
function apply<S extends string | Uint8Array>(input: S, e: Edit<S>, join: (parts: S[]) => S): S {
  const i = Math.floor(e.from * (input.length + 1));
  const cut = (a: number, b: number) => input.slice(a, b) as S;
  switch (e.kind) {
    case 'delete':
      return join([cut(0, i), cut(i + e.length!, input.length)]);
    case 'duplicate':
      return join([cut(0, i + e.length!), cut(i, input.length)]);
    case 'truncate':
      return cut(0, i);
    case 'insert':
      return join([cut(0, i), e.insert, cut(i, input.length)]);
    case 'swap': {
      const [a, b] = [i, Math.floor(e.to * (input.length + 1))].sort((x, y) => x - y) as [number, number];
      const n = Math.min(e.length, b - a);
      return join([cut(0, a), cut(b, b + n), cut(a + n, b), cut(a, a + n), cut(b + n, input.length)]);
    }
  }
}
const joinText = (parts: string[]): string => parts.join('');
function joinBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (out.set(p, offset), offset + p.length), 0);
  return out;
}

const report = fc.constantFrom(...reportNames);
const randomText = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
const textEdits = fc.array(edit(randomText), { minLength: 1, maxLength: 6 });
const byteEdits = fc.array(edit(fc.uint8Array({ maxLength: 16 })), { minLength: 1, maxLength: 4 });

/** Words of reports, markers, numbers and oddities, for inputs that reach deep into the extractors. */
const WORDS = [
  '2022年度',
  '2023 年',
  '广州市白云区',
  '太和镇人民政府',
  '荔城街道办事处',
  '部门整体支出绩效自评报告',
  '附件 2',
  '目录',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\t',
  '\u3000',
  '一、',
  '二、',
  '三、存在的主要问题',
  '四、下一步改进措施',
  '（一）',
  '(二)',
  '1.',
  '2、',
  '(1)',
  '⑴',
  '①',
  '一是',
  '二是',
  '— 3 —',
  '第 3 页 共 12 页',
  '**',
  '## ',
  '|',
  '全年预算数',
  '预算总收支',
  '支出数',
  '全年执行数',
  '实际支出',
  '预算执行率达',
  '完成预算的',
  '自评得分为',
  '自评总分为',
  '综合得分',
  '自评结果为',
  '“优”',
  '良好',
  '其中',
  '财政拨款',
  '一般公共预算财政拨款收入',
  '基本支出',
  '项目支出',
  '建设项目',
  '年度指标值为',
  '年度目标值为',
  '实际完成',
  '指标完成率为',
  '数量指标为',
  '产出指标共设置',
  '扣',
  '分',
  '万元',
  '元',
  '亿元',
  '%',
  '％',
  '万人次',
  '家',
  '次',
  '个',
  '，',
  '。',
  '；',
  '：',
  '、',
  '“',
  '”',
  '（',
  '）',
  '≥',
  '不低于',
  '或以上',
  '-',
  '−',
  '负',
  '0',
  '1',
  '100',
  '120',
  '250',
  '98.95',
  '66,446.66',
  '１２３．４５',
  '1,797',
  '0.05',
  '-500',
  '1e21',
  '9999999999999999999',
  '.',
  ',,',
  '\ufeff',
  '\ufffd',
  '\u0000',
  '\ud800',
];
const soup = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.double({ noNaN: true }).map(String)), { maxLength: 300 })
  .map((w) => w.join(''));

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const check =
  <T>(arb: fc.Arbitrary<T>, toBytes: (input: T) => Uint8Array, runs: number) =>
  () =>
    fc.assert(
      fc.property(arb, (input) => expectContract(toBytes(input))),
      fcRuns(runs),
    );

it(
  'edited reports',
  check(fc.tuple(report, textEdits), ([name, edits]) => utf8(edits.reduce((t, e) => apply(t, e, joinText), reportText(name))), 1200),
);

/** Plain UTF-8 and every variant encoding. */
const encodings = ['utf8', ...ENCODING_IDS];
it.skipIf(!encodings.length)(
  `reports in ${encodings.join(', ')} with damaged bytes`,
  check(
    fc.tuple(report, fc.constantFrom(...encodings), byteEdits),
    ([name, encoding, edits]) =>
      edits.reduce((b, e) => apply(b, e, joinBytes), makeVariant(reportText(name), encoding === 'utf8' ? [] : [encoding], 0).bytes),
    700,
  ),
);

it(
  'random bytes',
  check(fc.uint8Array({ maxLength: 4096 }), (b) => b, 1000),
);

it('random text', check(fc.string({ unit: 'binary', maxLength: 2000 }), utf8, 1000));

it('report words in random order', check(soup, utf8, 3000));
