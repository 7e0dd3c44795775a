// reflow.ts: wrapped lines joined into paragraphs, headings told from list paragraphs, flattened reports split again.
import { describe, expect, it } from 'vitest';
import { fromSource } from '../src/lib/mapped-text.ts';
import { normalize } from '../src/lib/normalize.ts';
import { isHeading, joinWrapped, unflatten } from '../src/lib/reflow.ts';
import { isTableRow } from '../src/lib/tables.ts';
import { quote, reportText } from './helpers/reports.ts';
import { halfWidth } from './helpers/text.ts';

const texts = (lines: string[], cells?: Set<number>) =>
  joinWrapped(
    lines.map((l) => fromSource(l)),
    cells,
  ).map((p) => p.text);

describe('joinWrapped', () => {
  it('joins a line broken at page width with the next', () => {
    const [a, b] = quote(
      '000_6506d5458f2bf397.txt:17',
      '(2) 落实基层党建工作责任制，加强镇党委自身建设和村社党组织建设，以及其他隶属镇党委的党组织建设，抓\n\n好发展党员工作',
    ).split('\n\n');
    expect(texts([a!, '', b!])).toEqual([`${a}${b}`]);
  });

  it('starts a new paragraph at a list item or after a full stop', () => {
    expect(texts(['- 一是预算编制合理性和科学性有待提升。', '二是部分项目受新冠肺炎疫情等因素影响执行率较低'])).toHaveLength(2);
    expect(texts(['四、下一步改进措施', '一是从源头做好预算编制工作,做实绩效目标,充分运用'])).toHaveLength(2);
  });

  it('joins a line that opens with a comma or a closing bracket', () => {
    expect(texts(['负责辖区内消防', '，统筹协调'])).toEqual(['负责辖区内消防，统筹协调']);
  });

  it('keeps the fields of a cover apart, each on its line, and a web page title apart from the report title', () => {
    const cover = [
      '岳阳市城市管理监督指挥中心2023绩效评价自评报告及评分表',
      '岳阳市2023年度部门整体支出',
      '部门(单位)名称:  岳阳市城市管理监督指挥中心',
      '预 算 编 码:   906017',
      '评价方式:部门(单位)绩效自评',
      '报告日期:2024年05月18日',
      '岳阳市财政局(制)',
    ];
    expect(texts(cover)).toEqual(cover);
  });

  it('starts a whole title on its own after a line of another kind, but joins a title broken in two', () => {
    const prompt = ['提示:本页面内容由网站自动生成', '永州市零陵区富家桥镇人民政府2022年度部门整体支出绩效自评报告'];
    expect(texts(prompt)).toEqual(prompt);
    expect(texts(['2022年度广州市白云区太和镇人民政府', '部门整体支出绩效自评报告'])).toEqual([
      '2022年度广州市白云区太和镇人民政府部门整体支出绩效自评报告',
    ]);
  });

  it('keeps a label alone on its line and its value apart from what follows', () => {
    const cells = ['部门(单位)名称', '伊犁哈萨克自治州察布查尔锡伯自治县琼博拉镇人民政府', '年度预算执行情况(万元)'];
    expect(texts(cells)).toEqual(cells);
    // A body line that merely starts with a similar word is still joined.
    expect(texts(['我局单位名称变更后,2022年预算增加较多,各项', '工作有序开展。'])).toHaveLength(1);
  });

  it('keeps table rows and flattened cells apart', () => {
    expect(texts(['| 资金来源 | 全年预算数 |', '| 财政拨款 | 82,079.63 |'])).toHaveLength(2);
    const cells = ['服务企业数年度指标值为 203 家，实际完成', '212 家'];
    expect(texts(cells)).toHaveLength(1);
    expect(texts(cells, new Set([0, 1]))).toHaveLength(2);
  });
});

describe('isHeading and isTableRow', () => {
  it('knows short numbered lines as headings', () => {
    expect(isHeading('三、存在的主要问题')).toBe(true);
    expect(isHeading('(三)部门整体收支情况')).toBe(true);
    expect(isHeading('1.部门机构设置')).toBe(true);
  });

  it('does not take enumerations, numbered paragraphs or plain text for headings', () => {
    expect(isHeading('一是预算编制合理性和科学性有待提升。')).toBe(false);
    expect(isHeading('(1)宣传贯彻落实党和国家各项方针政策和法律法规。研究决定')).toBe(false);
    expect(isHeading('2022年我镇全年预算数66,446.66万元')).toBe(false);
  });

  it('knows pipe and tab rows', () => {
    expect(isTableRow('| 财政拨款 | 82,079.63 |')).toBe(true);
    expect(isTableRow('财政拨款\t82,079.63')).toBe(true);
    expect(isTableRow('其中财政拨款全年预算数 82,079.63 万元')).toBe(false);
  });
});

describe('unflatten', () => {
  /** Lines 139-189 of 002 as a PDF tool flattens them (one line, paragraphs joined by spaces), half-width as normalize hands them on. */
  const flat = halfWidth(reportText('002_bf9dfd7af09c6cef').split('\n').slice(138, 189).filter(Boolean).join(' '));

  it('splits a flattened report before each heading and after its title', () => {
    const pieces = unflatten(fromSource(flat)).map((p) => p.text);
    expect(pieces).toContain('三、存在的主要问题');
    expect(pieces).toContain('四、下一步改进措施');
    expect(pieces).toContain('(三)管理效率分析');
    // Numbered paragraphs: 4 under (二), 6 under (三), 3 problems, 3 measures.
    expect(pieces.filter((p) => /^\d\./.test(p))).toHaveLength(4 + 6 + 3 + 3);
  });

  it('keeps the map to the source', () => {
    for (const p of unflatten(fromSource(flat))) expect(flat.slice(p.map[0], p.map[p.text.length - 1]! + 1)).toBe(p.text);
  });

  it('leaves an ordinary line alone', () => {
    const line = fromSource(
      quote(
        '000_6506d5458f2bf397.txt:53',
        '2022年我镇全年预算数66,446.66万元，支出数66,138.47万元，预算执行率达99.54%，基本完成年初制定的目标。',
      ),
    );
    expect(unflatten(line)).toEqual([line]);
  });

  it('gives the flattened text the same problems and measures as the original', () => {
    const out = normalize(flat).text.split('\n');
    const problems = out.indexOf('三、存在的主要问题');
    expect(out.slice(problems + 1, problems + 4).map((l) => l.slice(0, 2))).toEqual(['1.', '2.', '3.']);
  });
});
