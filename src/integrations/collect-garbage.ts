// A full garbage collection between the build's phases. The loader reads every report file and the
// parser processes' messages, and keeps its entries (src/loaders/entries-file.ts): garbage in the heap,
// which V8 (sized for a machine's memory, not a build's) does not collect before Vite starts bundling
// and adds its own native memory on top — the build's peak RSS. Bundling leaves garbage too,
// before the server bundle reads the store (content-store-at-run-time.ts calls this first). Collected
// there, the peak is what the pages need. Node exposes gc() only behind --expose-gc; the flag can be
// set at run time, and a new context then has the function.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';

let gc: (() => void) | null = null;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** Collects after the content is synced (the loader's work), before bundling. */
export function collectGarbageBetweenPhases(): AstroIntegration {
  return { name: 'collect-garbage', hooks: { 'astro:build:start': collectGarbage } };
}
