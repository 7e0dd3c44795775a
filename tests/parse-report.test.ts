// parse-report.ts: one file to { report, diagnostics }, whatever its encoding, with content problems as diagnostics.
import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import type { Extractor } from '../src/lib/extractor.ts';
import { parseReport } from '../src/lib/parse-report.ts';
import { parsed, quote, record, reportBytes, reportFile, reportNames, reportText } from './helpers/reports.ts';

const where = (name: string) => parsed(name).diagnostics.map((d) => [d.severity, d.code, d.line]);

describe('the five reports', () => {
  it.each(reportNames)('%s gives a record named after its file', (name) => {
    const r = record(name);
    expect(r.file).toBe(reportFile(name));
    expect(parsed(name).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('003 warns that no budget, spending or rate is stated, and where its figures disagree', () => {
    expect(where('003_70a4941c04d84bdd')).toEqual(
      expect.arrayContaining([
        ['warning', 'missing/budget', undefined],
        ['warning', 'missing/spent', undefined],
        ['warning', 'missing/executionRate', undefined],
        ['warning', 'sections/numbering', 69],
        ['warning', 'checks/ratio', 91],
      ]),
    );
  });

  it('004 warns about the second (三) at line 87 and the fund spending at line 85', () => {
    expect(where('004_a0655f5b282921e2')).toEqual(
      expect.arrayContaining([
        ['warning', 'sections/numbering', 87],
        ['warning', 'checks/fund-lines', 85],
      ]),
    );
  });

  it('gives each diagnostic the file', () => {
    for (const name of reportNames) for (const d of parsed(name).diagnostics) expect(d.file).toBe(reportFile(name));
  });
});

describe('inputs', () => {
  const name = '004_a0655f5b282921e2';
  const file = reportFile(name);

  it('a string gives the same record as its bytes', () => {
    expect(parseReport(reportText(name), { file }).report).toEqual(record(name));
  });

  it('a byte-order mark changes no offset', () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...reportBytes(name)]);
    expect(parseReport(withBom, { file }).report).toEqual(record(name));
    expect(parseReport(`\ufeff${reportText(name)}`, { file }).report).toEqual(record(name));
  });

  it('the report saved as GB18030 gives the same record', () => {
    expect(parseReport(iconv.encode(reportText(name), 'GB18030'), { file }).report).toEqual(record(name));
  });

  it('an empty file is an error', () => {
    for (const input of ['', ' \n\n ']) {
      const { report, diagnostics } = parseReport(input, { file: 'empty.txt' });
      expect(report).toBeNull();
      expect(diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([['error', 'input/empty', 'empty.txt']]);
    }
  });

  it('binary data is an error', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => i % 9);
    expect(parseReport(bytes, { file: 'x.bin' }).diagnostics.map((d) => d.code)).toEqual(['decode/binary']);
  });

  it('text that is no report is an error', () => {
    const { report, diagnostics } = parseReport(quote('001_b6a3c52251988525.txt:9', '广州市番禺区化龙镇人民政府的主要职责如下:'), {
      file: 'x.txt',
    });
    expect(report).toBeNull();
    expect(diagnostics.at(-1)?.code).toBe('input/not-a-report');
  });

  it('a score without title, entity or year gives no record, and says why', () => {
    const { report, diagnostics } = parseReport(quote('003_70a4941c04d84bdd.txt:79', '本次部门整体绩效自评总得分为 97.82 分。'), {
      file: 'x.txt',
    });
    expect(report).toBeNull();
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(errors).toEqual(expect.arrayContaining(['missing/entity', 'missing/year']));
  });
});

describe('a failing extractor', () => {
  it('becomes an internal error diagnostic, and the other fields are still extracted', async () => {
    vi.resetModules();
    const broken: Extractor = function extractBroken() {
      throw new Error('boom');
    };
    vi.doMock('../src/lib/extract/index.ts', async (load) => {
      const real = await load<typeof import('../src/lib/extract/index.ts')>();
      return { extractors: [...real.extractors, broken] };
    });
    try {
      const { parseReport: parse } = await import('../src/lib/parse-report.ts');
      const { report, diagnostics } = parse(reportBytes('000_6506d5458f2bf397'), { file: 'x.txt' });
      expect(diagnostics).toContainEqual(
        expect.objectContaining({ severity: 'error', code: 'internal/extractBroken', message: expect.stringContaining('boom') }),
      );
      expect(report?.budget?.value).toBe(66446.66);
    } finally {
      vi.doUnmock('../src/lib/extract/index.ts');
      vi.resetModules();
    }
  });
});

describe('sections of the record', () => {
  it('give each heading its depth among the headings, whatever its numbering style (000: (1) under (二) under 二、)', () => {
    const sections = record('000_6506d5458f2bf397').sections;
    const depthOf = (title: string) => sections.find((s) => s.title === title)?.depth;
    expect(depthOf('综合评价分析')).toBe(1);
    expect(depthOf('各项工作任务绩效目标完成情况分析')).toBe(2);
    expect(depthOf('经济发展稳中提质')).toBe(3);
    expect(sections.find((s) => s.title === '经济发展稳中提质')?.level).toBe(4);
  });
});

describe('files that cannot be placed', () => {
  it('a report without entity or year is left out with an error, never silently', () => {
    const { report, diagnostics } = parseReport('部门整体支出绩效自评报告\n一、基本情况\n全年预算数100万元。', { file: 'x.txt' });
    expect(report).toBeNull();
    expect(diagnostics.some((d) => d.severity === 'error' && d.file === 'x.txt')).toBe(true);
  });
});

describe('a derived total', () => {
  it('003: the warning that spending is not stated says what it was derived as', () => {
    const note = parsed('003_70a4941c04d84bdd').diagnostics.find((d) => d.code === 'missing/spent');
    expect(note?.message).toContain('由报告中的分项推算为 11799.02万元');
    expect(record('003_70a4941c04d84bdd').spent).toMatchObject({ value: 11799.02, derived: true });
  });
});
