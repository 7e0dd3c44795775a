// The joined files of the published ones (all reports as JSON and JSON Lines, a year's JSON, the tidy
// tables; src/site/published.ts), written a record at a time, side by side, in one reading of the
// records. A file written again copies the parts of the records it still holds from its old self, as
// the parts index in the cache dir says where they are, and makes only the others: a +1 rebuild at
// 10,000 reports copies about 300 MB instead of reading and joining 10,000 records again.
import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, readFileSync, readSync, statSync, type WriteStream, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { type FiledRecord, filedRecord, type Joined, joinedHead, joinedPart, joinedSeparator, joinedTail } from '../site/published.ts';

const WRITE_BUFFER = 1 << 20;

/** Where the parts of each joined file are, as the last build wrote it. `lists` holds each list of records once (most files list them all). */
interface PartsIndex {
  lists: string[][];
  files: Record<string, { parts: string; list: number; lengths: number[]; file: FileIdentity }>;
}

/**
 * Which file a path held when its parts were written: every write makes a new file (written beside
 * and renamed), so a file written since, by hand or by a build stopped before it saved the index,
 * is another inode or time, and its parts are made again.
 */
interface FileIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

const identityOf = (path: string): FileIdentity | null => {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs } : null;
};
const sameFile = (a: FileIdentity | null, b: FileIdentity) => a !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * Writes the joined files that changed into `out`, and the parts index of all of them (`partsFile`).
 * `folder` makes a file's folder.
 */
export async function writeJoinedFiles(
  out: string,
  changed: Joined[],
  all: Joined[],
  partsFile: string,
  folder: (dest: string) => Promise<void>,
): Promise<void> {
  const previous = readParts(partsFile);
  // The old parts of a file are trusted while they are made the same way and it is the file they were written into.
  const oldParts = (file: Joined): OldParts | null => {
    const entry = previous.files[file.path];
    const list = entry && previous.lists[entry.list];
    const dest = join(out, file.path);
    if (!entry || !list || entry.parts !== file.parts || !sameFile(identityOf(dest), entry.file)) return null;
    return { path: dest, records: list, lengths: entry.lengths };
  };
  const written = await writeJoined(out, changed, folder, oldParts);
  writeParts(partsFile, all, previous, written);
}

/** A joined file as the last build wrote it: its records and the length of each one's part, in bytes. */
interface OldParts {
  path: string;
  records: string[];
  lengths: number[];
}

/** The parts of a file as written: their lengths, and the file they are in. */
interface Written {
  lengths: number[];
  file: FileIdentity;
}

/**
 * Writes joined files side by side in one reading of their records: a record is read once, however
 * many files it goes into (all reports, JSON Lines, its year), and not at all when every file it goes
 * into still holds its part. They list their records in one order (the home table's), so the longest
 * gives the order of the reading; a file that does not follow that order is written on its own. Each
 * is written beside its old self and put in its place when complete.
 */
async function writeJoined(
  out: string,
  files: Joined[],
  folder: (dest: string) => Promise<void>,
  oldParts: (file: Joined) => OldParts | null,
): Promise<Map<string, Written>> {
  const written = new Map<string, Written>();
  const [longest, ...rest] = [...files].sort((a, b) => b.records.length - a.records.length);
  if (!longest) return written;
  const at = new Map(longest.records.map((path, i) => [path, i]));
  const follows = (f: Joined) => f.records.every((path, i) => at.has(path) && (i === 0 || at.get(path)! > at.get(f.records[i - 1]!)!));
  // Alone, such a file is the longest and its own order.
  for (const file of rest.filter((f) => !follows(f))) {
    for (const [path, w] of await writeJoined(out, [file], folder, oldParts)) written.set(path, w);
  }
  const outputs = await Promise.all(
    [longest, ...rest.filter(follows)].map(async (file) => {
      const dest = join(out, file.path);
      await folder(dest);
      return new JoinedOutput(file, `${dest}.writing`, oldParts(file));
    }),
  );
  for (const path of longest.records) {
    let record: FiledRecord | undefined;
    // Read synchronously: a few kB each, and nothing else runs on this thread while the files are written.
    const read = () => (record ??= filedRecord(readFileSync(path, 'utf8')));
    for (const o of outputs) if (o.file.records[o.next] === path) await o.add(path, read);
  }
  for (const o of outputs) {
    await o.end();
    const dest = join(out, o.file.path);
    await rename(o.writing, dest);
    written.set(o.file.path, { lengths: o.lengths, file: identityOf(dest)! });
  }
  return written;
}

/**
 * One joined file being written: each record's part is copied from the old file when it holds it
 * (consecutive ones in one go, with the separators between them), else made from the record.
 */
class JoinedOutput {
  readonly file: Joined;
  readonly writing: string;
  readonly lengths: number[] = [];
  next = 0;
  private readonly stream: WriteStream;
  private readonly old: { fd: number; at: Map<string, number>; offsets: number[]; lengths: number[] } | null;
  /** Bytes of the old file still to copy: from, to, and the index of its last part. */
  private run: { from: number; to: number; last: number } | null = null;

  constructor(file: Joined, writing: string, old: OldParts | null) {
    this.file = file;
    this.writing = writing;
    // A megabyte at a time: a record's part is a few kB, and each write is a trip to the thread pool.
    this.stream = createWriteStream(writing, { highWaterMark: WRITE_BUFFER });
    // Seen by put() or finished(), not thrown from an event nobody listens to.
    this.stream.on('error', () => {});
    this.stream.write(joinedHead(file));
    this.old = old && {
      fd: openSync(old.path, 'r'),
      at: new Map(old.records.map((path, i) => [path, i])),
      offsets: partOffsets(file, old.lengths),
      lengths: old.lengths,
    };
  }

  async add(path: string, read: () => FiledRecord): Promise<void> {
    const i = this.next++;
    const j = this.old?.at.get(path);
    if (this.old && j !== undefined) {
      const [from, length] = [this.old.offsets[j]!, this.old.lengths[j]!];
      this.lengths.push(length);
      // The part after the one copied last: the separator between them is in the old file too.
      if (this.run?.last === j - 1) this.run = { from: this.run.from, to: from + length, last: j };
      else {
        await this.copyRun();
        if (i) await put(this.stream, joinedSeparator(this.file));
        this.run = { from, to: from + length, last: j };
      }
      return;
    }
    await this.copyRun();
    const part = joinedPart(this.file, read());
    this.lengths.push(Buffer.byteLength(part));
    if (i) await put(this.stream, joinedSeparator(this.file));
    await put(this.stream, part);
  }

  async end(): Promise<void> {
    await this.copyRun();
    if (this.old) closeSync(this.old.fd);
    this.stream.end(joinedTail(this.file));
    await finished(this.stream);
  }

  private async copyRun(): Promise<void> {
    if (!this.run || !this.old) return;
    for (let at = this.run.from; at < this.run.to; ) {
      const chunk = Buffer.allocUnsafe(Math.min(WRITE_BUFFER, this.run.to - at));
      if (readSync(this.old.fd, chunk, 0, chunk.length, at) !== chunk.length) {
        throw new Error(`${this.file.path}: the file written before is shorter than its parts say`);
      }
      await put(this.stream, chunk);
      at += chunk.length;
    }
    this.run = null;
  }
}

/** Where each part starts in a joined file whose parts have these lengths. */
function partOffsets(file: Joined, lengths: number[]): number[] {
  const separator = Buffer.byteLength(joinedSeparator(file));
  let offset = Buffer.byteLength(joinedHead(file));
  return lengths.map((length) => {
    const start = offset;
    offset += length + separator;
    return start;
  });
}

/** Writes to a file stream, waiting while its buffer is full. */
async function put(stream: WriteStream, data: string | Buffer): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (!stream.write(data)) await once(stream, 'drain');
}

function readParts(file: string): PartsIndex {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PartsIndex;
  } catch {
    return { lists: [], files: {} };
  }
}

/** The parts of every joined file published: as written now, or as the last build left them. */
function writeParts(file: string, all: Joined[], previous: PartsIndex, written: Map<string, Written>): void {
  const index: PartsIndex = { lists: [], files: {} };
  const lists = new Map<string, number>();
  const listOf = (records: string[]) => {
    const key = records.join('\n');
    if (!lists.has(key)) lists.set(key, index.lists.push(records) - 1);
    return lists.get(key)!;
  };
  for (const p of all) {
    const now = written.get(p.path);
    if (now) index.files[p.path] = { parts: p.parts, list: listOf(p.records), ...now };
    else {
      // Not written by this build: its file and parts are as the last one left them.
      const entry = previous.files[p.path];
      const list = entry && previous.lists[entry.list];
      if (entry && list) index.files[p.path] = { ...entry, list: listOf(list) };
    }
  }
  writeFileSync(file, JSON.stringify(index));
}
