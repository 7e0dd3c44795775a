// .doc (Word 97) → text with word-extractor. filterUnicode must be off: its default turns “” into ".
// Tables come as tab-separated cells; the text-table reader reads those rows.
import WordExtractor from 'word-extractor';
import type { Diagnostic } from '../schema.ts';
import type { Ingested } from './types.ts';

export async function ingestDoc(bytes: Uint8Array, file: string): Promise<Ingested> {
  const diagnostics: Diagnostic[] = [];
  const doc = await new WordExtractor().extract(Buffer.from(bytes));
  const body = doc.getBody({ filterUnicode: false }).replace(/\r\n?/g, '\n');
  // Paragraphs one per line, as the later stages read them: a blank line between.
  const text =
    body
      .split('\n')
      .map((l) => l.replace(/\s+$/, ''))
      .filter((l) => l.trim())
      .join('\n\n') + '\n';
  if (!text.trim())
    diagnostics.push({ severity: 'error', code: 'input/empty', file, message: 'Word 文件里没有正文文字; 请提供含文字的文件' });
  return { text, format: 'doc', pages: null, spans: [], tables: [], diagnostics };
}
