// Every entry under the reports folder, each either a file to read or a diagnostic that says why it is
// skipped and what to do: subfolders are walked, symbolic links followed (a loop is named), and only
// regular files are ever opened, so a FIFO or a device named x.txt cannot hang the build.
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../lib/schema.ts';
import { extensionOf, isReadable, READABLE_EXTENSIONS } from './formats.ts';

export interface Found {
  /** Absolute path. */
  path: string;
  /** Path relative to the reports folder, with "/": what the site publishes. */
  name: string;
  size: number;
  mtimeMs: number;
}

export interface Discovery {
  files: Found[];
  /** One per entry that is not read, keyed by its path relative to the reports folder. */
  skipped: { name: string; diagnostic: Omit<Diagnostic, 'file'> }[];
}

/** What a system error code means for a report file, and what to do, in the words of the other diagnostics. */
export function explainSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '没有读取这个文件的权限; 请检查文件权限 (例如 chmod a+r), 或把它移出报告目录';
    case 'ELOOP':
      return '这是一个指向自身的符号链接 (链接循环); 请删除这个链接, 或让它指向真正的报告文件';
    case 'ENOENT':
      return '文件在读取时已不存在 (可能是失效的符号链接); 请删除这个链接, 或放入真正的报告文件';
    case 'EISDIR':
      return '这是一个目录而不是文件; 目录中的报告会被读取, 请把报告文件放进去';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件太多; 请稍后重新构建';
    case 'EIO':
      return '读取文件时磁盘出错; 请检查磁盘, 或重新复制这个文件';
    default:
      return `读取失败 (${code ?? (error as Error)?.message ?? String(error)}); 请确认这是一个可以读取的普通文件`;
  }
}

function kindOf(s: Stats): string {
  if (s.isFIFO()) return '命名管道 (FIFO)';
  if (s.isSocket()) return '套接字';
  if (s.isCharacterDevice() || s.isBlockDevice()) return '设备文件';
  return '特殊文件';
}

/** Walks `dir` (following symbolic links, each real folder once) and sorts the files by name. */
export async function discover(dir: string): Promise<Discovery> {
  const out: Discovery = { files: [], skipped: [] };
  const seen = new Set<string>();
  const skip = (name: string, code: string, message: string) =>
    out.skipped.push({ name, diagnostic: { severity: 'error', code, message } });

  async function walk(abs: string, rel: string): Promise<void> {
    const real = await realpath(abs).catch(() => abs);
    if (seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (e) {
      if (rel) skip(rel, 'input/unreadable', explainSystemError(e));
      else
        throw new Error(
          `报告目录 ${abs} 不存在或无法读取 (${(e as NodeJS.ErrnoException).code ?? e}); 请确认 REPORTS_DIR 或 base 指向存放报告的目录`,
        );
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(abs, entry.name);
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      // stat follows a symbolic link: a loop or a dangling link fails here, before anything is opened.
      const s = await stat(path).catch((e: unknown) => e as Error);
      if (s instanceof Error) {
        skip(name, 'input/unreadable', explainSystemError(s));
      } else if (s.isDirectory()) {
        await walk(path, name);
      } else if (!s.isFile()) {
        skip(name, 'input/not-a-file', `这是${kindOf(s)}, 不是普通文件, 不会被读取; 请把它移出报告目录`);
      } else if (!isReadable(entry.name)) {
        const ext = extensionOf(entry.name) || '(无扩展名)';
        skip(
          name,
          'input/unsupported-type',
          `扩展名 ${ext} 不是可以读取的报告格式 (${READABLE_EXTENSIONS.join(', ')}); 请把报告存为这些格式之一并改用对应的扩展名, 或把这个文件移出报告目录`,
        );
      } else {
        out.files.push({ path, name, size: s.size, mtimeMs: s.mtimeMs });
      }
    }
  }

  await walk(dir, '');
  return out;
}
