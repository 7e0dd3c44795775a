// sections.ts: heading markers, the heading tree of real reports, numbering mistakes, and lookups by offset.
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/lib/normalize.ts';
import { buildSections, parseMarker, pathAt, sectionAt, walk } from '../src/lib/sections.ts';
import { quote, reportText } from './helpers/reports.ts';

const treeOf = (name: string) => {
  const text = normalize(reportText(name)).text;
  return { text, ...buildSections(text) };
};
const lineOfNormalized = (name: string, offset: number) => {
  const norm = normalize(reportText(name));
  return reportText(name).slice(0, norm.map[offset]).split('\n').length;
};

describe('parseMarker', () => {
  it('ranks the five marker styles', () => {
    expect(parseMarker('一、基本情况')).toEqual({ level: 1, marker: '一、', number: 1 });
    expect(parseMarker('(三)部门整体收支情况')).toEqual({ level: 2, marker: '(三)', number: 3 });
    expect(parseMarker('2.部门职能配置')).toEqual({ level: 3, marker: '2.', number: 2 });
    expect(parseMarker('(12)完成区委、区政府交办的其他任务。')).toEqual({ level: 4, marker: '(12)', number: 12 });
    expect(parseMarker('③')).toEqual({ level: 5, marker: '③', number: 3 });
    expect(parseMarker('⑵')).toEqual({ level: 5, marker: '⑵', number: 2 });
    expect(parseMarker('十二、完成区委交办的其他任务')?.number).toBe(12);
  });

  it('puts "第一部分" above 一、, with 一、 restarting under each part', () => {
    expect(parseMarker('第二部分 绩效自评情况')).toEqual({ level: 0, marker: '第二部分', number: 2 });
    const text = '第一部分部门概况\n一、部门职能\n第二部分绩效自评情况\n一、部门整体收支情况\n二、自评结论';
    const { roots, problems } = buildSections(text);
    expect(roots.map((r) => [r.title, r.children.map((c) => c.title)])).toEqual([
      ['部门概况', ['部门职能']],
      ['绩效自评情况', ['部门整体收支情况', '自评结论']],
    ]);
    expect(problems).toEqual([]);
  });

  it('declines years, decimals and enumerations', () => {
    expect(parseMarker('2022年我镇全年预算数66,446.66万元')).toBeNull();
    expect(parseMarker('1.5万人次')).toBeNull();
    expect(parseMarker('一是产业结构仍需进一步升级')).toBeNull();
    expect(parseMarker('12345热线受理480份工单')).toBeNull();
  });
});

describe('buildSections on 004, which numbers two sections (三)', () => {
  const { text, roots, problems } = treeOf('004_a0655f5b282921e2');

  it('reports the second (三) once, at its source line', () => {
    // 004_a0655f5b282921e2.txt:83 and :87 both open with （三）.
    quote('004_a0655f5b282921e2.txt:87', '（三）部门整体绩效管理情况。');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('标题编号 (三) 与预期的第 4 项不符');
    expect(lineOfNormalized('004_a0655f5b282921e2', problems[0]!.start)).toBe(87);
  });

  it('builds the top level from 一、 to 四、', () => {
    expect(roots.map((r) => r.title)).toEqual(['基本情况', '综合评价分析', '存在的主要问题', '下一步改进措施']);
    expect(roots.map((r) => r.number)).toEqual([1, 2, 3, 4]);
  });

  it('keeps both (三) as siblings, titles without the closing 。', () => {
    const second = roots[0]!.children.map((c) => c.title);
    expect(second).toEqual(['部门概况', '年度总体工作和重点工作任务', '部门整体收支情况', '部门整体绩效管理情况']);
  });

  it('ends a node where its next peer begins and nests children inside', () => {
    for (const node of walk(roots)) {
      expect(node.start).toBeLessThan(node.end);
      for (const child of node.children) {
        expect(child.parent).toBe(node);
        expect(child.start).toBeGreaterThanOrEqual(node.start);
        expect(child.end).toBeLessThanOrEqual(node.end);
      }
    }
    const [first, secondRoot] = roots;
    expect(first!.end).toBe(secondRoot!.start);
    expect(text.slice(secondRoot!.start).startsWith('二、综合评价分析')).toBe(true);
  });

  it('takes a numbered paragraph for a node titled by its first sentence', () => {
    const duty = roots[0]!.children[0]!.children[0]!.children[0]!;
    expect(duty.marker).toBe('(1)');
    expect(duty.heading).toBe(false);
    expect(duty.title).toBe('宣传贯彻落实党和国家各项方针政策和法律法规,执行上级的决议、决定');
  });
});

describe('numbering of 003', () => {
  it('flags the item "3." that the report ran into the paragraph before', () => {
    // 003_70a4941c04d84bdd.txt:67 ends "…提高绩效监控的针对性和有效性。3.健全…", so the next line's 4. follows 2.
    quote('003_70a4941c04d84bdd.txt:67', '提高绩效监控的针对性和有效性。3.健全“全面自评、部分复核、重点评价”工作机制');
    const { problems } = treeOf('003_70a4941c04d84bdd');
    expect(problems.map((p) => p.message)).toEqual(['标题编号 4. 与预期的第 3 项不符']);
    expect(lineOfNormalized('003_70a4941c04d84bdd', problems[0]!.start)).toBe(69);
  });

  it('finds no numbering problem in 000, 001 or 002', () => {
    for (const name of ['000_6506d5458f2bf397', '001_b6a3c52251988525', '002_bf9dfd7af09c6cef']) expect(treeOf(name).problems).toEqual([]);
  });
});

describe('headings among numbered items', () => {
  it('takes the short last duty of a list for an item like its siblings, not a heading', () => {
    for (const [name, title] of [
      ['000_6506d5458f2bf397', '完成区委、区政府交办的其他任务'],
      ['004_a0655f5b282921e2', '完成区委、区政府交办的其他任务'],
    ] as const) {
      const { roots } = treeOf(name);
      const last = [...walk(roots)].find((n) => n.title === title);
      expect(last?.heading).toBe(false);
    }
  });

  it('keeps short numbered headings whose peers are headings too', () => {
    const { roots } = treeOf('002_bf9dfd7af09c6cef');
    const titles = [...walk(roots)].filter((n) => n.heading).map((n) => n.title);
    expect(titles).toContain('年度收入总体情况');
    expect(titles).toContain('年度支出总体情况');
    expect(titles).not.toContain('预算编制方面,基本能够根据工作需求和实际情况进行');
  });
});

describe('sectionAt and pathAt', () => {
  const { text, roots } = treeOf('000_6506d5458f2bf397');

  it('finds the section path of the department budget', () => {
    const at = text.indexOf('66,446.66万元');
    expect(pathAt(roots, at).map((n) => n.title)).toEqual(['基本情况', '部门整体收支情况']);
    expect(sectionAt(roots, at)?.marker).toBe('(三)');
  });

  it('puts the project line under the second (三), not the first', () => {
    const at = text.indexOf('新农村基础设施建设项目');
    expect(pathAt(roots, at).map((n) => n.title)).toEqual(['综合评价分析', '各重点任务项目支出完成情况分析']);
  });

  it('returns nothing before the first heading', () => {
    expect(sectionAt(roots, 0)).toBeNull();
    expect(pathAt(roots, 0)).toEqual([]);
  });
});
