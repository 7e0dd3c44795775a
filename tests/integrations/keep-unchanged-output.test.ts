// keep-unchanged-output.ts: a rebuild keeps the output folder and removes only what it no longer makes.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepUnchangedOutput } from '../../src/integrations/keep-unchanged-output.ts';

let out: string;
const LONG_AGO = new Date('2020-01-01T00:00:00Z');

/** A file of an earlier build: written before this build started. */
async function old(path: string): Promise<string> {
  const full = join(out, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, path);
  await utimes(full, LONG_AGO, LONG_AGO);
  return full;
}

/** Runs the integration's build hooks as Astro would: `pages` are the pages this build made. */
async function build(integration: AstroIntegration, pages: string[], during: () => Promise<void> = async () => {}) {
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:build:start']!({});
  await during();
  const assets = new Map([['/[id]', pages.map((p) => pathToFileURL(join(out, p)))]]);
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), assets });
}

beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'keep-unchanged-'));
});
afterEach(() => rm(out, { recursive: true, force: true }));

describe('keepUnchangedOutput', () => {
  it('keeps the pages and produced files of this build, and what it wrote, and removes the rest', async () => {
    const kept = await old('reports/a/index.html');
    const gone = await old('reports/b/index.html');
    const data = await old('data/reports/a.json');
    const staleData = await old('data/reports/b.json');
    const staleBundle = await old('_astro/old.js');
    const produced = new Set([data]);
    await build(keepUnchangedOutput(produced), ['reports/a/index.html'], async () => {
      await mkdir(join(out, '_astro'), { recursive: true });
      await writeFile(join(out, '_astro/new.js'), 'new');
    });
    expect([kept, data, join(out, '_astro/new.js')].map(existsSync)).toEqual([true, true, true]);
    expect([gone, staleData, staleBundle].map(existsSync)).toEqual([false, false, false]);
    // A folder left empty goes too; the output folder itself stays.
    expect(existsSync(join(out, 'reports/b'))).toBe(false);
    expect(existsSync(out)).toBe(true);
  });

  it('leaves a folder another integration keeps (the search index) unwalked', async () => {
    const index = await old('pagefind/shard/index.pf_meta');
    await build(keepUnchangedOutput(new Set(), ['pagefind']), []);
    expect(existsSync(index)).toBe(true);
  });

  it('asks Vite not to empty the output folder, in a build only', () => {
    const setup = (command: string) => {
      const updates: unknown[] = [];
      const hooks = keepUnchangedOutput().hooks as Record<string, (options: unknown) => void>;
      hooks['astro:config:setup']!({ command, updateConfig: (c: unknown) => updates.push(c) });
      return updates;
    };
    expect(setup('build')).toEqual([{ vite: { build: { emptyOutDir: false } } }]);
    expect(setup('dev')).toEqual([]);
  });
});
