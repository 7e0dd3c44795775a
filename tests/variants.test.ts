// Every shipped report, alone and as every variant in scripts/variants.ts (each step alone and a fixed
// set of mixes): the extractor gives back the original record's values, and every fact quotes the variant.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/parse-report.ts';
import { COMBINATIONS, makeVariant, seedOf, STEP_IDS, variantId } from '../scripts/variants.ts';
import { ungrounded } from './helpers/grounding.ts';
import { record, reportFile, reportNames, reportText } from './helpers/reports.ts';
import { expectedValues } from './helpers/variants-expect.ts';

const CASES: readonly (readonly string[])[] = [[], ...STEP_IDS.map((s) => [s]), ...COMBINATIONS];

for (const name of reportNames) {
  describe(name, () => {
    for (const steps of CASES) {
      const id = variantId(steps);
      it(id, () => {
        const variant = makeVariant(reportText(name), steps, seedOf(name, id));
        const { report, diagnostics } = parseReport(variant.bytes, { file: reportFile(name) });
        expect(report, JSON.stringify(diagnostics)).not.toBeNull();
        expect(expectedValues(report)).toEqual(expectedValues(record(name)));
        expect(ungrounded(report, variant.text)).toEqual([]);
      });
    }
  });
}
