// Profiles analyze() on a corpus with the V8 CPU profiler and prints the hot spots: self
// time per stage (source folder), per source file and per function.
//
//   node bench/profile.mjs [CORPUS] [--top N] [--layers none|quotes,claims,dates]   (after npm run build)
// The raw profile is written to bench/results/ (open it in Chrome DevTools).
import { Session } from 'node:inspector/promises';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { corpus } from './corpus.mjs';

const args = process.argv.slice(2);
const corpusName = args.find((a, i) => !a.startsWith('--') && !['--top', '--layers'].includes(args[i - 1])) ?? 'seeds-1mb';
const topIdx = args.indexOf('--top');
const top = topIdx >= 0 ? Number(args[topIdx + 1]) : 25;
// --layers none|quotes,claims,dates: profile part of the pipeline (default: all layers).
const layersIdx = args.indexOf('--layers');
const layers = layersIdx >= 0 ? (args[layersIdx + 1] === 'none' ? [] : args[layersIdx + 1].split(',')) : undefined;

const { analyze: analyzeAll } = await import('../dist/index.js');
const analyze = (text) => analyzeAll(text, layers ? { layers } : undefined);
const articles = corpus(corpusName);
for (const t of articles.slice(0, 50)) analyze(t);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
while (performance.now() - t0 < 3000) for (const t of articles) analyze(t);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const out = new URL(`./results/analyze-${corpusName}.cpuprofile`, import.meta.url);
writeFileSync(out, JSON.stringify(profile));

// Self time per node, from the sample counts.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const total = profile.samples.length;

const short = (url) => url.replace(/^.*\/node_modules\//u, '').replace(/^.*\/(dist|src)\//u, '$1/').replace(/^file:\/\//u, '');
const self = new Map();
for (const [id, count] of hits) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const key = `${cf.functionName || '(anonymous)'}  ${short(cf.url) || '(native)'}:${cf.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + count);
}
// dist/ has no source map, but tsup marks where each module starts (`// src/dates/scan.ts`):
// map a line of dist/index.js back to its source file, and so to its stage.
const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const markers = [];
readFileSync(DIST, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    const m = /^\/\/ (src\/\S+\.ts)$/u.exec(line);
    if (m) markers.push([i, m[1]]);
  });
function sourceOf(callFrame) {
  if (!callFrame.url.endsWith('/dist/index.js')) return null;
  let lo = 0;
  let hi = markers.length - 1;
  let found = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid][0] <= callFrame.lineNumber) {
      found = markers[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
const stageOf = (file) => (file ? file.split('/').slice(0, 2).join('/').replace(/\.ts$/u, '') : null);
const byStage = new Map();
const byFile = new Map();
for (const [id, count] of hits) {
  const cf = byId.get(id).callFrame;
  const file = sourceOf(cf);
  const stage = file ? (file === 'src/document/published.ts' ? 'src/document/published (dates)' : stageOf(file)) : cf.url ? short(cf.url).split('/')[0] : cf.functionName || '(native)';
  byStage.set(stage, (byStage.get(stage) ?? 0) + count);
  if (file) byFile.set(file, (byFile.get(file) ?? 0) + count);
}
const pct = (c) => ((100 * c) / total).toFixed(1).padStart(5) + '%';
console.log(`profile of analyze() on ${corpusName}: ${total} samples, written to ${out.pathname}\n`);
console.log('self time by stage (source folder)');
for (const [k, c] of [...byStage].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${pct(c)}  ${k}`);
console.log('\nself time by source file');
for (const [k, c] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(c)}  ${k}`);
console.log('\nself time by function');
for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  const [name, loc] = k.split('  ');
  const line = Number(loc.split(':').pop()) - 1;
  const file = loc.startsWith('dist/index.js') ? sourceOf({ url: '/dist/index.js', lineNumber: line }) : null;
  console.log(`  ${pct(c)}  ${name}  ${file ?? loc}`);
}
