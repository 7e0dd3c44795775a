// extract/index.ts: the ordered list names every extractor once, and each field has exactly one owner.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/document.ts';
import { extractors } from '../../src/lib/extract/index.ts';
import { ReportSchema } from '../../src/lib/schema.ts';
import { reportNames, reportText } from '../helpers/reports.ts';

/** Record keys that parse-report fills itself rather than an extractor. */
// meta comes from the report's sidecar file (src/lib/meta.ts), read by the loader.
const NOT_EXTRACTED = ['id', 'file', 'source', 'sections', 'checks', 'doubts', 'meta'];

describe('the extractor list', () => {
  it('lists each extractor once, title first', () => {
    expect(new Set(extractors).size).toBe(extractors.length);
    expect(extractors[0]!.name).toBe('extractTitle');
  });

  it.each(reportNames)('fills every record field from exactly one extractor on %s', (name) => {
    const doc = makeDoc(reportText(name));
    const owners = new Map<string, string[]>();
    for (const extract of extractors) {
      for (const key of Object.keys(extract(doc).fields)) owners.set(key, [...(owners.get(key) ?? []), extract.name]);
    }
    const expected = Object.keys(ReportSchema.shape).filter((k) => !NOT_EXTRACTED.includes(k));
    expect([...owners.keys()].sort()).toEqual(expected.sort());
    for (const [key, who] of owners) expect(who, key).toHaveLength(1);
  });
});
