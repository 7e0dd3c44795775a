// An incremental rebuild (Astro's incrementalBuild, the loader's digests, keepUnchangedOutput, the published
// and joined files, the search shards) after reports are added, changed and removed gives the site a cold
// build of the same reports gives, file for file: a page kept from the last build that should have changed
// would show a stale figure or rank. Built from a small generated corpus (scripts/corpus.ts): towns over
// years and districts, so a change reaches ranks, years, districts, units, compare and open data.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReport, toTemplate, type Template } from '../scripts/corpus.ts';
import { astroBuild, type BuildRun, siteConfig } from './helpers/astro-build.ts';
import { reportNames, reportText } from './helpers/reports.ts';

const N = 40;
const templates: Template[] = reportNames.map((name) => toTemplate(reportText(name), `${name}.txt`));
const added = generateReport(templates, N);
const changed = generateReport(templates, 12);
const removed = generateReport(templates, 25);

let work: string;
let first: BuildRun;
let rebuild: BuildRun;
let cold: BuildRun;
/** Every file below `dir` (but the search index's, whose file names Pagefind hashes differently each time) and its bytes. */
const files = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.parentPath.includes('/pagefind'))
      .map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name))] as const),
  );
let before: Map<string, Buffer>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'site-rebuild-'));
  const reports = join(work, 'reports');
  await mkdir(reports);
  for (let i = 0; i < N; i++) {
    const g = generateReport(templates, i);
    writeFileSync(join(reports, g.name), g.text);
  }
  const warm = await siteConfig(work, join(work, 'cache-warm'), 'warm.config.mjs');
  const env = { REPORTS_DIR: reports, STRICT: '' };
  first = await astroBuild(warm, join(work, 'dist-warm'), env);
  before = files(join(work, 'dist-warm'));
  // One report more, one whose first amount is another, one gone.
  writeFileSync(join(reports, added.name), added.text);
  const text = readFileSync(join(reports, changed.name), 'utf8');
  writeFileSync(
    join(reports, changed.name),
    text.replace(/(\d+\.\d+)(\s*万元)/, (_, v: string, unit: string) => `${(Number(v) * 1.37).toFixed(2)}${unit}`),
  );
  rmSync(join(reports, removed.name));
  rebuild = await astroBuild(warm, join(work, 'dist-warm'), env);
  cold = await astroBuild(await siteConfig(work, join(work, 'cache-cold'), 'cold.config.mjs'), join(work, 'dist-cold'), env);
}, 300_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('a rebuild after adding, changing and removing reports', () => {
  it('parses only the added and the changed report, and renders far fewer pages than a cold build', () => {
    for (const run of [first, rebuild, cold]) expect(run.code, run.log.slice(-2000)).toBe(0);
    expect(rebuild.log).toContain(`parsed 2, reused ${N - 2}`);
    const rendered = (log: string) => log.match(/\(\+\d+(?:\.\d+)?m?s\)/g)?.length ?? 0;
    expect(rendered(rebuild.log)).toBeLessThan(rendered(cold.log));
  });

  it('changes the site: the added report is on it, the removed one is not, the changed one shows its new figure', () => {
    const after = files(join(work, 'dist-warm'));
    expect([...after.keys()].some((f) => f.startsWith(`/reports/${added.expectedId}/`))).toBe(true);
    expect([...after.keys()].some((f) => f.startsWith(`/reports/${removed.expectedId}/`))).toBe(false);
    const record = `/data/reports/${changed.expectedId}.json`;
    expect(after.get(record)?.equals(before.get(record)!)).toBe(false);
  });

  it('gives the site a cold build gives, file for file', () => {
    const warm = files(join(work, 'dist-warm'));
    const fresh = files(join(work, 'dist-cold'));
    expect([...warm.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([path, bytes]) => !warm.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
    // The search index: the same shards, each with as many pages.
    const shards = (dir: string) => readFileSync(join(work, dir, 'pagefind/shards.json'), 'utf8');
    expect(shards('dist-warm')).toBe(shards('dist-cold'));
    for (const shard of JSON.parse(shards('dist-cold')) as string[]) {
      const count = (dir: string) =>
        JSON.parse(readFileSync(join(work, dir, shard, 'pagefind-entry.json'), 'utf8')).languages['zh-cn'].page_count;
      expect(count('dist-warm')).toBe(count('dist-cold'));
    }
  });
});
