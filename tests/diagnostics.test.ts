// diagnostics.ts: diagnostics printed like a compiler's, file:line severity message code.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
import { parsed } from './helpers/reports.ts';

describe('formatDiagnostic', () => {
  it('prints a check that failed on 003 with its file and line', () => {
    const ratio = parsed('003_70a4941c04d84bdd').diagnostics.find((d) => d.code === 'checks/ratio')!;
    expect(formatDiagnostic(ratio)).toBe(
      'content/reports/003_70a4941c04d84bdd.txt:91 warning 74/83 = 89.16%, 报告写 89.15%, 不符 checks/ratio',
    );
  });

  it('leaves out a line it does not know, and names an input without a file', () => {
    expect(formatDiagnostic({ severity: 'error', code: 'input/empty', message: '文件是空的', file: 'x.txt' })).toBe(
      'x.txt error 文件是空的 input/empty',
    );
    expect(formatDiagnostic({ severity: 'warning', code: 'missing/score', message: '没有总分', line: 3, column: 7 })).toBe(
      '<input>:3:7 warning 没有总分 missing/score',
    );
  });
});
