#!/usr/bin/env node
// Analyze a folder of articles (*.txt) to JSON Lines: one line {"file", ...Analysis} per
// article, in file-name order. Writes to OUT.jsonl when given, else to standard output.
//
//   node examples/folder-to-jsonl.mjs FOLDER [OUT.jsonl] [--reference-date YYYY-MM-DD]
//
// For millions of articles, the CLI does the same on every core:
//   hearsay --jsonl --jobs 8 < articles.jsonl > analyses.jsonl
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { analyze } from 'hearsay';

const args = process.argv.slice(2);
const at = args.indexOf('--reference-date');
const referenceDate = at >= 0 ? args.splice(at, 2)[1] : undefined;
const [folder, outFile] = args;
if (!folder) {
  console.error('usage: node examples/folder-to-jsonl.mjs FOLDER [OUT.jsonl] [--reference-date YYYY-MM-DD]');
  process.exit(2);
}

const out = outFile ? createWriteStream(outFile) : process.stdout;
const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();

let failed = 0;
for (const file of files) {
  let line;
  try {
    const analysis = analyze(readFileSync(join(folder, file), 'utf8'), referenceDate ? { referenceDate } : {});
    line = JSON.stringify({ file, ...analysis });
  } catch (e) {
    // One bad article does not stop the folder.
    failed++;
    line = JSON.stringify({ file, error: e instanceof Error ? e.message : String(e) });
  }
  // Respect back-pressure: wait when the stream's buffer is full.
  if (!out.write(line + '\n')) await once(out, 'drain');
}
if (outFile) {
  out.end();
  await once(out, 'finish');
}
console.error(`${files.length} article(s), ${failed} failed`);
process.exitCode = failed ? 1 : 0;
