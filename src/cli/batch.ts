import { existsSync } from 'node:fs';
import * as os from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { processLine, type JsonlDefaults } from './jsonl.js';
import type { LineResult, LineTask } from './worker.js';

/**
 * `hearsay --jsonl`: one JSON line in, one JSON line out, in input order.
 *
 * - Blank (empty or white-space only) input lines are not records: they are skipped and
 *   get no output line. Every other line gets exactly one output line: `{"id", ...Analysis}`,
 *   or `{"id","line","error"}` (`"id": null` when the line is not a JSON object).
 * - `jobs` > 1 analyzes on that many worker threads; 1 stays in this thread.
 * - Memory stays bounded whatever the input size: lines are read as they are needed, at most
 *   `maxInFlight` lines (and about `maxInFlightBytes`) are between reading and writing, and
 *   nothing more is read while standard output is not draining.
 * - Progress goes to stderr when `progress` is set (the CLI sets it when stderr is a terminal).
 *
 * Resolves to the number of lines that failed.
 */
export interface BatchOptions {
  input: Readable;
  output: Writable;
  defaults: JsonlDefaults;
  jobs: number;
  progress?: NodeJS.WriteStream | null;
  /** The built worker script; when missing (running from source), the batch stays in-process. */
  workerUrl?: URL;
  maxInFlight?: number;
  maxInFlightBytes?: number;
}

/** The number of worker threads `--jobs` defaults to. */
export function defaultJobs(): number {
  // availableParallelism is Node ≥ 18.14: a namespace import keeps older Node 18 loading this file.
  const ns = os as { availableParallelism?: () => number };
  return typeof ns.availableParallelism === 'function' ? ns.availableParallelism() : Math.max(1, os.cpus().length);
}

function idOf(line: string): unknown {
  try {
    const o: unknown = JSON.parse(line);
    return typeof o === 'object' && o !== null && !Array.isArray(o) ? ((o as { id?: unknown }).id ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * The lines of a stream, ended by \n, \r\n or a lone \r (as readline splits them), read only
 * as fast as they are consumed. (readline's own iterator reads up to 1,024 lines ahead,
 * which for articles of megabytes each is gigabytes.) Linear in the input, however long a line.
 */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let skipLF = false;
  const split = function* (s: string): Generator<string> {
    let from = 0;
    if (skipLF && s.charCodeAt(0) === 10) from = 1;
    skipLF = false;
    for (let i = from; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      parts.push(s.slice(from, i));
      const line = parts.join('');
      parts = [];
      if (c === 13) {
        if (i + 1 < s.length) {
          if (s.charCodeAt(i + 1) === 10) i++;
        } else skipLF = true;
      }
      from = i + 1;
      yield line;
    }
    if (from < s.length) parts.push(s.slice(from));
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    yield* split(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  }
  yield* split(decoder.end());
  if (parts.length) yield parts.join('');
}

/** Writes a chunk, waiting for 'drain' when the stream's buffer is full. */
function writer(output: Writable): (chunk: string) => Promise<void> {
  let broken: Error | null = null;
  output.on('error', (e: Error) => {
    broken = e;
  });
  return async (chunk) => {
    if (broken) throw broken;
    if (!output.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const done = (): void => {
          output.off('drain', done);
          output.off('error', fail);
          output.off('close', done);
          resolve();
        };
        const fail = (e: Error): void => {
          output.off('drain', done);
          output.off('close', done);
          reject(e);
        };
        output.on('drain', done);
        output.on('error', fail);
        output.on('close', done);
      });
    }
  };
}

class Progress {
  private lines = 0;
  private failed = 0;
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly stream: NodeJS.WriteStream | null | undefined) {}
  tick(ok: boolean): void {
    this.lines++;
    if (!ok) this.failed++;
    const now = Date.now();
    if (this.stream && now - this.last >= 200) {
      this.last = now;
      this.show(now);
    }
  }
  private show(now: number): void {
    const rate = this.lines / Math.max((now - this.started) / 1000, 0.001);
    this.stream!.write(`\rhearsay: ${this.lines} line(s), ${this.failed} failed, ${rate.toFixed(0)} lines/s\u001b[K`);
  }
  done(): void {
    if (this.stream && this.lines) {
      this.show(Date.now());
      this.stream.write('\n');
    }
  }
}

export async function runBatch(options: BatchOptions): Promise<number> {
  const workerPath = options.workerUrl ? fileURLToPath(options.workerUrl) : null;
  const useWorkers = options.jobs > 1 && workerPath !== null && existsSync(workerPath);
  return useWorkers ? runOnWorkers(options, options.workerUrl!) : runInProcess(options);
}

async function runInProcess(options: BatchOptions): Promise<number> {
  const write = writer(options.output);
  const progress = new Progress(options.progress);
  let failed = 0;
  let lineNo = 0;
  for await (const line of readLines(options.input)) {
    lineNo++;
    if (!line.trim()) continue;
    const { out, ok } = processLine(line, lineNo, options.defaults);
    if (!ok) failed++;
    progress.tick(ok);
    await write(out + '\n');
  }
  progress.done();
  return failed;
}

interface Slot {
  worker: Worker;
  pending: Map<number, LineTask>;
}

async function runOnWorkers(options: BatchOptions, workerUrl: URL): Promise<number> {
  const maxInFlight = options.maxInFlight ?? options.jobs * 8;
  const maxInFlightBytes = options.maxInFlightBytes ?? 64 * 1024 * 1024;
  const write = writer(options.output);
  const progress = new Progress(options.progress);

  let failed = 0;
  let nextSeq = 0; // the next sequence number to hand out
  let nextOut = 0; // the next sequence number to write
  let inFlight = 0;
  let inFlightBytes = 0;
  const sizes = new Map<number, number>();
  const done = new Map<number, { out: string; ok: boolean }>();
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  const finish = (seq: number, out: string, ok: boolean): void => {
    done.set(seq, { out, ok });
    notify();
  };

  const slots: Slot[] = [];
  const spawn = (): Slot => {
    const worker = new Worker(workerUrl, { workerData: options.defaults });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (r: LineResult) => {
      slot.pending.delete(r.seq);
      finish(r.seq, r.out, r.ok);
    });
    const crash = (why: string): void => {
      // The lines this worker held get an error line each; a fresh worker takes its place.
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      const at = slots.indexOf(slot);
      if (at >= 0) slots[at] = spawn();
      for (const t of lost) {
        finish(t.seq, JSON.stringify({ id: idOf(t.line), line: t.lineNo, error: `hearsay: worker failed: ${why}` }), false);
      }
    };
    worker.on('error', (e: Error) => crash(e.message));
    worker.on('exit', (code) => {
      if (slot.pending.size) crash(`exited with code ${code}`);
    });
    return slot;
  };
  for (let i = 0; i < options.jobs; i++) slots.push(spawn());

  /** Writes every finished line that is next in input order. */
  const flush = async (): Promise<void> => {
    for (let r = done.get(nextOut); r !== undefined; r = done.get(nextOut)) {
      done.delete(nextOut);
      inFlight--;
      inFlightBytes -= sizes.get(nextOut) ?? 0;
      sizes.delete(nextOut);
      nextOut++;
      if (!r.ok) failed++;
      progress.tick(r.ok);
      await write(r.out + '\n');
    }
  };

  const waitForSpace = async (): Promise<void> => {
    await flush();
    while (inFlight >= maxInFlight || (inFlight > 0 && inFlightBytes >= maxInFlightBytes)) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (done.has(nextOut)) notify();
      });
      await flush();
    }
  };

  try {
    let lineNo = 0;
    for await (const line of readLines(options.input)) {
      lineNo++;
      if (!line.trim()) continue;
      await waitForSpace();
      const task: LineTask = { seq: nextSeq++, lineNo, line };
      inFlight++;
      inFlightBytes += line.length * 2;
      sizes.set(task.seq, line.length * 2);
      // The least busy worker takes the line.
      let slot = slots[0]!;
      for (const s of slots) if (s.pending.size < slot.pending.size) slot = s;
      slot.pending.set(task.seq, task);
      slot.worker.postMessage(task);
    }
    while (nextOut < nextSeq) {
      await flush();
      if (nextOut >= nextSeq) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (done.has(nextOut)) notify();
      });
    }
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
  progress.done();
  return failed;
}
