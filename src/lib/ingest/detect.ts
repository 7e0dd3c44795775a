// Which format a file is, from its bytes (magic numbers and container contents), not its name.
// Formats we cannot read get a clear message saying what to convert them to.
import type { Format } from './types.ts';

/** File name extensions the loader reads, lower case, with the format each one should hold. */
export const EXTENSIONS: Readonly<Record<string, Format>> = {
  txt: 'txt',
  text: 'txt',
  pdf: 'pdf',
  docx: 'docx',
  doc: 'doc',
  xlsx: 'xlsx',
  xls: 'xls',
  html: 'html',
  htm: 'html',
};
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

export type Detected = { format: Format } | { unsupported: string; advice: string };

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

/** Byte offset of an ASCII or UTF-16LE name inside a container (zip entry names, OLE stream names). */
function holds(b: Uint8Array, name: string, utf16 = false): boolean {
  const needle = utf16 ? [...name].flatMap((c) => [c.charCodeAt(0), 0]) : [...name].map((c) => c.charCodeAt(0));
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let k = 0; k < needle.length; k++) if (b[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

const CONVERT_DOC = '请用 WPS 或 Word 另存为 .docx 或 PDF 后放入';
const CONVERT_SHEET = '请用 WPS 或 Excel 另存为 .xlsx 后放入';

export function detectFormat(bytes: Uint8Array, extension: string): Detected {
  const ext = extension.toLowerCase();
  const head = ascii(bytes, 0, 1024);
  if (head.includes('%PDF-')) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (holds(bytes, 'word/document')) return { format: 'docx' };
    if (holds(bytes, 'xl/workbook')) return { format: 'xlsx' };
    if (holds(bytes, 'OFD.xml'))
      return { unsupported: 'OFD 版式文件 (GB/T 33190)', advice: '请用 OFD 阅读器或数科/福昕等工具导出为 PDF 后放入' };
    if (holds(bytes, 'application/vnd.oasis.opendocument.text')) return { unsupported: 'OpenDocument 文本 (.odt)', advice: CONVERT_DOC };
    if (holds(bytes, 'application/vnd.oasis.opendocument.spreadsheet'))
      return { unsupported: 'OpenDocument 表格 (.ods)', advice: CONVERT_SHEET };
    if (holds(bytes, 'ppt/')) return { unsupported: 'PowerPoint 演示文稿 (.pptx)', advice: '请导出为 PDF 后放入' };
    // A zip whose directory is cut off hides its entry names: the name says what it should be.
    if (ext === 'docx' || ext === 'xlsx') return { format: ext };
    return { unsupported: 'ZIP 压缩包', advice: '请解压后放入其中的报告文件' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // WPS saves .wps and .et in its own variants of the Office 97 containers.
    if (ext === 'wps') return { unsupported: 'WPS 文字文件 (.wps)', advice: CONVERT_DOC };
    if (ext === 'et') return { unsupported: 'WPS 表格文件 (.et)', advice: CONVERT_SHEET };
    if (holds(bytes, 'WordDocument', true)) return { format: 'doc' };
    if (holds(bytes, 'Workbook', true) || holds(bytes, 'Book', true)) return { format: 'xls' };
    if (holds(bytes, 'PowerPoint', true)) return { unsupported: 'PowerPoint 97 演示文稿 (.ppt)', advice: '请导出为 PDF 后放入' };
    if (ext === 'doc' || ext === 'xls') return { format: ext };
    return { unsupported: 'Office 97 复合文档 (不是 Word 或 Excel)', advice: CONVERT_DOC };
  }
  if (head.startsWith('{\\rtf')) return { unsupported: 'RTF 富文本', advice: CONVERT_DOC };
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    return { unsupported: '图片 (扫描件或截图)', advice: '请向发布单位索取文字版 PDF 或 Word 文件; 图片中的数字不会被读取' };
  }
  if (ext === 'ofd') return { unsupported: 'OFD 版式文件 (GB/T 33190)', advice: '请用 OFD 阅读器导出为 PDF 后放入' };
  if (ext === 'wps') return { unsupported: 'WPS 文字文件 (.wps)', advice: CONVERT_DOC };
  if (ext === 'et') return { unsupported: 'WPS 表格文件 (.et)', advice: CONVERT_SHEET };
  if (looksLikeHtml(bytes)) return { format: 'html' };
  return { format: 'txt' };
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  // Any ASCII-compatible charset, or UTF-16: the markup is ASCII either way.
  const head = ascii(bytes, 0, 2048)
    .replace(/\0/g, '')
    .replace(/^\ufeff|^[\xef\xbb\xbf\xff\xfe]+/, '')
    .trimStart()
    .toLowerCase();
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<meta[\s>]|<!--[\s\S]*?-->\s*<(?:!doctype html|html))/.test(head);
}
