// Debian's Chromium, as the browser tests and Lighthouse start it: a test tool's own browser download
// cannot work on this closed network, and without these flags Chromium keeps trying hosts it cannot reach.
export const CHROMIUM = '/usr/bin/chromium';
/** Every flag but the headless one, whose form each launcher names itself. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
