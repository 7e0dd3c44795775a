// Build cost at scale, against bare Astro: npm run bench:build -- N [--reps 1] [--work .cache/bench]
//   [--rebuilds unchanged,added,removed] (which warm rebuilds to run after each cold pair; --no-rebuild: none)
//   [--floor] (also a bare site of the project's page count and mean page size: what Astro alone takes to
//   write the pages' bytes, a floor no work per report can go under)
// Builds the site from N generated reports (scripts/corpus.ts) and a bare Astro site of N trivial pages
// in the same node_modules, alternating which goes first, each truly cold: no dist, no cache dir and an
// empty Node compile cache of its own (astro's bin enables that cache; a shared warm one hides the cost
// of compiling the bundled content store). Then rebuilds the site warm: with no change, after adding
// one report, and after removing it again. Prints wall, CPU and peak RSS, and their ratios.
// A benchmark, not a test: run it on a quiet machine, at low priority (nice -n 10).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decode } from '../src/lib/decode.ts';
import { generateReport, toTemplate, type Template } from './corpus.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    reps: { type: 'string', default: '1' },
    rebuilds: { type: 'string', default: 'unchanged,added,removed' },
    work: { type: 'string', default: '.cache/bench' },
    'no-rebuild': { type: 'boolean', default: false },
    floor: { type: 'boolean', default: false },
  },
});
const n = Number(positionals[0]);
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: npm run bench:build -- N [--reps R] [--work DIR] [--no-rebuild]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const work = resolve(root, values.work, `n${n}`);
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

interface Run {
  label: string;
  wall: number;
  cpu: number;
  rssMb: number;
  log: string;
}

// Written by the build process itself at exit: its own CPU time and peak RSS (worker threads included),
// and the CPU time of the child processes it has waited for (the parser pool, Pagefind): fields 16 and 17
// of /proc/self/stat, in clock ticks (100 a second on Linux).
const PROBE = `data:text/javascript,${encodeURIComponent(
  'import{readFileSync,writeFileSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();let c=0;try{const t=readFileSync("/proc/self/stat","utf8"),f=t.slice(t.lastIndexOf(")")+2).split(" ");c=(Number(f[13])+Number(f[14]))/100}catch{}writeFileSync(process.env.BENCH_RUSAGE,JSON.stringify({...u,childCPUSeconds:c}))})',
)}`;

function build(label: string, args: string[], env: Record<string, string>): Promise<Run> {
  const usage = join(work, 'rusage.json');
  rmSync(usage, { force: true });
  // The last run's output (over a gigabyte at 10,000 reports) is flushed to disk before this one is timed:
  // the kernel writes it back about 30 s after it was written, and that would slow whichever run came next.
  execFileSync('sync');
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', PROBE, astro, 'build', ...args], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', BENCH_RUSAGE: usage, ...env },
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const wall = (performance.now() - started) / 1000;
      writeFileSync(join(work, `${label.replace(/\W+/g, '-')}.log`), log);
      if (code !== 0) return fail(new Error(`${label}: astro build exited with ${code}\n${log.slice(-3000)}`));
      const u = JSON.parse(readFileSync(usage, 'utf8')) as {
        userCPUTime: number;
        systemCPUTime: number;
        maxRSS: number;
        childCPUSeconds: number;
      };
      done({ label, wall, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 + u.childCPUSeconds, rssMb: u.maxRSS / 1024, log });
    });
  });
}

/** A fresh, empty compile cache: what CI and a first build see. */
const coldCache = (): string => mkdtempSync(join(work, 'compile-cache-'));

function prepareCorpus(templates: Template[]): string {
  const dir = join(work, 'reports');
  mkdirSync(dir, { recursive: true });
  const want = new Set(Array.from({ length: n }, (_, i) => generateReport(templates, i).name));
  for (const f of readdirSync(dir)) if (!want.has(f)) rmSync(join(dir, f));
  for (let i = 0; i < n; i++) {
    const g = generateReport(templates, i);
    if (!existsSync(join(dir, g.name))) writeFileSync(join(dir, g.name), g.text);
  }
  return dir;
}

/** A bare Astro site in `name` of BARE_N pages made by `page` (the source of src/pages/p/[id].astro). */
function prepareBare(name: string, page: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "export default { output: 'static', devToolbar: { enabled: false }, cacheDir: './.cache', vite: { cacheDir: './.cache/vite' } };\n",
  );
  writeFileSync(join(dir, 'src/pages/index.astro'), '<html lang="en"><body><h1>bare</h1></body></html>\n');
  writeFileSync(join(dir, 'src/pages/p/[id].astro'), page);
  return dir;
}

const PATHS =
  '---\nexport function getStaticPaths() {\n  return Array.from({ length: Number(process.env.BARE_N) }, (_, i) => ({ params: { id: String(i) } }));\n}\nconst { id } = Astro.params;\n';
const TRIVIAL_PAGE = `${PATHS}---\n<html lang="en"><body><h1>Page {id}</h1><p>A trivial page.</p></body></html>\n`;
// BARE_BYTES of Chinese text (3 bytes a character in UTF-8), numbered by page so no two pages are the same.
const FILLED_PAGE = `${PATHS}const line = \`<p>第 \${id} 页：部门整体支出绩效自评报告的原文与数字。</p>\`;\nconst body = line.repeat(Math.ceil(Number(process.env.BARE_BYTES) / Buffer.byteLength(line)));\n---\n<html lang="zh-CN"><body><h1>Page {id}</h1><Fragment set:html={body} /></body></html>\n`;

/** The project's output: how many HTML pages, and their mean size in bytes. */
function htmlPages(dir: string): { count: number; meanBytes: number } {
  const sizes = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => statSync(join(e.parentPath, e.name)).size);
  return { count: sizes.length, meanBytes: Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length) };
}

const templates = readdirSync(join(root, 'content/reports'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => toTemplate(decode(readFileSync(join(root, 'content/reports', f))).text, f));
mkdirSync(work, { recursive: true });
const reports = prepareCorpus(templates);
const bare = prepareBare('bare', TRIVIAL_PAGE);
const floor = values.floor ? prepareBare('floor', FILLED_PAGE) : '';
// The project's own config with a cache and output of the benchmark's, so the developer's stay untouched
// (the bare site keeps Vite's cache apart too: a shared one is re-optimized on every switch).
const config = join(work, 'astro.config.mjs');
const cacheDir = join(work, 'cache');
const outDir = join(work, 'dist');
writeFileSync(
  config,
  `import base from ${JSON.stringify(join(root, 'astro.config.mjs'))};\nexport default { ...base, cacheDir: ${JSON.stringify(cacheDir)} };\n`,
);
const projectArgs = ['--root', root, '--config', relative(root, config), '--outDir', outDir];

let projectCache = '';
const projectCold = (rep: number) => {
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  projectCache = coldCache();
  return build(`project cold #${rep}`, projectArgs, { REPORTS_DIR: reports, NODE_COMPILE_CACHE: projectCache });
};
const bareCold = (rep: number) => {
  for (const d of ['dist', '.cache', '.astro']) rmSync(join(bare, d), { recursive: true, force: true });
  return build(`bare cold #${rep}`, ['--root', bare], { BARE_N: String(n), NODE_COMPILE_CACHE: coldCache() });
};
/** The bare site with the pages the project's cold build just wrote: as many, of their mean size. */
const floorCold = (rep: number) => {
  for (const d of ['dist', '.cache', '.astro']) rmSync(join(floor, d), { recursive: true, force: true });
  const { count, meanBytes } = htmlPages(outDir);
  const env = { BARE_N: String(count - 1), BARE_BYTES: String(meanBytes), NODE_COMPILE_CACHE: coldCache() };
  return build(`bare floor cold #${rep}`, ['--root', floor], env);
};

const pages = () => readdirSync(join(outDir, 'reports')).length;
const parsedLine = (log: string) => /\[reports-loader\] (parsed .*)/.exec(log)?.[1] ?? '?';
const ratios: { wall: number; cpu: number; rss: number }[] = [];
const floors: { project: number; bare: number }[] = [];
const rebuilds: Record<string, number[]> = {};
const rows: Run[] = [];
for (let rep = 1; rep <= Number(values.reps); rep++) {
  // Alternate the order, so that a slower second half of the run does not favour either side.
  let project: Run;
  let bareRun: Run;
  if (rep % 2) {
    project = await projectCold(rep);
    bareRun = await bareCold(rep);
  } else {
    bareRun = await bareCold(rep);
    project = await projectCold(rep);
  }
  rows.push(project, bareRun);
  if (pages() !== n) throw new Error(`${pages()} report pages, expected ${n}`);
  ratios.push({ wall: project.wall / bareRun.wall, cpu: project.cpu / bareRun.cpu, rss: project.rssMb / bareRun.rssMb });
  console.error(
    `${project.label}: ${project.wall.toFixed(1)} s (${parsedLine(project.log)}); ${bareRun.label}: ${bareRun.wall.toFixed(1)} s`,
  );
  if (values.floor) {
    const floorRun = await floorCold(rep);
    rows.push(floorRun);
    floors.push({ project: project.wall / floorRun.wall, bare: floorRun.wall / bareRun.wall });
    console.error(`${floorRun.label}: ${floorRun.wall.toFixed(1)} s (${htmlPages(join(floor, 'dist')).count} pages)`);
  }
  if (values['no-rebuild']) continue;
  // Warm rebuilds keep the cache dir and the compile cache of the cold build, as a developer's would.
  const warmEnv = { REPORTS_DIR: reports, NODE_COMPILE_CACHE: projectCache };
  const added = generateReport(templates, n);
  const steps: [string, string, () => void, number][] = [
    ['unchanged', 'no change', () => {}, n],
    ['added', '+1 report', () => writeFileSync(join(reports, added.name), added.text), n + 1],
    ['removed', '-1 report', () => rmSync(join(reports, added.name), { force: true }), n],
  ];
  const chosen = values.rebuilds.split(',');
  for (const [key, what, change, expected] of steps) {
    if (!chosen.includes(key)) continue;
    change();
    const run = await build(`rebuild ${what} #${rep}`, projectArgs, warmEnv);
    rows.push(run);
    if (pages() !== expected) throw new Error(`${run.label}: ${pages()} report pages, expected ${expected}`);
    (rebuilds[what] ??= []).push(run.wall / project.wall);
    console.error(`${run.label}: ${run.wall.toFixed(1)} s (${parsedLine(run.log)})`);
  }
  // The next rep starts from the same corpus, whichever rebuilds this one ran.
  rmSync(join(reports, added.name), { force: true });
  for (const d of readdirSync(work)) if (d.startsWith('compile-cache-')) rmSync(join(work, d), { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`\nbench:build N=${n}, ${values.reps} rep(s), node ${process.version}`);
console.log(
  'run                          wall s    CPU s   peak RSS MB   (CPU: the build and its child processes; RSS: the build process)',
);
for (const r of rows)
  console.log(`${r.label.padEnd(26)} ${r.wall.toFixed(1).padStart(8)} ${r.cpu.toFixed(1).padStart(8)} ${r.rssMb.toFixed(0).padStart(12)}`);
console.log(
  `project / bare, cold (median of pairs): wall ${median(ratios.map((r) => r.wall)).toFixed(2)}×, CPU ${median(ratios.map((r) => r.cpu)).toFixed(2)}×, peak RSS ${median(ratios.map((r) => r.rss)).toFixed(2)}×`,
);
if (floors.length)
  console.log(
    `bare floor (the project's pages' bytes, nothing else) / bare, cold (median): ${median(floors.map((f) => f.bare)).toFixed(2)}×; project / bare floor: ${median(floors.map((f) => f.project)).toFixed(2)}×`,
  );
for (const [what, rs] of Object.entries(rebuilds)) console.log(`rebuild ${what} / cold (wall, median): ${median(rs).toFixed(2)}×`);
