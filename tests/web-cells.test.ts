// web-cells.ts: a table copied from a web page, one cell per line with " |" after each cell.
import { describe, expect, it } from 'vitest';
import { fromSource, slice } from '../src/lib/mapped-text.ts';
import { normalize } from '../src/lib/normalize.ts';
import { webCells } from '../src/lib/web-cells.ts';

const linesOf = (text: string) => {
  const mt = fromSource(text);
  let at = 0;
  return text.split('\n').map((line) => {
    const piece = slice(mt, at, at + line.length);
    at += line.length + 1;
    return piece;
  });
};

// As 四川's web pages show a 项目支出绩效自评表 (青神县, 2023): each cell on its line, closed by a pipe.
const PASTED = [
  '项目名称 |',
  '51000021R000000019951-工资性支出 |',
  '主管部门 |',
  '青神县发展和改革局本级 |',
  '|',
  '总额 |',
  '238.93 |',
].join('\n');

describe('webCells', () => {
  it('drops the pipe after each cell of a run, keeping each cell on its line, mapped to its source', () => {
    const out = webCells(linesOf(PASTED));
    expect(out.map((l) => l.text)).toEqual([
      '项目名称',
      '51000021R000000019951-工资性支出',
      '主管部门',
      '青神县发展和改革局本级',
      '',
      '总额',
      '238.93',
    ]);
    const last = out[6]!;
    expect(PASTED.slice(last.map[0], last.map[last.text.length - 1]! + 1)).toBe('238.93');
  });

  it('normalize then reads the cells as lines of a one-cell-per-line form', () => {
    expect(normalize(PASTED).text.split('\n')).toContain('青神县发展和改革局本级');
    expect(normalize(PASTED).text).not.toContain('|');
  });
});

describe('webCells: not a pasted table', () => {
  it('leaves a Markdown pipe table alone', () => {
    const table = ['| 项目 | 预算数 |', '| --- | --- |', '| 合计 | 100 |', '| 其中 | 50 |'].join('\n');
    expect(webCells(linesOf(table)).map((l) => l.text)).toEqual(table.split('\n'));
  });

  it('leaves fewer than four such lines in a row alone', () => {
    const text = '项目名称 |\n工资性支出 |\n主管部门 |\n正文一段。';
    expect(webCells(linesOf(text)).map((l) => l.text)).toEqual(text.split('\n'));
  });
});
