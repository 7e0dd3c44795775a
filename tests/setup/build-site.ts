// Vitest globalSetup of the site tests: builds the site once from a temp copy of content/reports plus
// test files (a hostile report, more units, years and districts, sidecars, doubted figures, an empty and a
// binary file, one report as a PDF instead of text), then runs a STRICT=1 build of the same content and a
// lenient one started by another command, and provides the output directory and the three build logs.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { codeDigest } from '../../src/loaders/digest.ts';
import { CODE } from '../../src/loaders/reports.ts';
import { astroBuild, type BuildRun, siteConfig } from '../helpers/astro-build.ts';
import { VARIANTS, variantText } from '../helpers/fixture-corpus.ts';

export interface SiteBuild {
  dist: string;
  reportsDir: string;
  build: BuildRun;
  strict: BuildRun;
  /** The same content and cache a third time, lenient, as if started by another command. */
  again: BuildRun;
  /** src/lib or src/loaders changed while the builds ran (someone is editing): the second re-parses all. */
  codeChanged: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: SiteBuild;
  }
}

const root = join(import.meta.dirname, '../..');
export const DOUBTED_FILES = ['conflicting-totals.txt', 'estimates-grade-against-band.txt', 'project-form-tabs.txt'];
export const PUBLISHED_PDF = { name: '004-licheng.pdf', replaces: '004_a0655f5b282921e2' };
/** Sidecars: one complete, one with a field that is not allowed (a warning; the report builds without it). */
export const SIDECARS = {
  '000_6506d5458f2bf397.meta.yaml':
    'url: https://www.by.gov.cn/zwgk/taihe-2022.pdf\npublisher: 广州市白云区太和镇人民政府\npublished: 2023-06-30\nlicence: 政府信息公开\n',
  '004-licheng.meta.yaml': 'url: ftp://example.org/x\nauthor: 某人\n',
};
export const BAD_FILES = {
  'zz-empty.txt': new Uint8Array(),
  'zz-binary.txt': new Uint8Array(Array.from({ length: 512 }, (_, i) => i % 256)),
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(join(tmpdir(), 'site-build-'));
  const reportsDir = join(work, 'reports');
  await cp(join(root, 'content/reports'), reportsDir, { recursive: true });
  await cp(join(root, 'tests/fixtures/hostile-report.txt'), join(reportsDir, 'hostile-report.txt'));
  // Doubted figures (a conflict, a grade against its band) and a project's own evaluation.
  for (const trap of DOUBTED_FILES) await cp(join(root, 'tests/fixtures/traps', trap), join(reportsDir, trap));
  // 太和镇 a year earlier, so two reports of one town link to each other.
  const taihe = await readFile(join(reportsDir, '000_6506d5458f2bf397.txt'), 'utf8');
  await writeFile(join(reportsDir, 'taihe-2021.txt'), taihe.replaceAll('2022', '2021'));
  // Several units over several years and districts (tests/helpers/fixture-corpus.ts), and where two reports come from.
  for (const v of VARIANTS) await writeFile(join(reportsDir, v.file), variantText(v));
  for (const [name, yaml] of Object.entries(SIDECARS)) await writeFile(join(reportsDir, name), yaml);
  for (const [name, bytes] of Object.entries(BAD_FILES)) await writeFile(join(reportsDir, name), bytes);
  // 004 as published: a PDF (Chromium print) in place of its text, so the site shows page images
  // and the original for download.
  await rm(join(reportsDir, `${PUBLISHED_PDF.replaces}.txt`));
  await cp(join(root, 'tests/fixtures/published/004.chromium.pdf'), join(reportsDir, PUBLISHED_PDF.name));
  // Our own cache dir keeps the developer's content store out of it.
  const config = await siteConfig(work, join(work, 'cache'));
  const dist = join(work, 'dist');
  const run = (env: Record<string, string>) => astroBuild(config, dist, { REPORTS_DIR: reportsDir, ...env });
  const code = () => codeDigest(join(root, 'src'), CODE);
  const before = await code();
  // The first build is lenient whatever the caller's STRICT (CI sets it): it must show the bad files left out.
  // The shell sets `_` to the command that started a process: each build here is started by another.
  const build = await run({ STRICT: '', _: '/usr/bin/npm' });
  // The same content and cache again, strict: it must reuse every record and fail on the bad files.
  const strict = await run({ STRICT: '1', _: '/usr/bin/npx' });
  // And lenient again: it must render no report page again (incremental build).
  const again = await run({ STRICT: '', _: '/usr/local/bin/astro' });
  project.provide('site', { dist, reportsDir, build, strict, again, codeChanged: (await code()) !== before });
  return () => rm(work, { recursive: true, force: true });
}
