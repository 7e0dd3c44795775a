// Which files of a web font split by unicode-range (as @fontsource ships CJK fonts: ~100 files per
// weight) cover a text, read from the package's CSS, so a social card registers only the few it needs.
// subsetsFor(parseSubsets(css), '太和镇 2022') → ['./files/noto-sans-sc-88-700-normal.woff', …]

export interface Subset {
  /** The .woff file as the CSS names it (relative to the CSS file). */
  file: string;
  ranges: [number, number][];
}

const FACE = /@font-face\s*{([^}]*)}/g;

/** Every @font-face of the CSS that has a .woff source (what the canvas was measured reading), with its ranges. */
export function parseSubsets(css: string): Subset[] {
  const subsets: Subset[] = [];
  for (const [, body] of css.matchAll(FACE)) {
    const file = /url\(([^)]+\.woff)\)\s*format\(['"]woff['"]\)/.exec(body!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
    subsets.push({ file, ranges });
  }
  return subsets;
}

/** The subset that covers a character, if any. */
export const subsetOf = (subsets: Subset[], ch: string): Subset | undefined => {
  const cp = ch.codePointAt(0)!;
  return subsets.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
};

/** The subsets covering the text's characters (the space too: its width comes from the font), in the CSS's order; characters no subset covers are skipped. */
export function subsetsFor(subsets: Subset[], text: string): string[] {
  const chosen = new Set<Subset>();
  for (const ch of new Set(text)) {
    if (ch < ' ') continue;
    const hit = subsetOf(subsets, ch);
    if (hit) chosen.add(hit);
  }
  return subsets.filter((s) => chosen.has(s)).map((s) => s.file);
}
