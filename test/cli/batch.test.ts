import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { readLines, runBatch } from '../../src/cli/batch.js';

// The batch engine behind `hearsay --jsonl`, with stand-in workers: what happens when a worker
// dies, and that a slow reader of the output holds the reading of the input back.

const dir = mkdtempSync(join(tmpdir(), 'hearsay-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in worker: echoes the line's id, and dies on a line that says CRASH. */
const echoWorker = join(dir, 'echo-worker.mjs');
writeFileSync(
  echoWorker,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => {
  if (t.line.includes('CRASH')) process.exit(3);
  parentPort.postMessage({ seq: t.seq, out: JSON.stringify({ id: JSON.parse(t.line).id }), ok: true });
});
`,
);

class Collect extends Writable {
  chunks: string[] = [];
  constructor(private readonly delayMs = 0) {
    super({ highWaterMark: 64 });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    if (this.delayMs) setTimeout(done, this.delayMs);
    else done();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

describe('readLines', () => {
  it('splits lines as readline does, whatever the chunks', async () => {
    const collect = async (it: AsyncIterable<string>): Promise<string[]> => {
      const out: string[] = [];
      for await (const l of it) out.push(l);
      return out;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\n', '\r', '\r\n', ' ', '{'), maxLength: 60 }),
        fc.array(fc.nat(80), { maxLength: 6 }),
        async (text, cuts) => {
          // Cut the UTF-8 bytes anywhere, even inside a character.
          const bytes = Buffer.from(text, 'utf8');
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at, bytes.length].slice(1).map((end, i, all) => bytes.subarray(i ? all[i - 1]! : 0, end));
          const ours = await collect(readLines(Readable.from(chunks.filter((c) => c.length))));
          const theirs = await collect(createInterface({ input: Readable.from([bytes]), crlfDelay: Infinity }));
          expect(ours).toEqual(theirs);
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });
});

describe('runBatch', () => {
  it('answers the lines of a worker that died with an error line each, and goes on with a new worker', async () => {
    const lines = ['{"id":1}', '{"id":2,"x":"CRASH"}', '{"id":3}', 'not json CRASH', '{"id":5}'];
    const output = new Collect();
    const failed = await runBatch({
      input: Readable.from([lines.join('\n') + '\n']),
      output,
      defaults: {},
      jobs: 2,
      workerUrl: pathToFileURL(echoWorker),
      maxInFlight: 1,
    });
    expect(failed).toBe(2);
    const out = output.text.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; line?: number; error?: string });
    expect(out.map((o) => o.id)).toEqual([1, 2, 3, null, 5]);
    expect(out[1]).toMatchObject({ id: 2, line: 2 });
    expect(out[1]!.error).toMatch(/^hearsay: worker failed/u);
    expect(out[3]).toMatchObject({ id: null, line: 4 });
  });

  it('reads no further ahead than its in-flight bound while the output is slow', async () => {
    const total = 400;
    let pulled = 0;
    let maxAhead = 0;
    const output = new Collect(1);
    const written = (): number => output.chunks.length;
    function* lines(): Generator<string> {
      for (let i = 0; i < total; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - written());
        yield JSON.stringify({ id: i }) + '\n';
      }
    }
    const failed = await runBatch({
      input: Readable.from(lines(), { objectMode: false, highWaterMark: 64 }),
      output,
      defaults: {},
      jobs: 2,
      workerUrl: pathToFileURL(echoWorker),
      maxInFlight: 8,
    });
    expect(failed).toBe(0);
    // runBatch leaves the stream open (it is stdout); what it wrote may still be on its way.
    output.end();
    await once(output, 'finish');
    expect(output.text.trim().split('\n').map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([...Array(total).keys()]);
    // 8 in flight plus what the stream and readline buffer: far from the whole input.
    expect(maxAhead).toBeLessThan(100);
  });

  it('stays in this thread with one job, or when the worker script is missing', async () => {
    for (const [jobs, workerUrl] of [
      [1, pathToFileURL(echoWorker)],
      [2, pathToFileURL(join(dir, 'missing.mjs'))],
    ] as const) {
      const output = new Collect();
      // The real processLine runs here: a CRASH line is just text to analyze.
      const failed = await runBatch({
        input: Readable.from(['{"id":"a","text":"He said: “CRASH.”"}\n{"id":"b","text":7}\n']),
        output,
        defaults: {},
        jobs,
        workerUrl,
      });
      expect(failed).toBe(1);
      expect(output.text.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b']);
    }
  });
});
