// content-store-at-run-time.ts: the store module the bundle reads at run time, in place of Astro's own.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_DATA_META, STORE_MODULE, storeModule } from '../../src/integrations/content-store-at-run-time.ts';
import { handOver } from '../../src/integrations/store-handover.ts';
import { ENTRIES_FILE, writeEntries } from '../../src/loaders/entries-file.ts';

// Astro's internals this plugin stands in for (not exported by the package, so read by path): if a new
// Astro renames the module or its incremental-build marker, the plugin would silently stop applying.
const astro = (path: string) => import(pathToFileURL(join(process.cwd(), 'node_modules/astro/dist', path)).href);

describe('contentStoreAtRunTime', () => {
  it("loads the module Astro's bundle imports the store from", async () => {
    const { RESOLVED_DATA_STORE_VIRTUAL_ID } = await astro('content/consts.js');
    expect(STORE_MODULE).toBe(RESOLVED_DATA_STORE_VIRTUAL_ID);
  });

  it('marks the module as content data, as Astro does, so incremental builds see the store change', async () => {
    const { createContentDataIncrementalMetadata } = await astro('core/build/incremental-metadata.js');
    expect(CONTENT_DATA_META).toEqual(createContentDataIncrementalMetadata());
  });

  const kept = { id: 'k', data: { year: 2021 }, filePath: 'reports/k.txt', digest: 'dk' };
  // The store module as the bundle would run it, over a loader's file that keeps the entry above.
  const runStoreModule = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'store-module-'));
    try {
      const file = join(dir, ENTRIES_FILE);
      const code = storeModule(file);
      expect(code).not.toContain('"reports"');
      writeEntries(file, 'reports', new Map([['k', kept]]));
      const module = join(dir, 'store.mjs');
      await writeFile(module, code);
      return (await import(pathToFileURL(module).href)).default;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  // What handOver keeps lives on globalThis for the whole process: each test starts without it.
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('perf-reports:content-store')];
  });

  it("reads the loader's file of entries when the module runs, not when it is bundled", async () => {
    expect(await runStoreModule()).toEqual(new Map([['reports', new Map([['k', kept]])]]));
  });

  it('takes the entries a loader handed over in this process, not the file', async () => {
    const entry = { id: 'a', data: { year: 2022 }, digest: 'd' };
    handOver('reports', [['a', entry]]);
    const store = await runStoreModule();
    expect(store).toEqual(new Map([['reports', new Map([['a', entry]])]]));
    // The same objects, not copies: nothing is parsed again.
    expect(store.get('reports').get('a')).toBe(entry);
  });
});
