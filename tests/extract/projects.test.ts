// extract/projects.ts: key projects with budget, spending and rate, and the budgets that are not a project's.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractProjects } from '../../src/lib/extract/projects.ts';
import { moneyRows } from '../../src/lib/extract/table-money.ts';
import { expectQuotes, expectStated } from '../helpers/facts.ts';
import { quote } from '../helpers/reports.ts';

const projects = (source: string) => extractProjects(makeDoc(source)).fields.projects!;

describe('projects', () => {
  it('全年预算数为 / 执行数为 / 完成预算的 (000)', () => {
    const source = quote(
      '000_6506d5458f2bf397.txt:101',
      '（三）各重点任务项目支出完成情况分析\n\n广东省广州市白云区新农村基础设施建设项目全年预算数为 1,797 万元，执行数为 1,797 万元，完成预算的 100%。2022 年该项目资金投入完善基础设施',
    );
    const [project, ...rest] = projects(source);
    expect(rest).toEqual([]);
    expect(project!.name).toBe('广东省广州市白云区新农村基础设施建设项目');
    expectStated(project!.budget, source, 1797, '1,797 万元', 0);
    expectStated(project!.spent, source, 1797, '1,797 万元', 1);
    expectStated(project!.rate, source, 100, '100%');
    expectQuotes(
      project!.span,
      source,
      '广东省广州市白云区新农村基础设施建设项目全年预算数为 1,797 万元，执行数为 1,797 万元，完成预算的 100%',
    );
  });
});

describe('not projects', () => {
  it('project headings that state no money (003)', () => {
    const source = quote(
      '003_70a4941c04d84bdd.txt:93',
      '（三）各重点任务项目支出完成情况分析\n\n1.编外人员聘用经费项目支出完成情况\n\n2023 年按时足额发放编外人员经费，保障编外人员基本生活，完成政府安排的工作。',
    );
    expect(projects(source)).toEqual([]);
  });

  it("the department total and a fund's budget (004)", () => {
    const source = quote(
      '004_a0655f5b282921e2.txt:85',
      '广州市增城区人民政府荔城街道办事处 2021 年全年预算数 82,912.04 万元,全年执行数 75,317.78 万元，预算完成率 90.8%。其中财政拨款全年预算数 82,079.63 万元，全年执行数 74,789.68 万元，完成率 91.1%；其他资金全年预算数 832.41 万元',
    );
    expect(projects(source)).toEqual([]);
  });

  it('money spent on works without a budget (000)', () => {
    const source = quote(
      '000_6506d5458f2bf397.txt:81',
      '全面推进“白云深处·诗画帽峰”新乡村示范带建设，累计投入 6000 万元，开展建设工程 51 个',
    );
    expect(projects(source)).toEqual([]);
  });

  it('预算资金 … 已支付 …', () => {
    const source = '(三)重点项目\n某某村道路硬化工程预算资金300万元,已支付280万元。';
    const [project] = projects(source);
    expect(project!.name).toBe('某某村道路硬化工程');
    expectStated(project!.budget, source, 300, '300万元');
    expectStated(project!.spent, source, 280, '280万元');
  });

  it("rows of a table of projects, which are neither funds nor the department's totals", () => {
    const source =
      '(三)重点项目支出情况\n单位:万元\n| 项目名称 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|\n| 村道硬化工程 | 300 | 280 | 93.33% |';
    const [project] = projects(source);
    expect(project!.name).toBe('村道硬化工程');
    expectStated(project!.budget, source, 300, '300');
    expectStated(project!.spent, source, 280, '280');
    expectStated(project!.rate, source, 93.33, '93.33%');
    const doc = makeDoc(source);
    expect(moneyRows(doc).map((r) => [r.total, r.project])).toEqual([[false, true]]);
  });
});
