// listed-counts.ts: a count the report states next to the list it counts, checked against the list.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../src/lib/document.ts';
import { listedCounts, listItems } from '../src/lib/listed-counts.ts';
import { quote } from './helpers/reports.ts';

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
