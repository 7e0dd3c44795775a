// extract/counts.ts: counts the report states, of its indicators or of a list it names.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/checks.ts';
import { makeDoc } from '../../src/lib/document.ts';
import { extractCounts, listItems } from '../../src/lib/extract/counts.ts';
import type { Fields } from '../../src/lib/extractor.ts';
import { quote } from '../helpers/reports.ts';

/** The listed-count checks of a text: its counts, checked. */
const listedCounts = (doc: ReturnType<typeof makeDoc>) =>
  runChecks(extractCounts(doc).fields as Fields).filter((c) => c.id === 'checks/listed-count');

const HUALONG = quote(
  '001_b6a3c52251988525.txt:7',
  '广州市番禺区化龙镇人民政府部门机构设置包括镇本级和16个下属单位。下属单位具体包括:广州市番禺区司法局化龙司法所、广州市番禺区化龙片教育指导中心、广州市番禺区化龙镇中心小学、广州市番禺区化龙第二小学、广州市番禺区化龙镇东沙小学、广州市番禺区化龙镇复甦小学、广州市番禺区化龙镇中心幼儿园、广州市番禺区化龙镇市政房屋管理服务所、广州市番禺区化龙镇专职消防队、广州市番禺区化龙医院、广州市番禺区化龙镇社会事务综合服务中心、广州市番禺区化龙镇农业农村技术服务中心、广州市番禺区化龙镇城市建设服务中心。',
);
const LVTIAN = quote(
  '003_70a4941c04d84bdd.txt:43',
  '吕田镇人民政府内设机构 14 个，分别是党政综合办公\n\n室、人大办公室、党建工作办公室（组织人事办公室）、纪检监察办公室、公共服务办公室（党群服务中心）、综合治理办公室、综合行政执法办公室（综合行政执法队）、经济发展办公室（财政办公室）、规划建设办公室（社区建设办公室）、农业农村办公室、人民武装部、共青团、妇联和工会。',
);
const LICHENG = quote(
  '004_a0655f5b282921e2.txt:37',
  '根据部门职能分工，本部门设党政综合办公室（挂人大工委办公室、财政办公室牌子）、党建工作办公室（挂组织人事办公室牌子）、公共服务办公室（挂党群服务中心牌子）、综合治理办公室、综合行政执法办公室（挂综合行政执法队牌子，副处级）、经济发展办公室（挂应急管理办公室牌子）、规划建设办公室、社区建设办公室（挂农业农村办公室牌子）、纪检监察办公室（与区监委派出荔城街监察组合署办\n\n公，不占街道机构限额）等 9 个内设机构。',
);

describe('listItems', () => {
  it('splits at 、 outside parentheses, and the last item at 和', () => {
    expect(listItems('甲、乙(丙、丁)、戊和己')).toEqual(['甲', '乙(丙、丁)', '戊', '己']);
  });
});

describe('listedCounts', () => {
  it('finds 001 naming 13 of its 16 下属单位 (the gold notes this trap)', () => {
    const [check] = listedCounts(makeDoc(HUALONG));
    expect(check).toMatchObject({ id: 'checks/listed-count', ok: false, expected: 16, actual: 13 });
    expect(HUALONG.slice(check!.start!, check!.end!)).toBe('16');
  });

  it('agrees with 003: 14 个, 分别是 … 妇联和工会', () => {
    expect(listedCounts(makeDoc(LVTIAN))).toMatchObject([{ ok: true, expected: 14, actual: 14 }]);
  });

  it('agrees with 004: the list first, then 等 9 个内设机构, with 、 inside parentheses', () => {
    expect(listedCounts(makeDoc(LICHENG))).toMatchObject([
      { ok: true, expected: 9, actual: 9, message: '报告说内设机构共 9 个, 列出 9 个, 一致' },
    ]);
  });

  it('checks nothing where no list follows a count', () => {
    expect(
      listedCounts(
        makeDoc(quote('003_70a4941c04d84bdd.txt:85', '吕田镇人民政府部门整体产出指标共设置 4 个。其中，数量指标为基建工程完成率')),
      ),
    ).toEqual([]);
    expect(listedCounts(makeDoc('开展建设工程51个,完成头陂村产业集聚区配套设施工程。'))).toEqual([]);
  });
});

describe('extractCounts: indicator counts', () => {
  const OUTPUT = quote(
    '003_70a4941c04d84bdd.txt:85',
    '吕田镇人民政府部门整体产出指标共设置 4 个。其中，数量指标为基建工程完成率，年度目标值为 100%，指标完成率为 100%',
  );

  it('reads what is counted, the count with 个, and the rest of the paragraph as what it covers', () => {
    const doc = makeDoc(OUTPUT);
    const [count] = extractCounts(doc).fields.counts!;
    expect(count).toMatchObject({ kind: 'indicators', what: '产出指标', items: [] });
    expect(count!.count).toMatchObject({ value: 4, text: '4 个' });
    expect(OUTPUT.slice(count!.span.start, count!.span.end)).toMatch(/^产出指标共设置 4 个。其中.*100%$/);
  });

  it('reads a count in Chinese numerals, and none where no count of indicators is stated', () => {
    expect(extractCounts(makeDoc('效益指标共设三个,均已完成。')).fields.counts).toMatchObject([{ what: '效益指标', count: { value: 3 } }]);
    expect(extractCounts(makeDoc('共设置考核指标体系,涵盖产出和效益。')).fields.counts).toEqual([]);
    expect(extractCounts(makeDoc('指标共有若干个。')).fields.counts).toEqual([]);
  });
});
