// .docx → text with mammoth's HTML: its raw text flattens tables one cell per paragraph, the HTML
// keeps rowspan and colspan. Word files have no fixed pages, so there is no page map.
import mammoth from 'mammoth';
import { parse } from 'node-html-parser';
import type { Diagnostic } from '../schema.ts';
import { writeBlocks } from './html-blocks.ts';
import { newBuilder } from './text-builder.ts';
import type { Ingested } from './types.ts';

export async function ingestDocx(bytes: Uint8Array, file: string): Promise<Ingested> {
  const diagnostics: Diagnostic[] = [];
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: true });
  const b = newBuilder();
  const tables = writeBlocks(b, parse(`<body>${value}</body>`));
  if (!b.text.trim())
    diagnostics.push({
      severity: 'error',
      code: 'input/empty',
      file,
      message: 'Word 文件里没有正文文字 (可能只有图片); 请提供含文字的文件',
    });
  return { text: b.text.replace(/\s+$/, '') + '\n', format: 'docx', pages: null, spans: [], tables, diagnostics };
}
