// extract/lists.ts: problems and measures, one item per numbered paragraph, 一是… part or paragraph, with source spans.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractLists } from '../../src/lib/extract/lists.ts';
import { expectQuotes } from '../helpers/facts.ts';
import { quote } from '../helpers/reports.ts';

const lists = (source: string) => extractLists(makeDoc(source));

describe('problems and measures', () => {
  it("一是…四是 inside one paragraph, broken across a blank line, read with the source's own punctuation (000)", () => {
    const source = quote(
      '000_6506d5458f2bf397.txt:111',
      '三、存在的主要问题\n\n我镇正处于经济社会快速发展和各种矛盾交织并存的特殊时期，面临的问题与挑战错综复杂：一是产业结构仍需进一步升级；二是城乡空间格局尚需优化，镇村品质还需不\n\n断提升；三是干部队伍工作方式方法还需不断改进、创新能力仍需不断锤炼；四是村社之间发展不平衡，教育、医疗、养老等优质公共服务供给不足，基层治理水平亟需进一步提高。\n\n四、下一步改进措施\n\n坚持统筹兼顾、突出重点，厉行节约，继续压减党政机关行政经费、非急需和非刚性等一般性支出，集中财力兜牢“三保”底线，把有限的资金用在发展的刀刃上，统筹做好预算平衡，全力服务经济社会发展。同时在发现绩效运行偏离绩效目标时，及时纠正和调整，确保预期绩效目标的实现。',
    );
    const { fields, notes } = lists(source);
    expect(fields.problems).toEqual([
      '产业结构仍需进一步升级',
      '城乡空间格局尚需优化，镇村品质还需不断提升',
      '干部队伍工作方式方法还需不断改进、创新能力仍需不断锤炼',
      '村社之间发展不平衡，教育、医疗、养老等优质公共服务供给不足，基层治理水平亟需进一步提高',
    ]);
    expectQuotes(fields.problemSpans![1], source, '城乡空间格局尚需优化，镇村品质还需不\n\n断提升');
    expect(fields.measures).toHaveLength(1);
    expect(fields.measures![0]).toMatch(/^坚持统筹兼顾、突出重点，.*确保预期绩效目标的实现$/);
    expect(notes).toEqual([]);
  });

  it('Markdown "- 一是" items, and a measure broken by the footer "— 12 —" (001)', () => {
    const source = quote(
      '001_b6a3c52251988525.txt:103',
      '三、存在的主要问题\n\n- 一是预算编制合理性和科学性有待提升。\n- 二是部分项目受新冠肺炎疫情等因素影响执行率较低, 预 算执行水平有待进一步提高。\n - 三是整体支出绩效运行监控成果应用有待进一步加强。\n\n四、下一步改进措施\n\n一是从源头做好预算编制工作,做实绩效目标,充分运用\n\n— 12 —\n\n各单位预算执行分析结果,提高预算编制的科学性和合理性。\n\n- 二是做好预算执行动态分析,完善预算执行分析机制,把 握预算支出进度与工作任务落实之间的内在联系,不断提高预 算执行分析研判水平。\n- 三是做好绩效运行监控环节,强化监控结果应用,定期将 监控结果反馈各预算单位,确保绩效运行监控结果的有效性和 针对性。',
    );
    const { fields } = lists(source);
    expect(fields.problems).toEqual([
      '预算编制合理性和科学性有待提升',
      '部分项目受新冠肺炎疫情等因素影响执行率较低,预算执行水平有待进一步提高',
      '整体支出绩效运行监控成果应用有待进一步加强',
    ]);
    expect(fields.measures![0]).toBe('从源头做好预算编制工作,做实绩效目标,充分运用各单位预算执行分析结果,提高预算编制的科学性和合理性');
    expectQuotes(
      fields.measureSpans![0],
      source,
      '从源头做好预算编制工作,做实绩效目标,充分运用\n\n— 12 —\n\n各单位预算执行分析结果,提高预算编制的科学性和合理性',
    );
    expect(fields.measures).toHaveLength(3);
  });

  it('numbered paragraphs "1." to "3.", not the closing paragraph after them (002)', () => {
    const source = quote(
      '002_bf9dfd7af09c6cef.txt:181',
      '四、下一步改进措施\n\n1. 进一步明确和细化绩效目标，确保目标的可衡量性和可操作性，加强目标导向的工作开展。\n\n2. 强化预算执行的跟踪和监督，建立更加严格的督促机制，对于进度滞后的项目及时采取措施加以推进。\n\n3. 优化工作机制，简化不必要的流程，提高工作效率，同时加强部门间的沟通协调，形成工作合力。\n\n通过本次绩效自评，镇政府更加明确了自身的优势和不足，将在今后的工作中持续改进和提升，为镇域的发展和居民的福祉做出更大的贡献。',
    );
    const { fields } = lists(source);
    expect(fields.measures).toHaveLength(3);
    expectQuotes(fields.measureSpans![2], source, '优化工作机制，简化不必要的流程，提高工作效率，同时加强部门间的沟通协调，形成工作合力');
    expect(fields.measures!.join('')).not.toContain('通过本次绩效自评');
  });

  it('one paragraph of problems, "(一)" to "(三)" measures (003)', () => {
    const source = quote(
      '003_70a4941c04d84bdd.txt:133',
      '三、存在的主要问题\n\n我镇预算绩效管理基础比较薄弱，在绩效指标库建立、预算绩效管理信息化建设等方面，与上级要求仍有一定差距，绩效管理工作水平有待进一步提升。\n\n四、下一步改进措施\n\n(一) 抓好全面实施预算绩效管理的重点环节，建立事前评估机制，强化绩效目标管理，推进绩效运行监控，提升绩效评价质量，强化绩效结果应用，加大绩效信息公开力度，推动预算绩效管理提质扩围。\n\n(二) 继续发挥绩效目标的前置作用，切实提高预算资金配置效率，实现审核结果与预算安排全面挂钩，强化绩效目标的约束力和权威性。\n\n(三) 加强预算绩效管理的组织领导和专业人才培训，切实推进绩效管理工作常态化、规范化。',
    );
    const { fields } = lists(source);
    expect(fields.problems).toHaveLength(1);
    expect(fields.measures).toEqual([
      '抓好全面实施预算绩效管理的重点环节，建立事前评估机制，强化绩效目标管理，推进绩效运行监控，提升绩效评价质量，强化绩效结果应用，加大绩效信息公开力度，推动预算绩效管理提质扩围',
      '继续发挥绩效目标的前置作用，切实提高预算资金配置效率，实现审核结果与预算安排全面挂钩，强化绩效目标的约束力和权威性',
      '加强预算绩效管理的组织领导和专业人才培训，切实推进绩效管理工作常态化、规范化',
    ]);
  });

  it('a lone "一是" is one item (004)', () => {
    const source = quote(
      '004_a0655f5b282921e2.txt:117',
      '四、下一步改进措施\n\n一是完善适合街道基层工作的绩效指标，科学合理地设置绩效目标。根据业务工作开展范围和内容完善绩效产出指标和效益指标，进一步丰富绩效指标品类数目，更直观地体现绩效目标实现程度。',
    );
    const { fields } = lists(source);
    expect(fields.measures).toEqual([
      '完善适合街道基层工作的绩效指标，科学合理地设置绩效目标。根据业务工作开展范围和内容完善绩效产出指标和效益指标，进一步丰富绩效指标品类数目，更直观地体现绩效目标实现程度',
    ]);
  });
});

describe('one section for both', () => {
  it('splits "存在问题及改进措施" without sub-headings where the measures begin', () => {
    const source =
      '三、存在问题及改进措施\n存在的问题:一是预算编制不够精准;二是绩效目标不够细化。\n下一步改进措施:一是加强预算编制;二是细化绩效目标;三是强化结果应用。';
    const { fields, notes } = lists(source);
    expect(fields.problems).toEqual(['预算编制不够精准', '绩效目标不够细化']);
    expect(fields.measures).toEqual(['加强预算编制', '细化绩效目标', '强化结果应用']);
    expect(notes).toEqual([]);
  });

  it('takes its sub-headings when it has them', () => {
    const source = '三、存在问题及改进措施\n(一)存在的问题\n一是预算编制不够精准。\n(二)改进措施\n一是加强预算编制;二是细化绩效目标。';
    const { fields } = lists(source);
    expect(fields.problems).toEqual(['预算编制不够精准']);
    expect(fields.measures).toEqual(['加强预算编制', '细化绩效目标']);
  });
});

describe('not items', () => {
  it('the lead-in before 一是 (000)', () => {
    const source = quote(
      '000_6506d5458f2bf397.txt:111',
      '三、存在的主要问题\n\n我镇正处于经济社会快速发展和各种矛盾交织并存的特殊时期，面临的问题与挑战错综复杂：一是产业结构仍需进一步升级；二是城乡空间格局尚需优化',
    );
    expect(lists(source).fields.problems).toEqual(['产业结构仍需进一步升级', '城乡空间格局尚需优化']);
  });

  it('problems and measures of a report without those sections are empty, with warnings', () => {
    const { fields, notes } = lists(quote('000_6506d5458f2bf397.txt:51', '（三）部门整体收支情况\n\n2022年我镇全年预算数66,446.66万元'));
    expect([fields.problems, fields.measures]).toEqual([[], []]);
    expect(notes.map((n) => n.code)).toEqual(['missing/problems', 'missing/measures']);
  });
});
