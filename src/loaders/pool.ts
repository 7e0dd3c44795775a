// A small pool of parser processes (parse-worker.ts) with a time and a heap budget per file. A parse
// that runs past its time is stopped by killing its process, which is replaced, so one runaway file
// costs its budget and no more. Processes rather than threads: a thread that exhausts its heap can
// abort the whole build (V8's "Reached heap limit" is fatal to the process), a child process only
// itself. Tasks start in the order they are given. A busy process is sent its next file ahead, which
// it starts as soon as it ends the one before: waiting for the loader's answer and the next file took
// each process about 0.9 ms a file, 10 % of a cold load, on a machine whose cores the processes fill.
// pool.parse({ bytes, file, filing }) → { kind: 'done', parsed } | { kind: 'timeout' | 'memory' } | { kind: 'crash', message }
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ParseRequest, Parsed } from './parse-worker.ts';

export type PoolOutcome = { kind: 'done'; parsed: Parsed } | { kind: 'timeout' } | { kind: 'memory' } | { kind: 'crash'; message: string };

export interface PoolOptions {
  /** The worker module. */
  worker: URL;
  /** Processes at most; they start as tasks arrive. */
  size: number;
  /** Time one parse may take, in milliseconds, counted from when its process starts it. */
  timeoutMs: number;
  /** Heap limit of each process in MB (V8's --max-old-space-size). */
  memoryMb: number;
}

interface Task {
  request: ParseRequest;
  resolve: (outcome: PoolOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  child: ChildProcess;
  ready: boolean;
  /** The task the process is running, whose time runs. */
  task: Task | null;
  /** The task sent ahead, which the process starts when it ends `task`. */
  next: Task | null;
  timer: NodeJS.Timeout | null;
  /** The end of what the process wrote to stderr: how a crash is told from running out of memory. */
  stderr: string;
}

type Message = { ready?: true; parsed?: Parsed; crash?: string };

const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/i;

export class ParsePool {
  readonly #options: PoolOptions;
  readonly #queue: Task[] = [];
  readonly #slots = new Set<Slot>();
  #broken: Error | null = null;
  #closed = false;

  constructor(options: PoolOptions) {
    this.#options = { ...options, size: Math.max(1, Math.floor(options.size)) };
  }

  parse(request: ParseRequest): Promise<PoolOutcome> {
    return new Promise((resolve, reject) => {
      if (this.#broken || this.#closed) return reject(this.#broken ?? new Error('parser pool is closed'));
      this.#queue.push({ request, resolve, reject });
      this.#pump();
    });
  }

  /** Starts up to `count` processes (at most the pool's size) before their tasks come, so that their start-up overlaps other work. */
  warm(count: number): void {
    while (!this.#broken && !this.#closed && this.#slots.size < Math.min(count, this.#options.size)) this.#spawn();
  }

  async close(): Promise<void> {
    this.#closed = true;
    const slots = [...this.#slots];
    this.#slots.clear();
    await Promise.all(slots.map((slot) => this.#kill(slot)));
  }

  #pump(): void {
    for (const slot of this.#slots) if (slot.ready && !slot.task && this.#queue.length) this.#start(slot, this.#queue.shift()!);
    // Processes still starting will each take a queued task; start more only for tasks none will take.
    let starting = [...this.#slots].filter((s) => !s.ready).length;
    // Tasks no idle or starting process will take are sent ahead to busy ones.
    for (const slot of this.#slots) {
      if (!slot.task || slot.next || this.#queue.length <= starting) continue;
      slot.next = this.#queue.shift()!;
      slot.child.send(slot.next.request);
    }
    while (!this.#broken && !this.#closed && this.#slots.size < this.#options.size && this.#queue.length > starting) {
      this.#spawn();
      starting++;
    }
  }

  #spawn(): void {
    const { worker, memoryMb } = this.#options;
    // Only the heap flag: the parent's flags (a test runner's loaders, inspector) are not the parser's.
    const child = fork(fileURLToPath(worker), [], {
      execArgv: [`--max-old-space-size=${memoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    const slot: Slot = { child, ready: false, task: null, next: null, timer: null, stderr: '' };
    this.#slots.add(slot);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      slot.stderr = (slot.stderr + chunk).slice(-4096);
    });
    child.on('message', (message: Message) => {
      if (message.ready) {
        slot.ready = true;
        this.#pump();
        return;
      }
      const task = slot.task;
      if (!task) return;
      this.#finish(slot);
      // The process has started the task sent ahead.
      if (slot.next) this.#time(slot, slot.next);
      slot.next = null;
      if (message.crash !== undefined) task.resolve({ kind: 'crash', message: message.crash });
      else task.resolve({ kind: 'done', parsed: message.parsed! });
      this.#pump();
    });
    child.on('error', (error) => this.#lost(slot, error.message));
    child.on('exit', (code, signal) => this.#lost(slot, `exit ${signal ?? code}`));
  }

  #start(slot: Slot, task: Task): void {
    this.#time(slot, task);
    slot.child.send(task.request);
  }

  /** Makes `task` the one the process runs, and starts its time. */
  #time(slot: Slot, task: Task): void {
    slot.task = task;
    slot.timer = setTimeout(() => {
      this.#slots.delete(slot);
      this.#finish(slot);
      this.#requeue(slot);
      void this.#kill(slot);
      task.resolve({ kind: 'timeout' });
      this.#pump();
    }, this.#options.timeoutMs);
  }

  /** A task sent ahead to a process that is going goes first to another. */
  #requeue(slot: Slot): void {
    if (slot.next) this.#queue.unshift(slot.next);
    slot.next = null;
  }

  #finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  #kill(slot: Slot): Promise<void> {
    if (slot.timer) clearTimeout(slot.timer);
    const { child } = slot;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** A process died: its task ends as out-of-memory or a crash; a process that never started breaks the pool. */
  #lost(slot: Slot, how: string): void {
    if (!this.#slots.has(slot)) return;
    this.#slots.delete(slot);
    const task = slot.task;
    this.#finish(slot);
    this.#requeue(slot);
    void this.#kill(slot);
    const why = slot.stderr.trim().split('\n').slice(-3).join(' ') || how;
    if (!slot.ready) {
      if (this.#closed) return;
      // The worker module itself failed to load: no file can be parsed, so say so once, loudly.
      this.#broken = new Error(`parser process could not start (${this.#options.worker.href}): ${why}`);
      for (const t of this.#queue.splice(0)) t.reject(this.#broken);
      task?.reject(this.#broken);
      return;
    }
    if (task) task.resolve(OUT_OF_MEMORY.test(slot.stderr) ? { kind: 'memory' } : { kind: 'crash', message: why });
    this.#pump();
  }
}
