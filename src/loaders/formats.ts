// The file extensions the loader reads: those the ingest stage has a reader for (src/lib/ingest).
// Extensions compare case-insensitively and ignore trailing white space ("report.TXT ").
import { SUPPORTED_EXTENSIONS } from '../lib/ingest/index.ts';

export const READABLE_EXTENSIONS: readonly string[] = SUPPORTED_EXTENSIONS.map((e) => (e.startsWith('.') ? e : `.${e}`));

/** ".txt" for "2023/Report.TXT " — lower-cased, trailing white space dropped; "" when there is none. */
export function extensionOf(name: string): string {
  const base = name.trimEnd().split('/').pop()!;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function isReadable(name: string): boolean {
  return READABLE_EXTENSIONS.includes(extensionOf(name));
}
