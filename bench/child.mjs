// One measurement in a fresh process, so that import time and peak RSS belong to one peer.
//
//   node bench/child.mjs import PEER            prints {"importMs"}
//   node bench/child.mjs run PEER CORPUS [--quick]   prints the throughput and latency figures
import { performance } from 'node:perf_hooks';
import { PEERS } from './peers.mjs';

const [mode, peerName, corpusName] = process.argv.slice(2);
const quick = process.argv.includes('--quick');
const peer = PEERS[peerName];
if (!peer) throw new Error(`unknown peer ${peerName}`);

if (mode === 'import') {
  const t0 = performance.now();
  await peer.load();
  process.stdout.write(JSON.stringify({ importMs: performance.now() - t0 }) + '\n');
  process.exit(0);
}

const { corpus } = await import('./corpus.mjs');
const articles = corpus(corpusName);
const bytes = articles.map((t) => Buffer.byteLength(t, 'utf8'));
const fn = await peer.load();

// Warm-up: a tenth of the corpus (at least 20 articles), not timed.
const warm = Math.max(20, Math.floor(articles.length / 10));
for (let i = 0; i < warm; i++) fn(articles[i % articles.length]);

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
