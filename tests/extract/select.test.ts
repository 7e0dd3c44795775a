// extract/select.ts: select picks the best-ranked value, and turns a disagreement into a warning, never a silent pick.
import { describe, expect, it } from 'vitest';
import { fact, makeDoc } from '../../src/lib/document.ts';
import type { Candidate, Note } from '../../src/lib/extractor.ts';
import { select } from '../../src/lib/extract/select.ts';
import { quote } from '../helpers/reports.ts';

// 004_a0655f5b282921e2.txt:85 and :95 state the same budget; 82,079.63 is a fund's.
const doc = makeDoc(
  `${quote('004_a0655f5b282921e2.txt:85', '全年预算数 82,912.04 万元,全年执行数 75,317.78 万元，预算完成率 90.8%。其中财政拨款全年预算数 82,079.63 万元')}\n${quote('004_a0655f5b282921e2.txt:95', '全年预算数 82,912.04 万元')}`,
);
const candidate = (text: string, occurrence: number, rank: number): Candidate => {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = doc.text.indexOf(text, at + 1);
  return { fact: fact(doc, at, at + text.length, Number(text.replace(/,|万元/g, '')), '万元', 'test'), rank, at };
};
const first = candidate('82,912.04万元', 0, 0);
const again = candidate('82,912.04万元', 1, 1);
const fund = candidate('82,079.63万元', 0, 0);

describe('select', () => {
  it('takes the first of agreeing candidates of the best rank', () => {
    const notes: Note[] = [];
    expect(select('budget', '预算数', [again, first], notes, '“全年预算数 X 万元”')).toBe(first.fact);
    expect(notes).toEqual([]);
  });

  it('leaves the field empty when best-ranked candidates disagree', () => {
    const notes: Note[] = [];
    expect(select('budget', '预算数', [first, fund], notes, '“全年预算数 X 万元”')).toBeNull();
    expect(notes).toMatchObject([
      {
        severity: 'warning',
        code: 'conflict/budget',
        message: '预算数有两个不同的值: 82,912.04 万元 与 82,079.63 万元; 未采用任何一个',
        at: fund.at,
        field: 'budget',
      },
    ]);
    // The competing readings travel with the field, to be shown next to it.
    expect(notes[0]!.readings!.map((r) => r.value)).toEqual([82912.04, 82079.63]);
  });

  it('keeps the best value but warns about a lower-ranked disagreement', () => {
    const notes: Note[] = [];
    expect(select('budget', '预算数', [first, { ...fund, rank: 2 }], notes, '“全年预算数 X 万元”')).toBe(first.fact);
    expect(notes.map((n) => n.code)).toEqual(['conflict/budget']);
    expect(notes[0]!.message).toContain('另有一处写作 82,079.63 万元');
  });

  it('gives null and a missing-value warning, naming the phrasing looked for, for no candidates', () => {
    const notes: Note[] = [];
    expect(select('budget', '预算数', [], notes, '“全年预算数 X 万元”')).toBeNull();
    expect(notes).toEqual([{ severity: 'warning', code: 'missing/budget', message: '报告没有写明预算数 (如“全年预算数 X 万元”)' }]);
  });

  it('does not call a value that was stated twice differently "not stated"', () => {
    const notes: Note[] = [];
    select('budget', '预算数', [first, fund], notes, '“全年预算数 X 万元”');
    expect(notes.map((n) => n.code)).toEqual(['conflict/budget']);
  });
});
