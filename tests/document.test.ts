// document.ts: a match in the normalized text becomes a Fact quoting the source, with its line, paragraph, sentence and clause.
import { describe, expect, it } from 'vitest';
import {
  clauseAt,
  derived,
  displayText,
  fact,
  group,
  lineAt,
  makeDoc,
  matches,
  matchesWithin,
  paragraphAt,
  perDoc,
  sentenceAt,
  span,
  titlesAt,
} from '../src/lib/document.ts';
import { expectStated } from './helpers/facts.ts';
import { reportText } from './helpers/reports.ts';

const source = reportText('001_b6a3c52251988525');
const doc = makeDoc(source);
const at = (text: string) => doc.text.indexOf(text);

describe('facts and spans', () => {
  it('fact quotes the source behind a normalized match, spaces and all (001 line 45)', () => {
    const start = at('48,865.73万元');
    const f = fact(doc, start, start + '48,865.73万元'.length, 48865.73, '万元', 'test');
    expectStated(f, source, 48865.73, '48,865.73 万元');
    expect(f.line).toBe(45);
  });

  it('span across a removed page footer covers it in the source (001 lines 18-22)', () => {
    const start = at('负责项目和基础设施建设管理');
    const s = span(doc, start, start + '负责项目和基础设施建设管理'.length);
    expect(s.text).toBe('负责项目和基础\n\n— 2 —\n\n设施建设管理');
    expect(s.line).toBe(18);
  });

  it('derived facts quote nothing', () => {
    expect(derived(11799.02, '万元', 'spent/sum')).toEqual({
      value: 11799.02,
      unit: '万元',
      text: null,
      start: null,
      end: null,
      line: null,
      derived: true,
      rule: 'spent/sum',
    });
  });

  it('lineAt gives the source line of a normalized offset', () => {
    expect(lineAt(doc, at('自评综合得分为92.44分'))).toBe(59);
  });
});

describe('context around an offset', () => {
  const score = at('92.44');

  it('paragraph, sentence and clause', () => {
    expect(paragraphAt(doc, score).text).toBe('2022年广州市番禺区化龙镇人民政府自评综合得分为92.44分,自评结果为"优"。');
    expect(sentenceAt(doc, score).text).toBe('2022年广州市番禺区化龙镇人民政府自评综合得分为92.44分,自评结果为"优"。');
    expect(clauseAt(doc, score).text).toBe('2022年广州市番禺区化龙镇人民政府自评综合得分为92.44分');
  });

  it('a comma inside a number does not end the clause', () => {
    expect(clauseAt(doc, at('48,865.73')).text).toBe('广州市番禺区化龙镇人民政府2022年度支出预算数48,865.73万元');
  });

  it('titlesAt gives the section path', () => {
    expect(titlesAt(doc, score)).toEqual(['综合评价分析', '自评结论综述']);
  });
});

describe('matches and group', () => {
  it('yields every match with group spans, within a range', () => {
    const all = [...matches(doc, /(?<n>[一二三])是/)];
    expect(all.length).toBeGreaterThan(6);
    const problems = at('三、存在的主要问题');
    const inProblems = [...matches(doc, /(?<n>[一二三])是/, problems, at('四、下一步改进措施'))];
    expect(inProblems.map((m) => group(m, 'n')!.text)).toEqual(['一', '二', '三']);
    const first = group(inProblems[0]!, 'n')!;
    expect(doc.text.slice(first.start, first.end)).toBe('一');
    expect(group(inProblems[0]!, 'missing')).toBeNull();
  });

  it('matchesWithin searches only the ranges, with offsets in the whole text', () => {
    const pattern = /(?<n>[一二三])是/;
    const problems: [number, number] = [at('三、存在的主要问题'), at('四、下一步改进措施')];
    const within = [...matchesWithin(doc, pattern, [problems])];
    const inRange = [...matches(doc, pattern)].filter((m) => m.index >= problems[0] && m.index < problems[1]);
    expect(within.map((m) => [m.index, group(m, 'n')])).toEqual(inRange.map((m) => [m.index, group(m, 'n')]));
    expect(within).toHaveLength(3);
    expect([...matchesWithin(doc, pattern, [])]).toEqual([]);
  });
});

describe('perDoc', () => {
  it('works a value out once per document, apart for each document', () => {
    const seen: string[] = [];
    const firstLine = perDoc((d) => {
      seen.push(d.source);
      return d.text.split('\n')[0];
    });
    const other = makeDoc('二、其他\n正文');
    expect(firstLine(doc)).toBe(doc.text.split('\n')[0]);
    expect(firstLine(doc)).toBe(firstLine(doc));
    expect(firstLine(other)).toBe('二、其他');
    expect(seen).toEqual([source, '二、其他\n正文']);
  });
});

describe('displayText', () => {
  it("keeps the source's full-width punctuation while spaces and line breaks stay removed (000:113)", () => {
    const source = '二是城乡空间格局尚需优化，镇村品质还需不\n\n断提升；';
    const doc = makeDoc(source);
    expect(doc.text).toBe('二是城乡空间格局尚需优化,镇村品质还需不断提升;');
    expect(displayText(doc, 0, doc.text.length)).toBe('二是城乡空间格局尚需优化，镇村品质还需不断提升；');
  });
});
