// pool.ts: parser processes with a time and heap budget. A parse past its budget ends as such, and
// only its own process goes (the test runner survives a parser running out of heap); a worker that
// cannot load fails loudly.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse-report.ts';
import { ParsePool } from '../../src/loaders/pool.ts';
import { reportBytes } from '../helpers/reports.ts';

const WORKER = new URL('../../src/loaders/parse-worker.ts', import.meta.url);
let pool: ParsePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const NAME = '000_6506d5458f2bf397';
const big = () => {
  const text = readFileSync(new URL(`../../content/reports/${NAME}.txt`, import.meta.url), 'utf8');
  return new TextEncoder().encode(text.repeat(Math.ceil(4_000_000 / text.length)));
};

// Each test starts parser processes, which also load the social-image renderer: a while on a busy
// machine. Nothing here asserts a time.
describe('ParsePool', { timeout: 120_000 }, () => {
  it('gives what parseReport gives, with the decoded text, for files in parallel', async () => {
    pool = new ParsePool({ worker: WORKER, size: 2, timeoutMs: 120_000, memoryMb: 1024 });
    const names = ['000_6506d5458f2bf397', '001_b6a3c52251988525', '002_bf9dfd7af09c6cef'];
    const outcomes = await Promise.all(names.map((n) => pool!.parse(reportBytes(n), `${n}.txt`)));
    outcomes.forEach((outcome, i) => {
      expect(outcome.kind).toBe('done');
      if (outcome.kind === 'done') expect(outcome.result).toEqual(parseReport(reportBytes(names[i]!), { file: `${names[i]}.txt` }));
    });
  });

  it('stops a parse past its time budget', async () => {
    // 1 ms is far below what parsing 4 MB takes on any machine.
    pool = new ParsePool({ worker: WORKER, size: 1, timeoutMs: 1, memoryMb: 1024 });
    expect((await pool.parse(big(), 'big.txt')).kind).toBe('timeout');
    const roomy = new ParsePool({ worker: WORKER, size: 1, timeoutMs: 120_000, memoryMb: 1024 });
    try {
      expect((await roomy.parse(reportBytes(NAME), 'x.txt')).kind).toBe('done');
    } finally {
      await roomy.close();
    }
  });

  it('stops a parse past its heap budget, and parses the next file in a new process', async () => {
    pool = new ParsePool({ worker: WORKER, size: 1, timeoutMs: 300_000, memoryMb: 64 });
    expect((await pool.parse(big(), 'big.txt')).kind).toBe('memory');
    // An empty file needs next to no heap: the replacement process answers it.
    const next = await pool.parse(new Uint8Array(), 'empty.txt');
    expect(next.kind === 'done' && next.result.diagnostics.map((d) => d.code)).toEqual(['input/empty']);
  });

  it('fails every task with one clear error when the worker cannot load', async () => {
    pool = new ParsePool({ worker: new URL('./no-such-worker.ts', import.meta.url), size: 2, timeoutMs: 1000, memoryMb: 256 });
    await expect(pool.parse(reportBytes(NAME), 'x.txt')).rejects.toThrow(/parser process could not start .*no-such-worker\.ts/);
  });
});
