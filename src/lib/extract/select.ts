// One selector for every headline field: of the candidates the rules found, the ones about the
// whole unit in the report's year may fill the field; disagreement leaves it null (or doubted), with
// the competing readings, never a silent pick.
import type { Candidate, Note } from '../extractor.ts';
import type { Fact, Reading } from '../schema.ts';
import { describe, isHeadline } from './classify.ts';

const reading = (c: Candidate): Reading => ({
  value: c.fact.value,
  text: c.fact.text,
  start: c.fact.start,
  end: c.fact.end,
  line: c.fact.line ?? null,
});

/**
 * Picks one value from the candidates of a field. Only candidates about the whole unit, the report's
 * year, exact and not a scale may fill it (classify.ts); the best-ranked of those must agree, or the
 * field stays null with the competing readings. A lower-ranked disagreement keeps the value, doubted.
 * Without candidates the field is not stated: null (unless derive.ts can compute it), and a warning
 * with `example` of the phrasing, naming what was found about something else.
 */
export function select(field: string, label: string, all: readonly Candidate[], notes: Note[], example: string): Fact | null {
  const candidates = all.filter((c) => !c.about || isHeadline(c.about));
  if (!candidates.length) {
    const other = all[0];
    const aside = other ? `; “${other.fact.text}”是${describe(other.about!)}, 不是本单位本年度的${label}` : '';
    notes.push({
      severity: 'warning',
      code: `missing/${field}`,
      message: `报告没有写明${label} (如${example})${aside}`,
      ...(other ? { at: other.at } : {}),
    });
    return null;
  }
  const best = Math.min(...candidates.map((c) => c.rank));
  const top = candidates.filter((c) => c.rank === best).sort((a, b) => a.at - b.at);
  const first = top[0]!;
  const disagree = (c: Candidate) => Math.abs(c.fact.value - first.fact.value) > 1e-9;
  const conflict = top.find(disagree);
  if (conflict) {
    notes.push({
      severity: 'warning',
      code: `conflict/${field}`,
      message: `${label}有两个不同的值: ${first.fact.text} 与 ${conflict.fact.text}; 未采用任何一个`,
      at: conflict.at,
      field,
      readings: top.filter((c, i) => i === top.findIndex((d) => d.fact.value === c.fact.value)).map(reading),
    });
    return null;
  }
  const other = candidates.find((c) => c.rank > best && disagree(c));
  if (other) {
    notes.push({
      severity: 'warning',
      code: `conflict/${field}`,
      message: `${label}另有一处写作 ${other.fact.text}, 与采用的 ${first.fact.text} 不同`,
      at: other.at,
      field,
      readings: [reading(first), reading(other)],
    });
  }
  return first.fact;
}
