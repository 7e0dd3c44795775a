// normalize.ts: what PDF extraction and Markdown did to the reports is undone, and the map leads back to the source.
import { describe, expect, it } from 'vitest';
import { toSource } from '../src/lib/mapped-text.ts';
import { normalize, sourcePosition } from '../src/lib/normalize.ts';
import { quote, reportNames, reportText } from './helpers/reports.ts';
import { halfWidth } from './helpers/text.ts';

const lines = (source: string) => normalize(source).text.split('\n');

/** The normalized form of one source character: full-width forms to ASCII, other spaces to a plain one. */
const fold = (ch: string) => (/\s/.test(ch) ? ' ' : halfWidth(ch));

describe('page footers', () => {
  it('drops "— 2 —" and joins the sentence it interrupted', () => {
    const source = quote(
      '001_b6a3c52251988525.txt:18',
      ' - 5.统筹制定区域发展重大决策和建设规划。负责项目和基础\n\n— 2 —\n\n设施建设管理,推进乡村振兴、全域旅游',
    );
    expect(lines(source)).toEqual(['5.统筹制定区域发展重大决策和建设规划。负责项目和基础设施建设管理,推进乡村振兴、全域旅游']);
  });

  it('drops "— 3 **—**" once the bold markers are gone', () => {
    const source = quote(
      '001_b6a3c52251988525.txt:26',
      '- 8.统筹负责辖区内综合行政执法工作。依法开展综合行政监督管理,统筹、协调、指挥、监督辖区内联合执法和综合整治。 承担安全生产和防灾减灾救灾等应急管理工作,负责突发公共事件的应对处置,组织和协调各类应急救援。负责辖区内消防\n\n— 3 **—**\n\n工作。',
    );
    const out = lines(source);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/负责辖区内消防工作。$/);
  });

  it('drops a footer between a heading item and its continuation', () => {
    const source = quote('001_b6a3c52251988525.txt:67', '1. 经济发展迎难而进立潮头。面对需求收缩、供给冲击、\n\n— 6 —\n\n预期转弱三重压力');
    expect(lines(source)).toEqual(['1.经济发展迎难而进立潮头。面对需求收缩、供给冲击、预期转弱三重压力']);
  });
});

describe('Markdown', () => {
  it('removes list markers, also when indented', () => {
    const source = quote(
      '001_b6a3c52251988525.txt:33',
      '- 10.编制本镇财政预决算计划并组织实施。负责镇财政资金的使用、监督和管理,统筹镇财政预算资金的分配与调度。负责镇行政、事业单位的财务监管工作。统筹各项政府性收支管理。\n - 11.完成区委、区政府交办的其他任务。',
    );
    const out = lines(source);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^10\.编制本镇财政预决算计划/);
    expect(out[1]).toBe('11.完成区委、区政府交办的其他任务。');
  });

  it('keeps items of a dash list apart when each ends its sentence', () => {
    const source = quote(
      '001_b6a3c52251988525.txt:105',
      '- 一是预算编制合理性和科学性有待提升。\n- 二是部分项目受新冠肺炎疫情等因素影响执行率较低, 预 算执行水平有待进一步提高。',
    );
    expect(lines(source)).toEqual([
      '一是预算编制合理性和科学性有待提升。',
      '二是部分项目受新冠肺炎疫情等因素影响执行率较低,预算执行水平有待进一步提高。',
    ]);
  });
});

describe('lines broken mid-sentence', () => {
  it('joins a sentence broken across a blank line', () => {
    const source = quote(
      '000_6506d5458f2bf397.txt:17',
      '(2) 落实基层党建工作责任制，加强镇党委自身建设和村社党组织建设，以及其他隶属镇党委的党组织建设，抓\n\n好发展党员工作，加强党员队伍建设。',
    );
    expect(lines(source)).toEqual([
      '(2)落实基层党建工作责任制,加强镇党委自身建设和村社党组织建设,以及其他隶属镇党委的党组织建设,抓好发展党员工作,加强党员队伍建设。',
    ]);
  });

  it('joins a label broken before its number ("年度指标\\n\\n值为 70%")', () => {
    const source = quote('004_a0655f5b282921e2.txt:101', '2.城乡管理治理上水平。垃圾专车专运完成率年度指标\n\n值为 70%');
    expect(lines(source)).toEqual(['2.城乡管理治理上水平。垃圾专车专运完成率年度指标值为70%']);
  });

  it('does not join a heading with the paragraph after it', () => {
    const source = quote('000_6506d5458f2bf397.txt:51', '（三）部门整体收支情况\n\n2022年我镇全年预算数66,446.66万元');
    expect(lines(source)).toEqual(['(三)部门整体收支情况', '2022年我镇全年预算数66,446.66万元']);
  });

  it('does not join a line that ends its sentence with the next item', () => {
    const source = quote(
      '002_bf9dfd7af09c6cef.txt:175',
      '1. 绩效目标设定方面，部分目标不够明确和具体，导致执行过程中缺乏明确的方向和标准。\n\n2. 预算执行的监控力度有待进一步加强',
    );
    expect(lines(source)).toHaveLength(2);
  });

  it('joins a numbered sentence broken at page width, though it is short enough for a heading', () => {
    const source = quote(
      '002_bf9dfd7af09c6cef.txt:159',
      '1. 预算编制方面，基本能够根据工作需求和实际情况进行\n\n科学合理的编制，但在一些项目的预算精准度上还需提高，导致预算调整情况时有发生。',
    );
    expect(lines(source)).toEqual([
      '1.预算编制方面,基本能够根据工作需求和实际情况进行科学合理的编制,但在一些项目的预算精准度上还需提高,导致预算调整情况时有发生。',
    ]);
  });

  it("keeps a tab row's leading empty cells", () => {
    expect(lines('一级指标\t二级指标\t三级指标\n\t\t外出招商活动次数')).toEqual(['一级指标\t二级指标\t三级指标', '\t\t外出招商活动次数']);
  });

  it('does not join the title with the heading after it', () => {
    const source = quote('001_b6a3c52251988525.txt:1', '2022 年度广州市番禺区化龙镇人民政府部门整体支出绩效自评报告\n\n一、基本情况');
    expect(lines(source)).toEqual(['2022年度广州市番禺区化龙镇人民政府部门整体支出绩效自评报告', '一、基本情况']);
  });
});

describe('characters and spaces', () => {
  it('turns full-width punctuation and digits into ASCII', () => {
    const source = quote('003_70a4941c04d84bdd.txt:7', '（一）部门概况');
    expect(lines(source)).toEqual(['(一)部门概况']);
  });

  it('removes spaces in "2022 年" and "48,865.73 万元"', () => {
    const source = quote(
      '001_b6a3c52251988525.txt:45',
      '广州市番禺区化龙镇人民政府 2022 年度支出预算数 48,865.73 万元,支出执行数 40,430.2 万元,完成预算的 82.7%。',
    );
    expect(lines(source)).toEqual(['广州市番禺区化龙镇人民政府2022年度支出预算数48,865.73万元,支出执行数40,430.2万元,完成预算的82.7%。']);
  });

  it('keeps one space between two ASCII words ("46000 m²") and none before a Chinese unit ("III 类")', () => {
    expect(normalize(quote('000_6506d5458f2bf397.txt:103', '道路环境整治面积约 46000 m²及新增人行道约 2km')).text).toBe(
      '道路环境整治面积约46000 m²及新增人行道约2km',
    );
    expect(normalize(quote('003_70a4941c04d84bdd.txt:91', '水质达标率（保持 III 类或以上）')).text).toBe('水质达标率(保持III类或以上)');
  });

  it('treats Windows line breaks like Unix ones', () => {
    const source = quote('000_6506d5458f2bf397.txt:17', '以及其他隶属镇党委的党组织建设，抓\n\n好发展党员工作');
    expect(normalize(source.replace(/\n/g, '\r\n')).text).toBe('以及其他隶属镇党委的党组织建设,抓好发展党员工作');
  });
});

describe('the offset map', () => {
  it.each(reportNames)('maps every character of %s to the source character it came from', (name) => {
    const source = reportText(name);
    const { text, map } = normalize(source);
    expect(map).toHaveLength(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      // Paragraph breaks are joiners that stand for no source character.
      if (text[i] === '\n') continue;
      if (fold(source[map[i]!]!) !== text[i])
        throw new Error(`${name}: text[${i}] ${text[i]} came from source[${map[i]}] ${source[map[i]!]}`);
      if (i > 0 && map[i]! <= map[i - 1]!) throw new Error(`${name}: map goes back at ${i}`);
    }
  });

  it('gives the source span of a normalized number, spaces and all', () => {
    const source = quote('001_b6a3c52251988525.txt:45', '广州市番禺区化龙镇人民政府 2022 年度支出预算数 48,865.73 万元,');
    const norm = normalize(source);
    const at = norm.text.indexOf('48,865.73万元');
    const span = toSource(norm, at, at + '48,865.73万元'.length);
    expect(source.slice(span.start, span.end)).toBe('48,865.73 万元');
  });
});

describe('sourcePosition', () => {
  it('gives the 1-based line and column of a source offset', () => {
    const source = reportText('000_6506d5458f2bf397');
    const { lineStarts } = normalize(source);
    const at = source.indexOf('66,446.66万元');
    const line = source.slice(0, at).split('\n').length;
    expect(line).toBe(53);
    expect(sourcePosition(lineStarts, at)).toEqual({ line: 53, column: at - source.lastIndexOf('\n', at - 1) });
    expect(sourcePosition(lineStarts, 0)).toEqual({ line: 1, column: 1 });
  });
});
