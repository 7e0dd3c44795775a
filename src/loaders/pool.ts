// A small pool of parser threads (parse-worker.ts) with a time budget per file: a parse that runs past
// it is stopped by terminating its thread, which is replaced, so one runaway file costs its budget and
// no more. A thread that runs out of its heap limit is replaced the same way. Tasks start in the order
// they are given. pool.parse(bytes, file) → { kind: 'done', result, view } | { kind: 'timeout' } | …
import { Worker } from 'node:worker_threads';
import type { ParseResult } from '../lib/parse-report.ts';
import type { RenderedSource } from '../site/source-html.ts';

export type PoolOutcome =
  | { kind: 'done'; result: ParseResult; text: string | null; view: RenderedSource | null }
  | { kind: 'timeout' }
  | { kind: 'memory' }
  | { kind: 'crash'; message: string };

export interface PoolOptions {
  /** The worker module. */
  worker: URL;
  /** Threads at most; they start as tasks arrive. */
  size: number;
  /** Time one parse may take, in milliseconds, counted from when its thread receives it. */
  timeoutMs: number;
  /** Heap limit of each thread in MB. */
  memoryMb: number;
}

interface Task {
  bytes: Uint8Array;
  file: string;
  resolve: (outcome: PoolOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

export class ParsePool {
  readonly #options: PoolOptions;
  readonly #queue: Task[] = [];
  readonly #slots = new Set<Slot>();
  #broken: Error | null = null;
  #closed = false;
  #nextId = 0;

  constructor(options: PoolOptions) {
    this.#options = { ...options, size: Math.max(1, Math.floor(options.size)) };
  }

  parse(bytes: Uint8Array, file: string): Promise<PoolOutcome> {
    return new Promise((resolve, reject) => {
      if (this.#broken || this.#closed) return reject(this.#broken ?? new Error('parser pool is closed'));
      this.#queue.push({ bytes, file, resolve, reject });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const slots = [...this.#slots];
    this.#slots.clear();
    await Promise.all(slots.map((s) => (s.timer && clearTimeout(s.timer), s.worker.terminate())));
  }

  #pump(): void {
    for (const slot of this.#slots) if (slot.ready && !slot.task && this.#queue.length) this.#start(slot, this.#queue.shift()!);
    // Threads still starting will each take a queued task; start more only for tasks none will take.
    let starting = [...this.#slots].filter((s) => !s.ready).length;
    while (!this.#broken && !this.#closed && this.#slots.size < this.#options.size && this.#queue.length > starting) {
      this.#spawn();
      starting++;
    }
  }

  #spawn(): void {
    const { worker: url, memoryMb } = this.#options;
    const worker = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    this.#slots.add(slot);
    worker.on('message', (message: { ready?: true; result?: ParseResult; text?: string | null; view?: RenderedSource | null; crash?: string }) => {
      if (message.ready) {
        slot.ready = true;
        this.#pump();
        return;
      }
      const task = slot.task;
      if (!task) return;
      this.#finish(slot);
      if (message.crash !== undefined) task.resolve({ kind: 'crash', message: message.crash });
      else task.resolve({ kind: 'done', result: message.result!, text: message.text ?? null, view: message.view ?? null });
      this.#pump();
    });
    worker.on('error', (error: Error & { code?: string }) => this.#lost(slot, error));
    worker.on('exit', (code) => this.#lost(slot, new Error(`parser thread exited with code ${code}`)));
  }

  #start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.timer = setTimeout(() => {
      this.#drop(slot);
      task.resolve({ kind: 'timeout' });
      this.#pump();
    }, this.#options.timeoutMs);
    slot.worker.postMessage({ id: this.#nextId++, bytes: task.bytes, file: task.file });
  }

  #finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  /** Takes a slot out of the pool and stops its thread (a terminated thread's exit is not a loss). */
  #drop(slot: Slot): void {
    this.#slots.delete(slot);
    this.#finish(slot);
    void slot.worker.terminate();
  }

  /** A thread died: its task ends as out-of-memory or a crash; a thread that never started breaks the pool. */
  #lost(slot: Slot, error: Error & { code?: string }): void {
    if (!this.#slots.has(slot)) return;
    const task = slot.task;
    this.#drop(slot);
    if (!slot.ready && !this.#closed) {
      // The worker module itself failed to load: no file can be parsed, so say so once, loudly.
      this.#broken = new Error(`parser thread could not start (${this.#options.worker.href}): ${error.message}`);
      for (const t of this.#queue.splice(0)) t.reject(this.#broken);
      task?.reject(this.#broken);
      return;
    }
    if (task) task.resolve(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory' } : { kind: 'crash', message: error.message });
    this.#pump();
  }
}
