// Deterministic benchmark corpora built from the seed articles (seeds/texts).
//
//   seedCorpus(bytes)       the five seeds repeated, in order, until about `bytes` of UTF-8
//   syntheticCorpus(n, kb)  n realistic articles of about `kb` KB each: a headline, a dateline,
//                           then paragraphs drawn from the seeds of one language by a seeded PRNG,
//                           with names and numbers varied so no two articles are the same text
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEEDS = fileURLToPath(new URL('../seeds/texts/', import.meta.url));

/** The seed articles, sorted by file name. */
export function seedTexts() {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
}

/** mulberry32: a tiny seeded PRNG, so every run builds the same corpus. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bytesOf = (s) => Buffer.byteLength(s, 'utf8');

/** The seeds repeated to about `bytes` bytes: a list of articles. */
export function seedCorpus(bytes = 1 << 20) {
  const seeds = seedTexts();
  const out = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const t = seeds[i % seeds.length];
    out.push(t);
    total += bytesOf(t);
  }
  return out;
}

const NAMES = [
  'Anna Kowalska', 'John Miller', 'Maria Santos', 'Dmitry Volkov', 'Sarah O’Neill', 'Piotr Nowak',
  'Ahmed Hassan', 'Li Wei', 'Carlos Mendoza', 'Emily Clarke', 'Tomasz Wiśniewski', 'Olga Petrova',
];
const CITIES = ['WASHINGTON', 'MOSCOW', 'WARSAW', 'CARACAS', 'BRUSSELS', 'LONDON', 'KYIV', 'BERLIN'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `n` articles of about `kb` KB each, deterministic for a given `seed`. */
export function syntheticCorpus(n = 100, kb = 10, seed = 7) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const seeds = seedTexts();
  // Paragraph pools per seed article; an article draws from one seed's language.
  const pools = seeds.map((t) => t.split(/\r?\n/u).filter((l) => l.trim().length > 0));
  const out = [];
  for (let a = 0; a < n; a++) {
    const pool = pools[a % pools.length];
    const target = kb * 1024;
    const parts = [];
    parts.push(pool[0]);
    const dateline = `${pick(CITIES)}, ${pick(MONTHS)} ${1 + Math.floor(rand() * 28)}, ${2020 + Math.floor(rand() * 6)} — `;
    parts.push(dateline + pick(pool.slice(1)));
    let size = bytesOf(parts.join('\n\n'));
    while (size < target) {
      let p = pick(pool.slice(1));
      // Vary the text: swap in another name and shift the numbers.
      if (rand() < 0.5) p = p.replace(/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/u, pick(NAMES));
      if (rand() < 0.5) p = p.replace(/\d+/u, (d) => String(Number(d) + 1 + Math.floor(rand() * 90)));
      parts.push(p);
      size += bytesOf(p) + 2;
    }
    out.push(parts.join('\n\n'));
  }
  return out;
}

/** The named corpora of the benchmark. */
export function corpus(name) {
  if (name === 'seeds-1mb') return seedCorpus(1 << 20);
  if (name === 'synthetic-10kb') return syntheticCorpus(120, 10, 7);
  throw new Error(`unknown corpus ${name}`);
}
export const CORPORA = ['seeds-1mb', 'synthetic-10kb'];
