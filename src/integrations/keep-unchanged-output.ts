// With experimental.incrementalBuild Astro copies an unchanged page from its cache instead of rendering
// it, but only after emptying dist/, so a rebuild still deletes and rewrites every file (5 s of a
// 1,000-report rebuild went to deleting). This keeps dist/ (vite.build.emptyOutDir: false), leaves an
// unchanged page where it is, and at the end removes what this build did not produce: pages of
// reports that are gone, and stale bundles. Files other integrations write are named in `produced`.
import type { AstroIntegration } from 'astro';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function keepUnchangedOutput(produced: ReadonlySet<string> = new Set()): AstroIntegration {
  let started = 0;
  return {
    name: 'keep-unchanged-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ dir, assets }) => {
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        await prune(fileURLToPath(dir), (path) => pages.has(path) || produced.has(path), started);
      },
    },
  };
}

/**
 * Removes the files below `dir` that are neither `known` nor written since `since` (only those are
 * stat-ed), and directories left empty; true when `dir` is empty.
 */
async function prune(dir: string, known: (path: string) => boolean, since: number): Promise<boolean> {
  let left = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (await prune(path, known, since)) await rmdir(path);
      else left++;
    } else if (known(path) || (await stat(path)).mtimeMs >= since) left++;
    else await rm(path);
  }
  return left === 0;
}
