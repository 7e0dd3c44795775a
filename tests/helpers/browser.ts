// What every browser test starts from: Debian's Chromium with the flags this closed network needs (a
// test tool's own browser download cannot work here), axe-core to inject, and the built site served on
// loopback with its records. The test that needs a profile of its own launches with these.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.ts';
import type { Report } from '../../src/lib/schema.ts';
import type { BuildRun } from './astro-build.ts';
import { serve } from '../setup/static-server.ts';

export { CHROMIUM };
export const CHROMIUM_ARGS = ['--headless', ...CHROMIUM_FLAGS];
/** Evaluated with page.evaluate (through the DevTools protocol), which the pages' CSP does not block. */
export const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serves the built site, failing with what to do when Chromium is missing or the build failed. */
export async function serveBuiltSite(
  dist: string,
  build: BuildRun,
): Promise<{ server: Awaited<ReturnType<typeof serve>>; records: Report[] }> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests`);
  if (build.code !== 0) throw new Error(`astro build failed:\n${build.log}`);
  const server = await serve(dist);
  const records: Report[] = await (await fetch(`${server.url}/data/reports.json`)).json();
  return { server, records };
}

/** Chromium with a fresh --user-data-dir of its own (Playwright takes one only through a persistent context). */
export async function launchWithProfile(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
