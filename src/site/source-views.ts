// Each report page's rendered original text (renderSource), cached on disk by the digest of its file
// and the code that made it, like its record: the loader writes it when it parses a file, the page
// reads it, so the source text stays out of the content store that every page loads, and a rebuild
// renders only what changed. <cacheDir>/source-views/<digest>.json → { html, headings, marks }
import { readFile } from 'node:fs/promises';
import { byDigest } from './by-digest.ts';
import type { RenderedSource } from './source-html.ts';

const views = (cacheDir: URL) => byDigest(cacheDir, 'source-views');

export function writeSourceView(cacheDir: URL, digest: string, view: RenderedSource): void {
  views(cacheDir).write(digest, JSON.stringify({ ...view, marks: [...view.marks] }));
}

/** The digests whose view is filed. */
export const filedSourceViews = (cacheDir: URL): Promise<Set<string>> => views(cacheDir).filed();

export async function readSourceView(cacheDir: URL, digest: string): Promise<RenderedSource> {
  const view = JSON.parse(await readFile(views(cacheDir).path(digest), 'utf8')) as Omit<RenderedSource, 'marks'> & { marks: string[] };
  return { ...view, marks: new Set(view.marks) };
}

/** Removes the views of files that are gone or changed, so the cache holds one view per report. */
export const pruneSourceViews = (cacheDir: URL, keep: ReadonlySet<string>): Promise<void> => views(cacheDir).prune(keep);
