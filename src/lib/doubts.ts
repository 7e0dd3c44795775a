// The doubts that travel with a figure onto its page and into the data: the competing readings of
// a field left null or chosen over another (select), and the failed checks that bear on one figure
// ("支出/预算 = 91.2%, 报告写 98.5%" doubts the rate; a stated 良 with a score of 95 doubts the grade).
import type { Note } from './extractor.ts';
import type { Check, Doubt } from './schema.ts';

/**
 * The figure each check puts in doubt when it fails. Deductions are not among them: reports list the
 * notable ones, so 100 minus those listed says nothing against the score.
 */
const FIELD_OF_CHECK: Readonly<Record<string, string>> = {
  'checks/rate': 'executionRate',
  'checks/grade-band': 'grade',
  'checks/score-parts': 'score',
};

export function doubtsOf(notes: readonly Note[], checks: readonly Check[]): Doubt[] {
  const fromNotes = notes.flatMap((n) =>
    n.field ? [{ field: n.field, code: n.code, message: n.message, readings: n.readings ?? [] }] : [],
  );
  const fromChecks = checks.flatMap((c) => {
    const field = FIELD_OF_CHECK[c.id];
    return !c.ok && field ? [{ field, code: c.id, message: c.message, readings: [] }] : [];
  });
  return [...fromNotes, ...fromChecks];
}
