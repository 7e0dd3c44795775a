// Bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are certain; anything else is
// detected (GB18030/GBK, Big5 …) with chardet and decoded with iconv-lite. A file that is
// overwhelmingly valid in one encoding is read in it, with its damaged bytes (a stray 0xFF, a file cut
// inside its last character) replaced by U+FFFD and their lines listed in `damaged`. The BOM is
// removed, nothing else is changed, so offsets into the result are the offsets facts quote.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
  /** Why the bytes may not be a text report at all (binary, undecodable). */
  problem: string | null;
  /** 1-based lines where bytes could not be decoded and were replaced by U+FFFD. */
  damaged: number[];
}

const LENIENT_UTF8 = new TextDecoder('utf-8');
/** At most one damaged character per this many non-ASCII ones still reads as that encoding. */
const DAMAGE_RATIO = 50;

export function decode(bytes: Uint8Array): Decoded {
  // A BOM says UTF-8 or UTF-16 even where bytes are broken: those become U+FFFD.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return done(LENIENT_UTF8.decode(bytes.subarray(3)), 'UTF-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'UTF-16BE');
  const utf8 = LENIENT_UTF8.decode(bytes);
  if (mostlyClean(utf8)) return done(utf8, 'UTF-8');
  // Most Chinese government text that is not UTF-8 is GBK, a subset of GB18030: try that first,
  // and ask the detector only when GB18030 does not read nearly every byte.
  const buffer = Buffer.from(bytes);
  const gb = iconv.decode(buffer, 'GB18030');
  if (mostlyClean(gb)) return done(gb, 'GB18030');
  const guess = chardet.detect(bytes);
  if (guess && iconv.encodingExists(guess) && !/^(?:UTF-8|GB18030)$/i.test(guess)) return done(iconv.decode(buffer, guess), guess);
  return done(gb, 'GB18030');
}

/** No replacement character, or few against the non-ASCII characters read correctly. */
function mostlyClean(text: string): boolean {
  if (!text.includes('\ufffd')) return true;
  let replaced = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 0x7f) wide++;
  }
  return replaced === 0 || replaced * DAMAGE_RATIO <= wide;
}

function done(raw: string, encoding: string): Decoded {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return { text, encoding, problem: binaryProblem(text), damaged: damagedLines(text) };
}

function damagedLines(text: string): number[] {
  const lines: number[] = [];
  if (!text.includes('\ufffd')) return lines;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 0xfffd && lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

const SUSPECT = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/;

/** Control characters other than tab and line breaks, or many replacement characters, mean binary. */
function binaryProblem(text: string): string | null {
  const sample = text.slice(0, 65536);
  if (!SUSPECT.test(sample)) return null;
  let control = 0;
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
    else if (c === 0xfffd) replaced++;
  }
  if (control > sample.length / 100 || control > 64) return `含有 ${control} 个控制字符, 看起来是二进制文件而不是文本`;
  if (replaced > sample.length / 20) return `有 ${replaced} 个字符无法解码, 编码无法识别`;
  return null;
}
