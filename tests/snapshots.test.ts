// Each report's full record against tests/snapshots/<name>.record.json; `UPDATE=1 npm test` rewrites them, never in CI.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { record, reportNames } from './helpers/reports.ts';

const DIR = new URL('snapshots/', import.meta.url);
const update = process.env.UPDATE === '1';
const inCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

describe.each(reportNames)('%s', (name) => {
  const file = new URL(`${name}.record.json`, DIR);
  // The record as JSON holds it: what the site and the CLI see.
  const current = JSON.parse(JSON.stringify(record(name)));

  it('matches its reviewed snapshot', () => {
    if (update) {
      if (inCI) throw new Error('UPDATE=1 rewrites the reviewed snapshots; it is refused when CI is set');
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
      return;
    }
    if (!existsSync(file))
      throw new Error(`no snapshot for ${name}: run UPDATE=1 npm test, then review tests/snapshots/${name}.record.json against the report`);
    expect(current).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
