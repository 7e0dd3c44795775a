// With experimental.incrementalBuild Astro copies an unchanged page from its cache instead of rendering
// it, but only after emptying dist/, so a rebuild still deletes and rewrites every file (5 s of a
// 1,000-report rebuild went to deleting). This keeps dist/ (vite.build.emptyOutDir: false), leaves an
// unchanged page where it is, and at the end removes what this build did not produce: pages of
// reports that are gone, and stale bundles. Files other integrations write are named in `produced`;
// folders of the output that another integration keeps up to date itself (the search index's, many
// thousand files) are named in `owned` and neither walked nor pruned.
import type { AstroIntegration } from 'astro';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function keepUnchangedOutput(produced: ReadonlySet<string> = new Set(), owned: readonly string[] = []): AstroIntegration {
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
        const out = fileURLToPath(dir);
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const skipped = new Set(owned.map((name) => join(out, name)));
        await prune(out, (path) => pages.has(path) || produced.has(path), started, skipped);
      },
    },
  };
}

/**
 * Removes the files below `dir` that are neither `known` nor written since `since` (only those are
 * stat-ed), and directories left empty, but not the `skipped` directories; true when `dir` is empty.
 */
async function prune(dir: string, known: (path: string) => boolean, since: number, skipped: ReadonlySet<string>): Promise<boolean> {
  let left = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && skipped.has(path)) left++;
    else if (entry.isDirectory()) {
      if (await prune(path, known, since, skipped)) await rmdir(path);
      else left++;
    } else if (known(path) || (await stat(path)).mtimeMs >= since) left++;
    else await rm(path);
  }
  return left === 0;
}
