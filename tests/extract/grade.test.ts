// extract/grade.ts: a grade the report states, and the 优 and 良好 that are not the report's grade.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractGrade } from '../../src/lib/extract/grade.ts';
import { expectStated } from '../helpers/facts.ts';
import { quote } from '../helpers/reports.ts';

const grade = (source: string) => extractGrade(makeDoc(source));
const HUALONG = quote('001_b6a3c52251988525.txt:59', '2022 年广州市番禺区化龙镇人民政府自评综合得分为92.44分,自评结果为"优"。');

describe('a stated grade', () => {
  it('自评结果为"优" (001)', () => {
    const { fields, notes } = grade(HUALONG);
    expectStated(fields.grade, HUALONG, '优', '优');
    expect(fields.grade!.unit).toBe('等级');
    expect(notes).toEqual([]);
  });

  it('two different grades become a warning and no value', () => {
    // The second phrasing is the one the module names; the five reports state one grade at most.
    const { fields, notes } = grade(`${HUALONG}\n评价等级为良好。`);
    expect(fields.grade).toBeNull();
    expect(notes.map((n) => n.code)).toEqual(['conflict/grade']);
  });
});

describe('a grade named after the score', () => {
  const SENTENCE = '我街道2022年度部门整体支出绩效自评得分为95分，等级为“优”。';

  it('等级为“优” in the sentence of the self-evaluation score', () => {
    expectStated(grade(SENTENCE).fields.grade, SENTENCE, '优', '优');
  });

  it('but not 等级为“优” said of something else', () => {
    expect(grade('该村在全区人居环境考核中等级为“优”。').fields.grade).toBeNull();
  });
});

describe('words that are not the grade', () => {
  it.each([
    ['000_6506d5458f2bf397.txt:109', '在广州市生活垃圾分类处理工作考核中被评为“优”档次等'],
    ['003_70a4941c04d84bdd.txt:117', '在从化区 2022 年度河长制湖长制考核中获评优秀。'],
    ['003_70a4941c04d84bdd.txt:129', '在从化区 2022 年度平安建设考核中获评优秀等次。'],
    ['002_bf9dfd7af09c6cef.txt:145', '2023 年本镇政府部门整体绩效表现良好'],
    ['003_70a4941c04d84bdd.txt:79', '管理效率总体良好'],
  ])('%s: %s', (citation, text) => {
    expect(grade(quote(citation, text)).fields.grade).toBeNull();
  });
});

describe("a bare 等级为 after another's score", () => {
  it.each([
    '部门整体支出绩效评价得分为92分,项目支出绩效评价平均得分为88分,等级为良。',
    '自评得分为92分;经第三方机构评价,得分为86分,等级为良。',
  ])('%s: no grade of the unit', (source) => {
    expect(grade(source).fields.grade).toBeNull();
  });

  it("the unit's own score right before it keeps its grade", () => {
    expect(grade('本部门整体支出绩效自评得分为92分,等级为“优”。').fields.grade?.value).toBe('优');
  });
});

describe('grades on a scale of their own', () => {
  it.each(['评价结论为“合格”', '评价等级为“不合格”', '评价结果为“基本合格”', '评价等级为较好', '评价等级为A级'])(
    '自评得分为78分,%s: no grade, and a warning that none is derived',
    (words) => {
      const { fields, notes } = grade(`经自评,本中心自评得分为78分,${words}。`);
      expect(fields.grade).toBeNull();
      expect(notes.map((n) => n.code)).toEqual(['grade/other-scale']);
    },
  );

  it('合格 said of a project or of students is no grade of the unit', () => {
    for (const source of ['该项目评价结果为合格。', '上年度3个项目验收结果均为合格,体质健康测试不合格学生已复测。'])
      expect(grade(source).notes).toEqual([]);
  });
});

describe('grades of something else', () => {
  it.each([
    ['a count of sub-projects so graded', '经自评,其中评价等级为优秀的子项目3个。'],
    ["a project's grade", '该项目评价等级为良。'],
    ["last year's grade", '上年度自评等级为良。'],
  ])('%s', (_, sentence) => {
    expect(grade(sentence).fields.grade).toBeNull();
  });
});
