// A parser thread of the loader's pool (pool.ts): parses one report file per message and renders its
// page's view of the original text, so both run on every core. It runs as a plain Node module (the
// pinned Node 24 strips the types), outside Vite, so it imports by relative path.
import { parentPort } from 'node:worker_threads';
import { decode } from '../lib/decode.ts';
import { parseReport } from '../lib/parse-report.ts';
import { renderSource } from '../site/source-html.ts';

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  file: string;
}

const port = parentPort!;
port.on('message', async ({ id, bytes, file }: ParseRequest) => {
  try {
    const result = parseReport(bytes, { file });
    // Only a file that gave a record has a page to show its text on.
    port.postMessage({ id, result, view: result.report ? await renderSource(decode(bytes).text, result.report) : null });
  } catch (e) {
    port.postMessage({ id, crash: e instanceof Error ? e.message : String(e) });
  }
});
port.postMessage({ ready: true });
