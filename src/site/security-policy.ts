// The Content-Security-Policy every page carries as a <meta>. Scripts and styles are always files of our
// own origin (no page has an inline script, style element or style attribute: tests/site-build.test.ts),
// so the policy needs no hashes and is the same on every page, as public/_headers sends it with the
// directives a <meta> cannot hold (frame-ancestors). Astro's own `security.csp` wrote the same policy plus
// hashes of scripts no page contains, computing them again for every page (2.3 s of 11,348 pages).
const DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it allows no JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
];

export const SECURITY_POLICY = DIRECTIVES.join('; ');
