// The record of one report: the single source of the types (z.output<typeof ReportSchema>).
// Every figure is a Fact that quotes the source: source.slice(start, end) === text, offsets in
// UTF-16 units of the decoded source (byte-order mark removed). Example:
// { value: 66446.66, unit: '万元', text: '66,446.66万元', start: 812, end: 823, derived: false }
import { z } from 'zod';
import { SourceMetaSchema } from './meta.ts';

export const SeveritySchema = z.enum(['error', 'warning']);

export const DiagnosticSchema = z.object({
  severity: SeveritySchema,
  code: z.string().describe('rule id, e.g. missing/budget or checks/rate'),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
});

/** Where a value stands in the source; `line` is 1-based. */
const SourceFields = {
  text: z.string().nullable().describe('exact source substring that states the value'),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  line: z.number().int().positive().nullable().optional(),
  file: z
    .string()
    .optional()
    .describe("the file whose text the offsets index, when it is not the record's own (a self-evaluation form merged into the report)"),
};

export const FactSchema = z.object({
  value: z.number(),
  unit: z.string().describe('万元, %, 分, or the unit the report uses (次, 家, 万人次 …)'),
  ...SourceFields,
  derived: z.boolean().describe('computed from other facts rather than stated'),
  rule: z.string().optional().describe('the extraction rule that found it'),
  max: z.number().nullable().optional().describe('the maximum of the scale the value is out of, when stated (满分40分)'),
  page: z.number().int().positive().nullable().optional().describe('1-based page of the original file (PDF) that states the value'),
  box: z
    .tuple([z.number(), z.number(), z.number(), z.number()])
    .nullable()
    .optional()
    .describe('where on that page: [x0, y0, x1, y1] as fractions of the page width and height, from the top left'),
});

export const GradeSchema = z.enum(['优', '良', '中', '差']);
export const GradeFactSchema = FactSchema.extend({ value: GradeSchema, unit: z.literal('等级') });

/** A stretch of source text: a title, a problem, a measure. */
export const SpanSchema = z.object({ ...SourceFields, text: z.string(), start: z.number().int(), end: z.number().int() });

export const KindSchema = z.enum(['town', 'township', 'subdistrict', 'department']);
export const FlowSchema = z.enum(['income', 'expense']);
export const ComparatorSchema = z.enum(['>=', '<=', '=', '>', '<']);

export const ScorePartSchema = z.object({ name: z.string(), max: FactSchema.nullable(), score: FactSchema.nullable() });
export const DeductionSchema = z.object({ item: z.string(), points: FactSchema, reason: z.string().nullable() });
export const FundLineSchema = z.object({
  label: z.string(),
  flow: FlowSchema,
  budget: FactSchema.nullable(),
  amount: FactSchema.nullable(),
  rate: FactSchema.nullable(),
});
export const IndicatorSchema = z.object({
  name: z.string(),
  category: z.string().nullable().describe('数量指标, 质量指标, 时效指标, 成本指标, 经济效益指标 …'),
  comparator: ComparatorSchema.describe('how the actual is held against the target'),
  lowerIsBetter: z.boolean(),
  target: FactSchema.nullable(),
  actual: FactSchema.nullable(),
  completion: FactSchema.nullable().describe('指标完成率 as stated'),
  met: z.boolean().nullable(),
  span: SpanSchema,
});
export const ProjectSchema = z.object({
  name: z.string(),
  budget: FactSchema.nullable(),
  spent: FactSchema.nullable(),
  rate: FactSchema.nullable(),
  span: SpanSchema,
});
export const StatedCountSchema = z.object({
  kind: z
    .enum(['indicators', 'list'])
    .describe('indicators: 指标共设置N个, counted among the indicators after it; list: N个 with the names listed'),
  what: z.string().describe('what is counted, as written: 产出指标, 内设机构, 下属单位 … (empty when unnamed)'),
  count: FactSchema,
  items: z.array(z.string()).describe('the names listed with the count (a list only)'),
  span: SpanSchema.describe('the words the count covers: the rest of its paragraph (indicators) or the list'),
});
export const RatioSchema = z
  .object({ part: FactSchema, whole: FactSchema, percent: FactSchema })
  .describe('two counts of one unit and the percent one is of the other, in one sentence: 满意74人 of 调查83人, 满意度89.15%');

export const CheckSchema = z.object({
  id: z.string().describe('checks/rate, checks/score-parts, checks/deductions, checks/fund-lines, checks/count, checks/ratio'),
  ok: z.boolean(),
  message: z.string(),
  expected: z.number().nullable().optional(),
  actual: z.number().nullable().optional(),
  start: z.number().int().nullable().optional(),
  end: z.number().int().nullable().optional(),
});
/** One of the competing values a report states for a doubted figure. */
export const ReadingSchema = z.object({
  value: z.union([z.number(), z.string()]),
  text: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  line: z.number().int().positive().nullable(),
});
/** A doubt about a figure, shown next to it: conflicting statements, a grade against the score band, a rate that does not follow. */
export const DoubtSchema = z.object({
  field: z.string().describe('the record field doubted: budget, spent, executionRate, score, grade …'),
  code: z.string().describe('conflict/score, doubt/grade-band, checks/rate …'),
  message: z.string(),
  readings: z.array(ReadingSchema).describe('the competing readings, when the report states several'),
});
export const ScopeSchema = z.enum(['unit', 'project']);

export const SectionSchema = z.object({
  title: z.string(),
  number: z.string(),
  level: z.number().int().describe('rank of the numbering style: 0 for 第一部分, 1 for 一、 … 5 for ①'),
  depth: z.number().int().positive().describe('nesting among the headings: 1 at the top'),
  start: z.number().int(),
  end: z.number().int(),
  line: z.number().int(),
});

export const SourceFormatSchema = z.enum(['txt', 'pdf', 'docx', 'doc', 'xlsx', 'xls', 'html']);
export const SourceSchema = z.object({
  format: SourceFormatSchema.describe('the format read from the bytes of the file'),
  file: z.string(),
  pages: z.number().int().positive().nullable().describe('page count of a paged original (PDF), else null'),
});
export const SourcesSchema = SourceSchema.extend({
  form: SourceSchema.optional().describe(
    'the self-evaluation form (自评表) of the same unit and year, published as a file of its own and merged in',
  ),
});

export const ReportSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('stable ASCII slug used in URLs, e.g. 2022-baiyun-taihe-msstg9'),
  file: z.string(),
  source: SourcesSchema.describe('where the record came from: the original file and its format'),
  title: z.string().nullable(),
  year: z.number().int().min(1990).max(2100).nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  entity: z.string().nullable().describe('full name as written, e.g. 广州市白云区太和镇人民政府'),
  name: z.string().nullable().describe('short name, e.g. 太和镇'),
  kind: KindSchema.nullable(),
  scope: ScopeSchema.describe("unit: the whole unit's budget (部门整体支出); project: one project's evaluation (项目支出绩效自评)"),
  project: z.string().nullable().describe('the project evaluated, when scope is project'),
  titleSpan: SpanSchema.nullable(),
  budget: FactSchema.nullable(),
  spent: FactSchema.nullable(),
  executionRate: FactSchema.nullable(),
  score: FactSchema.nullable(),
  grade: GradeFactSchema.nullable(),
  scoreParts: z.array(ScorePartSchema),
  deductions: z.array(DeductionSchema),
  fundLines: z.array(FundLineSchema),
  income: FactSchema.nullable().describe('total income as stated (收入合计, 总收入), which the income lines add up to'),
  counts: z.array(StatedCountSchema).describe('counts the report states of its indicators or of a list it names'),
  ratios: z.array(RatioSchema),
  indicators: z.array(IndicatorSchema),
  projects: z.array(ProjectSchema),
  problems: z.array(z.string()),
  measures: z.array(z.string()),
  problemSpans: z.array(SpanSchema),
  measureSpans: z.array(SpanSchema),
  sections: z.array(SectionSchema),
  checks: z.array(CheckSchema),
  doubts: z.array(DoubtSchema).describe('figures shown with a doubt; a figure in conflict is null and lists its readings here'),
  meta: SourceMetaSchema.optional().describe('where the report was published, from its sidecar NAME.meta.yaml'),
});

// What the store keeps of a figure and a check. Every page loads the whole store and Astro serializes
// it on every build, so what no list page reads is left out: a fact's line (pages link by offsets), the
// rule of a stated fact (only a derived one's tells how it was derived, site/format.ts derivedNote), and
// the words and numbers of a passed check (list pages flag failed ones, site/flags.ts).
const SummaryFactSchema = z.discriminatedUnion('derived', [
  FactSchema.omit({ line: true, rule: true }).extend({ derived: z.literal(false) }),
  FactSchema.omit({ line: true }).extend({ derived: z.literal(true) }),
]);
const SummaryGradeFactSchema = z.discriminatedUnion('derived', [
  GradeFactSchema.omit({ line: true, rule: true }).extend({ derived: z.literal(false) }),
  GradeFactSchema.omit({ line: true }).extend({ derived: z.literal(true) }),
]);
const SummaryCheckSchema = z.discriminatedUnion('ok', [
  CheckSchema.extend({ ok: z.literal(false) }),
  CheckSchema.pick({ id: true }).extend({ ok: z.literal(true) }),
]);

/**
 * What the pages that list reports read of a record (home, years, districts, units, compare, explore,
 * embeds, social images): the content store holds this for every report, and the full record is read
 * from disk by the page, the JSON and the open-data files that show it (src/site/records.ts).
 */
export const ReportSummarySchema = ReportSchema.omit({
  titleSpan: true,
  scoreParts: true,
  fundLines: true,
  income: true,
  counts: true,
  ratios: true,
  projects: true,
  problemSpans: true,
  measureSpans: true,
  sections: true,
  doubts: true,
  meta: true,
}).extend({
  budget: SummaryFactSchema.nullable(),
  spent: SummaryFactSchema.nullable(),
  executionRate: SummaryFactSchema.nullable(),
  score: SummaryFactSchema.nullable(),
  grade: SummaryGradeFactSchema.nullable(),
  deductions: z.array(DeductionSchema.extend({ points: SummaryFactSchema })),
  // An indicator's sentence is quoted on the report page only; it was a tenth of the store.
  indicators: z.array(
    IndicatorSchema.omit({ span: true }).extend({
      target: SummaryFactSchema.nullable(),
      actual: SummaryFactSchema.nullable(),
      completion: SummaryFactSchema.nullable(),
    }),
  ),
  checks: z.array(SummaryCheckSchema),
});

export type Diagnostic = z.output<typeof DiagnosticSchema>;
export type Fact = z.output<typeof FactSchema>;
export type GradeFact = z.output<typeof GradeFactSchema>;
export type Span = z.output<typeof SpanSchema>;
export type Kind = z.output<typeof KindSchema>;
export type ScorePart = z.output<typeof ScorePartSchema>;
export type Deduction = z.output<typeof DeductionSchema>;
export type FundLine = z.output<typeof FundLineSchema>;
export type Indicator = z.output<typeof IndicatorSchema>;
export type Project = z.output<typeof ProjectSchema>;
export type Check = z.output<typeof CheckSchema>;
export type StatedCount = z.output<typeof StatedCountSchema>;
export type Ratio = z.output<typeof RatioSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Reading = z.output<typeof ReadingSchema>;
export type Doubt = z.output<typeof DoubtSchema>;
export type Scope = z.output<typeof ScopeSchema>;
export type Report = z.output<typeof ReportSchema>;
export type ReportSummary = z.output<typeof ReportSummarySchema>;
/** An indicator as the content store keeps it (without its sentence). */
export type SummaryIndicator = ReportSummary['indicators'][number];
export type Source = z.output<typeof SourceSchema>;
