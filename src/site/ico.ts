// An .ico file holding one PNG image (a format every browser reads since Windows Vista's), so
// /favicon.ico exists for the clients that ask for it without reading the page's <link rel="icon">.
export function pngToIco(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const header = new DataView(new ArrayBuffer(22));
  header.setUint16(2, 1, true); // type: icon
  header.setUint16(4, 1, true); // one image
  header.setUint8(6, size >= 256 ? 0 : size); // width, 0 meaning 256
  header.setUint8(7, size >= 256 ? 0 : size);
  header.setUint16(10, 1, true); // colour planes
  header.setUint16(12, 32, true); // bits per pixel
  header.setUint32(14, png.length, true);
  header.setUint32(18, 22, true); // the image follows the header
  const ico = new Uint8Array(22 + png.length);
  ico.set(new Uint8Array(header.buffer), 0);
  ico.set(png, 22);
  return ico;
}
