import { readFileSync } from 'node:fs';
import { analyze } from './analyze.js';
import type { AnalyzeOptions } from './options.js';
import { parseArgs, USAGE, UsageError, type CliArgs } from './cli/args.js';
import { formatAnalysis } from './format.js';
import { defaultJobs, runBatch } from './cli/batch.js';

declare const __VERSION__: string | undefined;

async function runJsonl(args: CliArgs): Promise<number> {
  const failed = await runBatch({
    input: process.stdin,
    output: process.stdout,
    defaults: { language: args.language, referenceDate: args.referenceDate, durations: args.durations },
    jobs: args.jobs ?? defaultJobs(),
    progress: process.stderr.isTTY ? process.stderr : null,
    // Built next to this file by tsup; from source the batch stays in-process.
    workerUrl: new URL('./cli-worker.js', import.meta.url),
  });
  return failed ? 1 : 0;
}

function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

function runFiles(args: CliArgs): number {
  const options: AnalyzeOptions = {};
  if (args.language) options.language = args.language;
  if (args.referenceDate) options.referenceDate = args.referenceDate;
  if (args.durations) options.durations = true;
  const results: Array<{ file: string } & ReturnType<typeof analyze>> = [];
  const texts: string[] = [];
  for (const file of args.files) {
    const analysis = analyze(readInput(file), options);
    if (args.format === 'text') texts.push(formatAnalysis(analysis, file === '-' ? '(stdin)' : file));
    else results.push({ file, ...analysis });
  }
  if (args.format === 'text') process.stdout.write(texts.join('\n\n') + '\n');
  else if (results.length === 1) {
    const { file: _file, ...only } = results[0]!;
    process.stdout.write(JSON.stringify(only, null, 2) + '\n');
  } else process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return 0;
}

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`hearsay: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.version) {
    process.stdout.write((typeof __VERSION__ === 'string' ? __VERSION__ : 'dev') + '\n');
    return 0;
  }
  if (args.jsonl) return runJsonl(args);
  if (!args.files.length) {
    process.stderr.write(`hearsay: no input\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return runFiles(args);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A closed pipe (`hearsay --jsonl … | head`) is no error worth a stack trace.
    if ((e as { code?: unknown } | null)?.code !== 'EPIPE') process.stderr.write(`hearsay: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
