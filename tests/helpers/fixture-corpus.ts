// A folder of several units over several years and districts for the site tests, made from the shipped
// reports: each variant renames the unit and district and changes the year throughout the text, and
// may restate the execution rate, the score or the first problem at their source offsets, so ranks,
// changes and repeated problems differ between units and years the way real reports do.
import { readFileSync } from 'node:fs';
import { decode } from '../../src/lib/decode.ts';
import { parseReport } from '../../src/lib/parse-report.ts';
import type { Report } from '../../src/lib/schema.ts';

export interface Variant {
  /** Shipped report it is made from (file name without .txt). */
  from: string;
  file: string;
  year: number;
  rename?: [from: string, to: string][];
  rate?: string;
  score?: string;
  /** New wording of the first problem: a problem the year before did not name. */
  problem?: string;
}

export const VARIANTS: Variant[] = [
  // 白云区: 太和镇 also in 2023, a second town over three years, and a town that states no rate.
  { from: '000_6506d5458f2bf397', file: 'fx-taihe-2023.txt', year: 2023, rate: '95.5%', score: '96.5' },
  { from: '000_6506d5458f2bf397', file: 'fx-donghe-2021.txt', year: 2021, rename: [['太和镇', '东和镇']], rate: '97.2%', score: '91' },
  { from: '000_6506d5458f2bf397', file: 'fx-donghe-2022.txt', year: 2022, rename: [['太和镇', '东和镇']], rate: '99.54%', score: '93.5' },
  {
    from: '000_6506d5458f2bf397',
    file: 'fx-donghe-2023.txt',
    year: 2023,
    rename: [['太和镇', '东和镇']],
    rate: '88.1%',
    score: '96.5',
    problem: '农村集体经济薄弱，村级收入来源单一，增收渠道有限',
  },
  {
    from: '003_70a4941c04d84bdd',
    file: 'fx-beihe-2023.txt',
    year: 2023,
    rename: [
      ['从化区', '白云区'],
      ['吕田镇', '北和镇'],
    ],
  },
  // 海珠区: a subdistrict over two years.
  {
    from: '004_a0655f5b282921e2',
    file: 'fx-xihu-2022.txt',
    year: 2022,
    rename: [
      ['增城区', '海珠区'],
      ['荔城街道', '西湖街道'],
    ],
    score: '85.5',
  },
  {
    from: '004_a0655f5b282921e2',
    file: 'fx-xihu-2023.txt',
    year: 2023,
    rename: [
      ['增城区', '海珠区'],
      ['荔城街道', '西湖街道'],
    ],
    score: '89',
  },
];

const DIR = new URL('../../content/reports/', import.meta.url);

export function variantText(v: Variant): string {
  const bytes = readFileSync(new URL(`${v.from}.txt`, DIR));
  const text = decode(bytes).text;
  const report: Report = parseReport(bytes, { file: `${v.from}.txt` }).report!;
  const edits: { start: number; end: number; text: string }[] = [];
  const at = (range: { start: number | null; end: number | null } | null | undefined, value: string | undefined) => {
    if (value === undefined) return;
    if (range?.start == null || range.end == null) throw new Error(`${v.file}: ${v.from} states no such figure to restate`);
    edits.push({ start: range.start, end: range.end, text: value });
  };
  at(report.executionRate, v.rate);
  at(report.score, v.score);
  at(report.problemSpans[0], v.problem);
  // From the end, so the offsets of the edits still to make hold.
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  out = out.replaceAll(String(report.year), String(v.year));
  for (const [a, b] of v.rename ?? []) out = out.replaceAll(a, b);
  return out;
}
