// Random mixes of the variant steps (random subsets and orders, encodings, wrap widths, footer styles)
// on every shipped report: the extractor gives back the original values and every fact quotes the variant.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseReport } from '../src/lib/parse-report.ts';
import { compatible, ENCODING_IDS, makeVariant, TRANSFORM_IDS } from '../scripts/variants.ts';
import { fcRuns } from './helpers/fc-runs.ts';
import { ungrounded } from './helpers/grounding.ts';
import { record, reportFile, reportNames, reportText } from './helpers/reports.ts';
import { expectedValues } from './helpers/variants-expect.ts';

const mix = fc.record({
  name: fc.constantFrom(...reportNames),
  texts: fc.shuffledSubarray([...TRANSFORM_IDS], { minLength: 1, maxLength: 6 }),
  encoding: fc.option(fc.constantFrom(...ENCODING_IDS), { nil: undefined }),
  seed: fc.nat(),
});

it('gives the original values, grounded, for random mixes of steps', () => {
  fc.assert(
    fc.property(mix, ({ name, texts, encoding, seed }) => {
      const steps = encoding ? [encoding, ...texts] : texts;
      fc.pre(compatible(steps));
      const variant = makeVariant(reportText(name), steps, seed);
      const { report } = parseReport(variant.bytes, { file: reportFile(name) });
      expect(expectedValues(report)).toEqual(expectedValues(record(name)));
      expect(ungrounded(report, variant.text)).toEqual([]);
    }),
    fcRuns(300),
  );
});
