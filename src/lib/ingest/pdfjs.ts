// Loading a PDF with pdf.js (legacy build, the one meant for Node). The CJK CMaps and the standard
// font data are always configured: without them, PDFs that use predefined CMaps (STSong-Light with
// UniGB-UCS2-H or GBK-EUC-H and no ToUnicode, as 公文 tools and OFD converters write them) come back
// as empty text with only a console warning.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let loaded: Promise<PdfJs> | null = null;
export const pdfjs = (): Promise<PdfJs> => (loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

let assets: string | null = null;
/** The pdfjs-dist package folder, resolved from this module or, when bundled, from the project. */
function assetDir(): string {
  if (assets) return assets;
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return (assets = dirname(createRequire(from).resolve('pdfjs-dist/package.json')));
    } catch {
      // try the next base
    }
  }
  throw new Error('pdfjs-dist is not installed');
}

export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const lib = await pdfjs();
  const dir = assetDir();
  const task = lib.getDocument({
    // pdf.js takes the buffer over; the caller keeps its bytes.
    data: new Uint8Array(bytes),
    cMapUrl: join(dir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts') + '/',
    wasmUrl: join(dir, 'wasm') + '/',
    iccUrl: join(dir, 'iccs') + '/',
    // Nothing in a file is run: no XFA forms, no scripts (pdf.js 6 never evals font programs).
    enableXfa: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  return task.promise;
}
