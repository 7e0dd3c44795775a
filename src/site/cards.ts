// Each report's social image (og:image, src/social/render.ts), drawn by the loader's parser processes
// next to the parse, on every core, and filed by the digest of the report's file (src/site/by-digest.ts);
// /og/<id>.png is a link to it (src/site/published.ts). Drawing one takes about 2 ms of CPU (10 ms before
// the glyph atlas), and the page generation that would otherwise draw it runs on one core.
// <cacheDir>/cards/<digest>.png
import { byDigest } from './by-digest.ts';

const cards = (cacheDir: URL) => byDigest(cacheDir, 'cards', '.png');

export function writeCard(cacheDir: URL, digest: string, png: Uint8Array): void {
  cards(cacheDir).write(digest, png);
}

/** The digests whose image is filed. */
export const filedCards = (cacheDir: URL): Promise<Set<string>> => cards(cacheDir).filed();

/** Where the image of this digest is filed (published as it is, src/site/published.ts). */
export const cardPath = (cacheDir: URL, digest: string): string => cards(cacheDir).path(digest);

/** Removes the images of files that are gone or changed. */
export const pruneCards = (cacheDir: URL, keep: ReadonlySet<string>): Promise<void> => cards(cacheDir).prune(keep);
