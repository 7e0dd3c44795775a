// pool.ts: parser processes with a time and heap budget. A parse past its budget ends as such, and
// only its own process goes (the test runner survives a parser running out of heap); a worker that
// cannot load fails loudly.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse-report.ts';
import { ReportSummarySchema } from '../../src/lib/schema.ts';
import { ParsePool } from '../../src/loaders/pool.ts';
import { filedCards } from '../../src/site/cards.ts';
import { readRecord } from '../../src/site/records.ts';
import { filedSourceViews } from '../../src/site/source-views.ts';
import { reportBytes } from '../helpers/reports.ts';

const WORKER = new URL('../../src/loaders/parse-worker.ts', import.meta.url);
let pool: ParsePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const NAME = '000_6506d5458f2bf397';
const big = (chars = 4_000_000) => {
  const text = readFileSync(new URL(`../../content/reports/${NAME}.txt`, import.meta.url), 'utf8');
  return new TextEncoder().encode(text.repeat(Math.ceil(chars / text.length)));
};

/**
 * A 12-million-character file and an empty one, given together to a pool of one process, so the empty one
 * is sent ahead to the process that runs the big one: how each ended (the empty one's diagnostic codes).
 */
const bigThenEmpty = async (p: ParsePool) => {
  const [first, next] = await Promise.all([
    p.parse({ bytes: big(12_000_000), file: 'big.txt' }),
    p.parse({ bytes: new Uint8Array(), file: 'empty.txt' }),
  ]);
  return [first.kind, next.kind === 'done' ? next.parsed.diagnostics.map((d) => d.code) : next.kind];
};

// Each test starts parser processes, which also load the social-image renderer: a while on a busy
// machine. Nothing here asserts a time.
describe('ParsePool', { timeout: 120_000 }, () => {
  it('files what parseReport gives by digest, and gives its summary and diagnostics, for files in parallel', async () => {
    pool = new ParsePool({ worker: WORKER, size: 2, timeoutMs: 120_000, memoryMb: 1024 });
    const dir = await mkdtemp(join(tmpdir(), 'pool-'));
    const cacheDir = pathToFileURL(`${dir}/`);
    try {
      const names = ['000_6506d5458f2bf397', '001_b6a3c52251988525', '002_bf9dfd7af09c6cef'];
      const outcomes = await Promise.all(
        names.map((n) =>
          pool!.parse({ bytes: reportBytes(n), file: `${n}.txt`, filing: { cacheDir: cacheDir.href, digest: n, sidecar: null } }),
        ),
      );
      for (const [i, outcome] of outcomes.entries()) {
        const { report, diagnostics } = parseReport(reportBytes(names[i]!), { file: `${names[i]}.txt` });
        expect(outcome.kind === 'done' && outcome.parsed).toEqual({
          id: report!.id,
          summary: ReportSummarySchema.parse(report),
          diagnostics,
          sidecarDiagnostics: [],
          text: null,
        });
        expect(await readRecord(cacheDir, names[i]!)).toEqual(report);
      }
      for (const filed of [filedSourceViews, filedCards]) expect(await filed(cacheDir)).toEqual(new Set(names));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives tasks to a process it started ahead of them', async () => {
    pool = new ParsePool({ worker: WORKER, size: 1, timeoutMs: 120_000, memoryMb: 1024 });
    pool.warm(5);
    // Both tasks come while the warmed process may still be starting; they wait for it, in order.
    const outcomes = await Promise.all([NAME, '001_b6a3c52251988525'].map((n) => pool!.parse({ bytes: reportBytes(n), file: `${n}.txt` })));
    expect(outcomes.map((o) => o.kind === 'done' && o.parsed.id)).toEqual(
      [NAME, '001_b6a3c52251988525'].map((n) => parseReport(reportBytes(n), { file: `${n}.txt` }).report!.id),
    );
  });

  it('sends a busy process its next file ahead, and answers each file in order', async () => {
    pool = new ParsePool({ worker: new URL('../fixtures/ahead-worker.mjs', import.meta.url), size: 1, timeoutMs: 120_000, memoryMb: 256 });
    const outcomes = await Promise.all(['a.txt', 'b.txt'].map((file) => pool!.parse({ bytes: new Uint8Array(), file })));
    // The stand-in holds a.txt until b.txt comes: it came while a.txt was running.
    expect(outcomes.map((o) => o.kind === 'done' && o.parsed.id)).toEqual(['a.txt:ahead', 'b.txt:after']);
  });

  it('parses the file sent ahead to a process stopped past its time budget in a new process', async () => {
    // A 12-million-character file takes far more than a second to parse on any machine; an empty one, next to nothing.
    pool = new ParsePool({ worker: WORKER, size: 1, timeoutMs: 1000, memoryMb: 1024 });
    expect(await bigThenEmpty(pool)).toEqual(['timeout', ['input/empty']]);
  });

  it('gives the decoded text, and files nothing, when not asked to file', async () => {
    pool = new ParsePool({ worker: WORKER, size: 1, timeoutMs: 120_000, memoryMb: 1024 });
    const outcome = await pool.parse({ bytes: reportBytes(NAME), file: 'x.txt' });
    expect(outcome.kind === 'done' && outcome.parsed.text).toBe(
      readFileSync(new URL(`../../content/reports/${NAME}.txt`, import.meta.url), 'utf8'),
    );
  });

  it('stops a parse past its time budget', async () => {
    // 1 ms is far below what parsing 4 MB takes on any machine.
    pool = new ParsePool({ worker: WORKER, size: 1, timeoutMs: 1, memoryMb: 1024 });
    expect((await pool.parse({ bytes: big(), file: 'big.txt' })).kind).toBe('timeout');
    const roomy = new ParsePool({ worker: WORKER, size: 1, timeoutMs: 120_000, memoryMb: 1024 });
    try {
      expect((await roomy.parse({ bytes: reportBytes(NAME), file: 'x.txt' })).kind).toBe('done');
    } finally {
      await roomy.close();
    }
  });

  it('stops a parse past its heap budget, and parses the next file in a new process', async () => {
    pool = new ParsePool({ worker: WORKER, size: 1, timeoutMs: 300_000, memoryMb: 64 });
    // A 4-million-character text file fits in 64 MB since a parser process loads no PDF, Word or sheet
    // library for it; three times that does not.
    // The empty file, sent ahead to the process that runs out of heap, needs next to no heap: the
    // replacement process answers it.
    expect(await bigThenEmpty(pool)).toEqual(['memory', ['input/empty']]);
  });

  it('fails every task with one clear error when the worker cannot load', async () => {
    pool = new ParsePool({ worker: new URL('./no-such-worker.ts', import.meta.url), size: 2, timeoutMs: 1000, memoryMb: 256 });
    await expect(pool.parse({ bytes: reportBytes(NAME), file: 'x.txt' })).rejects.toThrow(
      /parser process could not start .*no-such-worker\.ts/,
    );
  });
});
