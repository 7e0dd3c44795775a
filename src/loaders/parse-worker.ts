// A parser process of the loader's pool (pool.ts): reads one report file per message (any published
// format, src/lib/ingest), parses it, and files by the file's digest, in the cache dir, what a page
// needs of it: the record, its page's view of the original text and its social image. So all of it
// runs on every core, and only what the content store keeps (the summary) comes back to the loader.
// It runs as a plain Node module (the pinned Node 24 strips the types), outside Vite, so it imports by
// relative path.
import { decode } from '../lib/decode.ts';
import { metaPathFor, parseMeta } from '../lib/meta.ts';
import { parseFile } from '../lib/parse-report.ts';
import { type Diagnostic, ReportSchema, type ReportSummary, ReportSummarySchema } from '../lib/schema.ts';
import { fileReport } from './file-report.ts';

export interface ParseRequest {
  bytes: Uint8Array;
  /** The file's path in the reports folder, which the record names. */
  file: string;
  /** Files the record by this digest under this cache dir (a URL's href); without it, gives the text only. */
  filing?: { cacheDir: string; digest: string; sidecar: Uint8Array | null };
}

/** What a parse gave the loader. */
export interface Parsed {
  id: string | null;
  /** What the content store keeps of the record (ReportSummarySchema). */
  summary: ReportSummary | null;
  /** The report's own, named by `file`; the sidecar's, named by its path. */
  diagnostics: Diagnostic[];
  sidecarDiagnostics: Diagnostic[];
  /** The decoded text, when asked for (a report merged with its form renders its view again). */
  text: string | null;
}

const send = (message: unknown) => process.send!(message);
// One file at a time, in the order they came: the pool sends the next file ahead and times each from
// the answer to the one before.
let running = Promise.resolve();
process.on('message', (request: ParseRequest) => {
  running = running.then(() => answer(request));
});

async function answer({ bytes, file, filing }: ParseRequest): Promise<void> {
  try {
    send({ parsed: await parse(bytes, file, filing) });
  } catch (e) {
    send({ crash: e instanceof Error ? e.message : String(e) });
  }
}
// The pool starts a parse's clock only when its process is ready, so loading the modules is not counted.
send({ ready: true });

async function parse(bytes: Uint8Array, file: string, filing: ParseRequest['filing']): Promise<Parsed> {
  const { report, diagnostics, text } = await parseFile(bytes, { file });
  if (!filing) return { id: report?.id ?? null, summary: null, diagnostics, sidecarDiagnostics: [], text };
  const meta = filing.sidecar && parseMeta(decode(filing.sidecar).text, metaPathFor(file));
  if (report && meta?.meta) report.meta = meta.meta;
  if (report) await fileReport(new URL(filing.cacheDir), filing.digest, meta?.meta ? ReportSchema.parse(report) : report, text);
  return {
    id: report?.id ?? null,
    summary: report && ReportSummarySchema.parse(report),
    diagnostics,
    sidecarDiagnostics: meta?.diagnostics ?? [],
    text: null,
  };
}
