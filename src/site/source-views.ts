// Each report page's rendered original text (renderSource), cached on disk by the digest of its file
// and the code that made it, like its record: the loader writes it when it parses a file, the page
// reads it, so the source text stays out of the content store that every page loads, and a rebuild
// renders only what changed. <cacheDir>/source-views/<digest>.json → { html, headings, marks }
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RenderedSource } from './source-html.ts';

const dirOf = (cacheDir: URL): string => fileURLToPath(new URL('source-views/', cacheDir));
const fileOf = (cacheDir: URL, digest: string): string => `${dirOf(cacheDir)}${digest}.json`;

export async function writeSourceView(cacheDir: URL, digest: string, view: RenderedSource): Promise<void> {
  await mkdir(dirOf(cacheDir), { recursive: true });
  await writeFile(fileOf(cacheDir, digest), JSON.stringify({ ...view, marks: [...view.marks] }));
}

export const hasSourceView = (cacheDir: URL, digest: string): boolean => existsSync(fileOf(cacheDir, digest));

export async function readSourceView(cacheDir: URL, digest: string): Promise<RenderedSource> {
  const view = JSON.parse(await readFile(fileOf(cacheDir, digest), 'utf8')) as Omit<RenderedSource, 'marks'> & { marks: string[] };
  return { ...view, marks: new Set(view.marks) };
}

/** Removes the views of files that are gone or changed, so the cache holds one view per report. */
export async function pruneSourceViews(cacheDir: URL, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(dirOf(cacheDir)).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => !keep.has(n.replace(/\.json$/, ''))).map((n) => rm(`${dirOf(cacheDir)}${n}`, { force: true })));
}
