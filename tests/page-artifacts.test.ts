// page-artifacts.ts: Markdown decoration, page footers and a table of contents, recognized line by line.
import { describe, expect, it } from 'vitest';
import { fromSource, type MappedText } from '../src/lib/mapped-text.ts';
import { cleanLine, INLINE_FOOTER, isFooter, tableOfContents } from '../src/lib/page-artifacts.ts';
import { quote } from './helpers/reports.ts';

const lines = (text: string): MappedText[] => text.split('\n').map((l) => cleanLine(fromSource(l)));

describe('cleanLine', () => {
  it('drops list markers, also indented ones, and keeps the map to the source', () => {
    const source = quote('001_b6a3c52251988525.txt:34', ' - 11.完成区委、区政府交办的其他任务。');
    const line = cleanLine(fromSource(source));
    expect(line.text).toBe('11.完成区委、区政府交办的其他任务。');
    expect(source.slice(line.map[0], line.map[line.text.length])).toBe(line.text);
  });

  it('drops bold markers and heading hashes', () => {
    expect(cleanLine(fromSource(quote('001_b6a3c52251988525.txt:28', '— 3 **—**'))).text).toBe('— 3 —');
    expect(cleanLine(fromSource('## 三、存在的主要问题')).text).toBe('三、存在的主要问题');
  });

  it('keeps a dash that is not a list marker', () => {
    expect(cleanLine(fromSource('— 2 —')).text).toBe('— 2 —');
  });
});

describe('isFooter', () => {
  it('knows "— 2 —" and "— 3 **—**" (001)', () => {
    const all = lines(
      quote('001_b6a3c52251988525.txt:18', ' - 5.统筹制定区域发展重大决策和建设规划。负责项目和基础\n\n— 2 —\n\n设施建设管理'),
    );
    expect(all.map((_, i) => isFooter(all, i))).toEqual([false, false, true, false, false]);
    expect(isFooter(lines('— 3 **—**'), 0)).toBe(true);
  });

  it('knows "第 3 页 共 12 页" and "3 / 12"', () => {
    expect(isFooter(lines('第 3 页 共 12 页'), 0)).toBe(true);
    expect(isFooter(lines('3 / 12'), 0)).toBe(true);
  });

  it('takes a bare number for a page number next to running text only', () => {
    const text = quote('000_6506d5458f2bf397.txt:75', '基础设施进一步完善。镇党群服务中心改造项目有序推进');
    const amid = lines(`${text}\n\n7\n\n${text}`);
    expect(isFooter(amid, 2)).toBe(true);
    const cells = lines('服务企业数\n203\n212');
    expect(isFooter(cells, 1)).toBe(false);
  });

  it('does not take a numbered heading or a year for a footer', () => {
    expect(isFooter(lines('1. 年度收入总体情况'), 0)).toBe(false);
    expect(isFooter(lines('2022'), 0)).toBe(false);
  });
});

describe('INLINE_FOOTER', () => {
  it('finds footers run into a flattened line', () => {
    const flat =
      quote('001_b6a3c52251988525.txt:79', '金轩一路、龙泽路、龙昊路等镇内汽车城保障道路全线通') +
      ' — 8 — ' +
      quote('001_b6a3c52251988525.txt:83', '车。深入开展交通秩序大整治');
    expect(flat.match(INLINE_FOOTER)).toEqual(['— 8 —']);
  });
});

describe('tableOfContents', () => {
  it('drops "目录" and its entries up to where the body repeats the first one', () => {
    const all = lines('目录\n一、基本情况……3\n二、综合评价分析……5\n\n一、基本情况\n(一) 部门概况。');
    expect([...tableOfContents(all)].sort()).toEqual([0, 1, 2]);
  });

  it('drops nothing without a 目录 line, or when what follows is running text', () => {
    expect(tableOfContents(lines('一、基本情况\n(一) 部门概况。')).size).toBe(0);
    const text = quote(
      '000_6506d5458f2bf397.txt:11',
      '广州市白云区太和镇人民政府设下列内设机构包括广州市白云区太和镇人民政府（本级）、广州市白云区太和镇社会事务综合服务中心、广州市白云区太和镇农业农村技术服务中心',
    );
    expect(tableOfContents(lines(`目录\n${text}`)).size).toBe(0);
  });
});

describe('footers that look like list items', () => {
  it('keeps "- 15 -" whole for isFooter to drop, rather than stripping it to an item "15 -"', () => {
    const all = lines('（四）部门整体收支情况\n- 15 -\n2023年，我镇年度预算总收支28,564.19万元');
    expect(all[1]!.text).toBe('- 15 -');
    expect(all.map((_, i) => isFooter(all, i))).toEqual([false, true, false]);
  });

  it('ends a table of contents at the title that follows it', () => {
    const all = lines(
      '目  录\n一、基本情况\t2\n二、综合评价分析\t9\n\n2022年度广州市白云区太和镇人民政府 部门整体支出绩效自评报告\n一、基本情况',
    );
    expect([...tableOfContents(all)].sort()).toEqual([0, 1, 2]);
  });
});
