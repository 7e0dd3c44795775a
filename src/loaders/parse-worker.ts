// A parser thread of the loader's pool (pool.ts): parses one report file per message. It runs as a
// plain Node module (the pinned Node 24 strips the types), outside Vite, so it imports by relative path.
import { parentPort } from 'node:worker_threads';
import { decode } from '../lib/decode.ts';
import { parseReport } from '../lib/parse-report.ts';

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  file: string;
}

const port = parentPort!;
port.on('message', ({ id, bytes, file }: ParseRequest) => {
  try {
    const result = parseReport(bytes, { file });
    // The page shows the decoded text; only a file that gave a record needs it.
    port.postMessage({ id, result, body: result.report ? decode(bytes).text : null });
  } catch (e) {
    port.postMessage({ id, crash: e instanceof Error ? e.message : String(e) });
  }
});
port.postMessage({ ready: true });
