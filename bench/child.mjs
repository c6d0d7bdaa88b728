// One measurement in a fresh process, so that import time and peak RSS belong to one peer.
//
//   node bench/child.mjs import PEER            prints {"importMs", "firstCallMs"}
//   node bench/child.mjs run PEER CORPUS [--quick]   prints the throughput and latency figures
import { performance } from 'node:perf_hooks';
import { PEERS } from './peers.mjs';

const [mode, peerName, corpusName] = process.argv.slice(2);
const quick = process.argv.includes('--quick');
const peer = PEERS[peerName];
if (!peer) throw new Error(`unknown peer ${peerName}`);

const { corpus } = await import('./corpus.mjs');

if (mode === 'import') {
  const t0 = performance.now();
  const fn = await peer.load();
  const t1 = performance.now();
  // The first call pays what a library builds on first use (tables, lexicons): one seed article.
  fn(corpus('seeds-1mb')[0]);
  process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstCallMs: performance.now() - t1 }) + '\n');
  process.exit(0);
}

const articles = corpus(corpusName);
const bytes = articles.map((t) => Buffer.byteLength(t, 'utf8'));
const fn = await peer.load();

// Warm-up, not timed, so that what is measured is the steady state of a long run (an archive of
// articles), not the JIT's first passes; cold costs are measured apart (import and first call, in fresh
// processes). Whole passes over the corpus (at least 20 articles) until a second has gone by: one pass
// is not enough to reach the steady state (hearsay's p99 on synthetic-10kb is 5–6 ms in the pass after a
// single warm-up pass, 2.5 ms after two, as the JIT is still optimizing), and the same time for every peer.
const WARM_MS = quick ? 200 : 1000;
const warmStart = performance.now();
do {
  for (let i = 0; i < Math.max(20, articles.length); i++) fn(articles[i % articles.length]);
} while (performance.now() - warmStart < WARM_MS);

// Timed: whole passes over the corpus until `minMs` have gone by (at least one pass).
const minMs = quick ? 300 : 2000;
const maxPasses = quick ? 1 : 20;
const latencies = [];
let totalBytes = 0;
let sink = 0;
const start = performance.now();
for (let pass = 0; pass < maxPasses; pass++) {
  for (let i = 0; i < articles.length; i++) {
    const t0 = performance.now();
    const r = fn(articles[i]);
    latencies.push(performance.now() - t0);
    totalBytes += bytes[i];
    if (r) sink++;
  }
  if (performance.now() - start >= minMs) break;
}
const elapsedMs = performance.now() - start;
latencies.sort((a, b) => a - b);
const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
process.stdout.write(
  JSON.stringify({
    articles: latencies.length,
    bytes: totalBytes,
    elapsedMs,
    articlesPerSec: (latencies.length / elapsedMs) * 1000,
    mbPerSec: totalBytes / 1e6 / (elapsedMs / 1000),
    p50Ms: q(0.5),
    p99Ms: q(0.99),
    maxMs: latencies[latencies.length - 1],
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    sink,
  }) + '\n',
);
