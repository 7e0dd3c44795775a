// Runs `astro build` of the project in a child process, as the site tests and the rebuild test need it:
// with a config of their own (the project's, with a cache dir of the test's) and an output folder of theirs.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

export interface BuildRun {
  code: number;
  log: string;
}

const root = join(import.meta.dirname, '../..');

/** Writes a config in `dir` that is the project's with `cacheDir`, so the developer's cache stays out of it; gives its path. */
export async function siteConfig(dir: string, cacheDir: string, name = 'astro.config.mjs'): Promise<string> {
  const config = join(dir, name);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(
    config,
    `import base from ${JSON.stringify(join(root, 'astro.config.mjs'))};\nexport default { ...base, cacheDir: ${JSON.stringify(cacheDir)} };\n`,
  );
  return config;
}

/** Builds the project with `config` into `outDir`; `env` is added to this process's environment. */
export async function astroBuild(config: string, outDir: string, env: Record<string, string>): Promise<BuildRun> {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  // Astro takes --config relative to --root.
  const args = [astro, 'build', '--root', root, '--config', relative(root, config), '--outDir', outDir];
  const options = { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env }, maxBuffer: 64 << 20 };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, options);
    return { code: 0, log: stdout + stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code: code || 1, log: stdout + stderr };
  }
}
