import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/index.js';

// Linear time (issue 7): doubling the input roughly doubles the time, also on adversarial
// text. No absolute timings: only the ratio time(2n) / time(n), after a warm-up, the best of
// a few runs, against a generous bound (a quadratic stage gives about 4).
const RATIO = 3.5;

const SEEDS = join(__dirname, '../../seeds/texts');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

/** `parts(i)` repeated until `n` characters. */
function repeat(n: number, parts: (i: number) => string): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const p = parts(i);
    out.push(p);
    len += p.length;
  }
  return out.join('').slice(0, n);
}
const cycle = (xs: readonly string[]) => (i: number) => xs[i % xs.length]!;

/** A full collection before a measurement, when the runner exposes it (vitest.config.ts): no run pays for the last one's garbage. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function timeOf(text: string, calls: number, language: string): number {
  collect();
  const t0 = performance.now();
  for (let k = 0; k < calls; k++) analyze(text, { language });
  return (performance.now() - t0) / calls;
}

/**
 * time(2n) / time(n) after a warm-up. Each measurement repeats the call until it lasts at
 * least 80 ms (garbage collection pauses average out), and the fastest of `runs` measurements counts: other work on the machine (the
 * other test files run in parallel) only ever adds time.
 */
function doublingRatio(make: (n: number) => string, n: number, runs = 5, language = 'en'): { ratio: number; small: number; large: number } {
  const a = make(n);
  const b = make(2 * n);
  const first = timeOf(a, 1, language);
  const calls = Math.min(50, Math.max(1, Math.ceil(80 / Math.max(first, 0.05))));
  timeOf(b, 1, language);
  const small: number[] = [];
  const large: number[] = [];
  for (let r = 0; r < runs; r++) {
    small.push(timeOf(a, calls, language));
    large.push(timeOf(b, calls, language));
  }
  const s = Math.min(...small);
  const l = Math.min(...large);
  return { ratio: l / s, small: s, large: l };
}

interface Case {
  name: string;
  /** The adversarial text of about n characters. */
  make: (n: number) => string;
  /** n of the smaller input. */
  n: number;
  /** Set when a stage is known to be superlinear on this input: the case is skipped, naming the bug. */
  knownBug?: string;
  /** Measurements of each size (default 3; 1 for the big, slow cases). */
  runs?: number;
  /**
   * The language it is read in (default English): given, so that garbage detected as some unsupported
   * language (`100,000 quote marks` reads as Dutch) still goes through every layer.
   */
  language?: string;
}

const cases: Case[] = [
  {
    name: '100,000 unbalanced quote marks',
    // At 2n: 100,000 opening marks of every kind, none of them closed.
    make: (n) => repeat(n, cycle(['“', 'Word ', '"', 'said ', '„', 'x ', '«', 'y ', '‘', "'"])).slice(0, n),
    n: 250_000,
  },
  {
    name: 'a 500 KB paragraph with no full stop (at 2n), full of speech verbs',
    make: (n) => repeat(n, cycle(['the ', 'minister ', 'said ', 'that ', '1,200 ', 'people ', 'Kowalski ', 'on ', 'Monday ', 'and '])),
    n: 250_000,
    runs: 3,
  },
  {
    // Every cue's content clause would run to the end of the one endless sentence (was quadratic).
    name: 'no full stop, a speech verb and an unclosed quote mark every few words',
    make: (n) => repeat(n, cycle(['“He ', 'said ', 'that ', '"it ', 'was ', '„fine ', "'ok ", '« no '])),
    n: 100_000,
  },
  {
    name: 'a 1 MB paragraph (at 2n) with no full stop and no speech verb',
    make: (n) => repeat(n, cycle(['the ', 'minister ', 'of ', 'the ', 'interior ', 'in ', 'Warsaw ', 'with ', '1,200 ', 'people '])),
    n: 500_000,
    runs: 3,
  },
  {
    name: '100,000 dashes',
    // 100,000 dashes at n, 200,000 at 2n (smaller inputs run in a few ms, where a garbage
    // collection step alone can double the time).
    make: (n) => repeat(n, cycle(['— ', '-', 'word ', '– ', '--', ' ― ', '\n— ', 'Text —'])),
    n: 300_000,
  },
  {
    name: 'every word capitalized',
    make: (n) => repeat(n, cycle(['John ', 'Smith ', 'Said ', 'The ', 'Minister ', 'Of ', 'Defence ', 'Told ', 'Reuters ', 'On ', 'Monday. '])),
    n: 100_000,
  },
  {
    name: 'every word capitalized, no full stop',
    make: (n) => repeat(n, cycle(['John ', 'Smith ', 'The ', 'Minister ', 'Of ', 'Defence ', 'Anna ', 'Maria ', 'Kowalska '])),
    n: 100_000,
  },
  {
    name: 'long runs of digits',
    make: (n) => repeat(n, (i) => (i % 3 === 0 ? '1234567890'.repeat(50) + ' ' : i % 3 === 1 ? '1,000,000,000,000,000 ' : '3.14159.26535.8979 ')),
    n: 200_000,
  },
  {
    name: 'many newlines',
    make: (n) => repeat(n, cycle(['\n', '\r\n', 'a\n', '\n\n\n', '“Quote,” he said.\n', '\u2028', '2025\n'])),
    n: 100_000,
  },
  {
    name: 'month names and numbers',
    make: (n) => repeat(n, cycle(['November ', '2 ', '2025 ', 'last ', 'week ', 'Monday ', '5 ', 'listopada ', 'between ', 'May ', 'and ', 'June. '])),
    n: 100_000,
  },
  {
    name: 'thousands of attributed quotes, each speaker new',
    make: (n) => repeat(n, (i) => `“We will win number ${i},” Senator Jan${i} Kowal${i} said. `),
    n: 200_000,
  },
  {
    // Every anonymous source is weighed against the titled people named near it, not against all of them.
    name: 'thousands of anonymous sources, each with a titled person before it',
    make: (n) => repeat(n, (i) => `Press secretary Jan${i} Kowal${i} said the Body${i} talks went well. “We will win,” a Body${i} spokesman said. `),
    n: 100_000,
  },
  {
    name: 'thousands of distinct organizations and media',
    make: (n) => repeat(n, (i) => `The Agency${i} News said the plan of Acme${i} Corp failed badly this year. `),
    n: 200_000,
  },
  {
    name: 'Polish dialogue lines never closed by a cue',
    make: (n) => repeat(n, cycle(['- Tak jest. ', 'Nie wiem. ', '– Może. ', '(a - b) '])),
    n: 200_000,
    language: 'pl',
  },
  {
    name: 'German positions, Konjunktiv chains and separable verbs, endlessly',
    make: (n) => repeat(n, (i) => `Der Sprecher Hans Maier${i} verteidigte die Pläne. Die Kosten seien gering, gab er am Montag in Berlin bekannt. Das teilte die Stadt mit. `),
    n: 200_000,
    language: 'de',
  },
  {
    // Each coordinated cue looks for the main clause's subject from the sentence start; `demnach`, `heißt es`,
    // an addressee first, and inline sources after semicolons, all in one endless sentence.
    name: 'coordinated cues, anaphoric and impersonal sources in one endless sentence',
    make: (n) => repeat(n, (i) => `“Ja${i}” und sagte der Zeitung, es heißt in dem Brief, demnach sei laut Polizei${i} nichts; nach Angaben (A) und erklärte `),
    n: 100_000,
    language: 'de',
  },
  {
    // The second-place auxiliary, the comma's main clause, `so` after a quote and the Konjunktiv under a stating clause.
    name: 'German auxiliaries, commas and `so` attributions in one endless sentence',
    make: (n) => repeat(n, (i) => `„Ja${i}“, so charakterisierte ihn der Minister${i}, hat am Montag gesagt, der am Sonntag kam, nachdem er sei, weil es habe: „Nein${i}“ `),
    n: 100_000,
    language: 'de',
  },
  {
    // Each participle cue looks back for its clause's start from a second-place auxiliary: within a phrase's reach.
    name: 'German second-place auxiliaries and participle cues in one endless sentence with no comma',
    make: (n) => repeat(n, (i) => `der Minister${i} hat es gesagt und `),
    n: 200_000,
    language: 'de',
  },
  {
    name: 'an endless English sentence of quotes and coordinated cues',
    make: (n) => repeat(n, (i) => `At a briefing “we will win${i}” and said that Mr. Smith${i} told reporters and added `),
    n: 100_000,
  },
  {
    name: 'a 10 MB input (realistic text)',
    make: (n) => repeat(n, (i) => seeds[i % seeds.length]! + '\n\n'),
    n: 5_000_000,
    runs: 3,
    language: 'auto',
  },
];

describe('analyze() takes time linear in its input', () => {
  for (const c of cases) {
    const test = c.knownBug ? it.skip : it;
    test(`${c.name}${c.knownBug ? ` — skipped, known bug: ${c.knownBug}` : ''}`, () => {
      const { ratio, small, large } = doublingRatio(c.make, c.n, c.runs, c.language);
      expect(ratio, `time(2n)/time(n) = ${large.toFixed(1)} ms / ${small.toFixed(1)} ms`).toBeLessThan(RATIO);
    }, 180_000);
  }
});
