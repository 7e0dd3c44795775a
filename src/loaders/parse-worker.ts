// A parser process of the loader's pool (pool.ts): parses one report file per message. It runs as a
// plain Node module (the pinned Node 24 strips the types), outside Vite, so it imports by relative path.
import { decode } from '../lib/decode.ts';
import { parseReport } from '../lib/parse-report.ts';

export interface ParseRequest {
  bytes: Uint8Array;
  file: string;
}

const send = (message: unknown) => process.send!(message);
process.on('message', ({ bytes, file }: ParseRequest) => {
  try {
    const result = parseReport(bytes, { file });
    // The page shows the decoded text; only a file that gave a record needs it.
    send({ result, body: result.report ? decode(bytes).text : null });
  } catch (e) {
    send({ crash: e instanceof Error ? e.message : String(e) });
  }
});
// The pool starts a parse's clock only when its process is ready, so loading the modules is not counted.
send({ ready: true });
