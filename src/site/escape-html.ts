// Text made safe to write into HTML or SVG, in an element or a double-quoted attribute.
// escapeHtml('a < "b" & c') → 'a &lt; &quot;b&quot; &amp; c'
export const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
