// Every match of a global pattern, found with exec. String.prototype.matchAll clones the pattern
// on every call, which costs more than the search itself on the clauses and lines extractors read.

/** The matches of `pattern` (which must be global) in `text`, in order; the pattern's lastIndex is left at 0. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}
