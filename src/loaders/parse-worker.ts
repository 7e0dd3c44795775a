// A parser process of the loader's pool (pool.ts): reads one report file per message (any published
// format, src/lib/ingest), parses it, renders its page's view of the original text and draws its social
// image, so all three run on every core. It runs as a plain Node module (the pinned Node 24 strips the
// types), outside Vite, so it imports by relative path.
import { parseFile } from '../lib/parse-report.ts';
import { cardContent } from '../site/social-card.ts';
import { renderSource } from '../site/source-html.ts';
import { renderCard } from '../social/render.ts';

export interface ParseRequest {
  bytes: Uint8Array;
  file: string;
}

const send = (message: unknown) => process.send!(message);
process.on('message', async ({ bytes, file }: ParseRequest) => {
  try {
    const { report, diagnostics, text } = await parseFile(bytes, { file });
    // Only a file that gave a record has a page to show its text on; the text itself is kept only
    // for a report whose form (or report) comes as a second file, to be merged.
    send({
      result: { report, diagnostics },
      text: report ? text : null,
      view: report ? await renderSource(text, report) : null,
      card: report ? renderCard(cardContent(report)) : null,
    });
  } catch (e) {
    send({ crash: e instanceof Error ? e.message : String(e) });
  }
});
// The pool starts a parse's clock only when its process is ready, so loading the modules is not counted.
send({ ready: true });
