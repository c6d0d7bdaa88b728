// A worker thread of `hearsay --jsonl --jobs N`: analyzes the lines the main thread sends,
// one message per line, and answers with the output line. Never throws (processLine does not).
import { parentPort, workerData } from 'node:worker_threads';
import { processLine, type JsonlDefaults } from './jsonl.js';

/** Main thread → worker. */
export interface LineTask {
  seq: number;
  lineNo: number;
  line: string;
}
/** Worker → main thread. */
export interface LineResult {
  seq: number;
  out: string;
  ok: boolean;
}

const port = parentPort;
if (port) {
  const defaults = (workerData ?? {}) as JsonlDefaults;
  port.on('message', (task: LineTask) => {
    const { out, ok } = processLine(task.line, task.lineNo, defaults);
    const result: LineResult = { seq: task.seq, out, ok };
    port.postMessage(result);
  });
}
