// The ingest stage: bytes + file name → { text, format, pages, spans, tables, diagnostics }. The
// format comes from the bytes; an extension that disagrees is a warning; a format we cannot read
// is an error that says what to convert the file to.
import { decode } from '../decode.ts';
import type { Diagnostic } from '../schema.ts';
import { detectFormat, EXTENSIONS } from './detect.ts';
import { ingestHtml } from './html.ts';
import { fixRadicals, isSimplified } from './radicals.ts';
import type { Format, Ingested } from './types.ts';

export { SUPPORTED_EXTENSIONS } from './detect.ts';
export type { Box, Format, Grid, GridCell, Ingested, TextSpan } from './types.ts';

const NAMES: Record<Format, string> = {
  txt: '纯文本',
  pdf: 'PDF',
  docx: 'Word (.docx)',
  doc: 'Word 97 (.doc)',
  xlsx: 'Excel (.xlsx)',
  xls: 'Excel 97 (.xls)',
  html: '网页 (.html)',
};

export const extensionOf = (file: string): string => /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';

export async function ingest(bytes: Uint8Array, file: string): Promise<Ingested> {
  const ext = extensionOf(file);
  const detected = detectFormat(bytes, ext);
  if ('unsupported' in detected) {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', code: 'input/unsupported', file, message: `这是${detected.unsupported}, 无法读取; ${detected.advice}` },
    ];
    return { text: '', format: EXTENSIONS[ext] ?? 'txt', pages: null, spans: [], tables: [], diagnostics };
  }
  const { format } = detected;
  let result: Ingested;
  try {
    result = await read(bytes, file, format);
  } catch (e) {
    // A damaged, truncated or encrypted file: the reader's own words, and what to do.
    const reason = (e as Error).name === 'PasswordException' ? '文件有密码保护' : `读取出错: ${(e as Error).message}`;
    const message = `${NAMES[format]}文件无法读取 (${reason}); 文件可能已损坏、不完整或加密, 请重新下载, 或用 WPS/Office 另存一份不加密的文件`;
    return {
      text: '',
      format,
      pages: null,
      spans: [],
      tables: [],
      diagnostics: [{ severity: 'error', code: 'input/corrupt', file, message }],
    };
  }
  // Text copied out of a PDF with a broken ToUnicode map keeps its radical code points in Word files
  // and web pages too (a PDF's own are mapped while reading it, where the page map is built).
  if (format !== 'pdf' && format !== 'txt') fixAllRadicals(result, file);
  const expected = EXTENSIONS[ext];
  if (expected && expected !== format && !(expected === 'txt' && format === 'html')) {
    result.diagnostics.unshift({
      severity: 'warning',
      code: 'input/extension',
      file,
      message: `文件名是 .${ext}, 内容却是${NAMES[format]}; 按${NAMES[format]}读取, 请改正扩展名`,
    });
  }
  return result;
}

function fixAllRadicals(result: Ingested, file: string): void {
  const simplified = isSimplified(result.text);
  const fixed = fixRadicals(result.text, simplified);
  if (!fixed.count) return;
  result.text = fixed.text;
  for (const grid of result.tables) for (const cell of grid.cells) cell.text = fixRadicals(cell.text, simplified).text;
  result.diagnostics.push({
    severity: 'warning',
    code: 'input/radicals',
    file,
    message: `文中有 ${fixed.count} 个部首字符 (如 ⼈ ⺠, 多半是从字符映射有误的 PDF 复制来的), 已按 Unicode 等价表换成汉字`,
  });
}

// The readers of binary formats load their libraries (PDF.js, mammoth, SheetJS: half a second) the first
// time a file needs them, so a parser process that reads text files starts at once.
async function read(bytes: Uint8Array, file: string, format: Format): Promise<Ingested> {
  switch (format) {
    case 'pdf':
      return (await import('./pdf.ts')).ingestPdf(bytes, file);
    case 'docx':
      return (await import('./docx.ts')).ingestDocx(bytes, file);
    case 'doc':
      return (await import('./doc.ts')).ingestDoc(bytes, file);
    case 'xlsx':
    case 'xls':
      return (await import('./sheet.ts')).ingestSheet(bytes, file, format);
    case 'html':
      return ingestHtml(bytes, file);
    case 'txt': {
      const decoded = decode(bytes);
      return { text: decoded.text, format, pages: null, spans: [], tables: [], diagnostics: [] };
    }
  }
}
