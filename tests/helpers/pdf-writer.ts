// Tiny PDFs written byte by byte, so each pitfall of real files is pinned without any tool:
// fonts with predefined CJK CMaps and no ToUnicode, a ToUnicode map to radical code points, ruled
// tables, a page that is only an image.
import iconv from 'iconv-lite';

export interface PdfPage {
  content: string;
  /** Resource dictionary entries, e.g. '/Font << /F1 5 0 R >>'; object numbers from `objects`. */
  resources: string;
}

/** A whole PDF from extra objects (numbered from 3 on: 1 is the catalog, 2 the page tree) and pages. */
export function writePdf(objects: string[], pages: PdfPage[]): Uint8Array {
  const body: string[] = [];
  const first = 3 + objects.length;
  const kids = pages.map((_, i) => `${first + i * 2} 0 R`).join(' ');
  body.push('<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`, ...objects);
  pages.forEach((p, i) => {
    body.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << ${p.resources} >> /Contents ${first + i * 2 + 1} 0 R >>`);
    body.push(stream(p.content));
  });
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  body.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${body.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${body.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A stream object; `data` is Latin-1 (one char per byte). */
export function stream(data: string, dict = ''): string {
  return `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
}

/** 宋体 without an embedded font program and without ToUnicode: a predefined CMap only. */
export function predefinedFont(encoding: 'UniGB-UCS2-H' | 'GBK-EUC-H', self: number): string[] {
  return [
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${encoding} /DescendantFonts [${self + 1} 0 R] >>`,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${self + 2} 0 R /DW 1000 >>`,
    `<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
  ];
}

/** The hex string of a text in a predefined CMap's encoding. */
export function encodeFor(encoding: 'UniGB-UCS2-H' | 'GBK-EUC-H', text: string): string {
  const bytes = encoding === 'GBK-EUC-H' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf16le').swap16();
  return `<${bytes.toString('hex')}>`;
}

/** A font whose ToUnicode maps glyph i (1-based) to the i-th character of `unicode`, radicals included. */
export function toUnicodeFont(unicode: string, self: number): string[] {
  const chars = [...unicode];
  const entries = chars.map((ch, i) => `<${(i + 1).toString(16).padStart(4, '0')}> <${ch.codePointAt(0)!.toString(16).padStart(4, '0')}>`);
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def 1 begincodespacerange <0000> <FFFF> endcodespacerange ${entries.length} beginbfchar ${entries.join(' ')} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  return [
    `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${self + 1} 0 R] /ToUnicode ${self + 3} 0 R >>`,
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${self + 2} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
    `<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -140 1000 860] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 860 /StemV 80 >>`,
    stream(cmap),
  ];
}

/** Glyph ids 1…n for the characters of `text` under toUnicodeFont(unicode). */
export function glyphIds(unicode: string, text: string): string {
  const chars = [...unicode];
  return `<${[...text].map((ch) => (chars.indexOf(ch) + 1).toString(16).padStart(4, '0')).join('')}>`;
}

/** A subset font with Identity-H and neither ToUnicode nor a font program: its codes mean nothing. */
export function unmappedFont(self: number): string[] {
  return [
    `<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Custom /Encoding /Identity-H /DescendantFonts [${self + 1} 0 R] >>`,
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Custom /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${self + 2} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
    `<< /Type /FontDescriptor /FontName /ABCDEF+Custom /Flags 4 /FontBBox [0 -140 1000 860] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 860 /StemV 80 >>`,
  ];
}
