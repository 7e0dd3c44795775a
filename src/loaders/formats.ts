// The file extensions the loader reads, in one place: a reader for a new format adds its extension
// here. Extensions compare case-insensitively and ignore trailing white space ("report.TXT ").

export const READABLE_EXTENSIONS: readonly string[] = ['.txt'];

/** ".txt" for "2023/Report.TXT " — lower-cased, trailing white space dropped; "" when there is none. */
export function extensionOf(name: string): string {
  const base = name.trimEnd().split('/').pop()!;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function isReadable(name: string): boolean {
  return READABLE_EXTENSIONS.includes(extensionOf(name));
}
