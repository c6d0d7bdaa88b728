import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { locales } from '../locales/registry.js';

// franc chooses among the supported languages and their usual neighbours, so that a
// German or Czech article is reported as such instead of as the nearest supported one.
const NEIGHBOURS: Record<string, string> = {
  deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', rus: 'ru', ukr: 'uk', nld: 'nl', ces: 'cs', slk: 'sk',
};
const ISO1: Record<string, string> = {
  ...NEIGHBOURS,
  ...Object.fromEntries(locales.map((l) => [l.iso6393, l.code])),
};
/** The ISO 639-3 codes franc may answer. */
export const CANDIDATES: readonly string[] = Object.keys(ISO1);

/** How many characters of the text franc reads: enough to be sure, few enough to be fast. */
export const LANGUAGE_SAMPLE = 600;
const MIN_LETTERS = 20;
const LETTER = /\p{L}/u;

/**
 * The language of a text sample as an ISO 639-1 code, or 'und' when there are too
 * few letters to tell. `sample` should already skip boilerplate.
 */
export function detectLanguageOfSample(sample: string): string {
  const s = sample.length > LANGUAGE_SAMPLE ? sample.slice(0, LANGUAGE_SAMPLE) : sample;
  let letters = 0;
  for (const ch of s) if (LETTER.test(ch) && ++letters >= MIN_LETTERS) break;
  if (letters < MIN_LETTERS) return 'und';
  // A short text has too few trigrams for franc: its function words decide, when they do.
  if (s.length < SHORT_SAMPLE) {
    const byWords = languageByStopwords(s);
    if (byWords) return byWords;
  }
  const code = francOnly(s, MIN_LETTERS);
  return ISO1[code] ?? 'und';
}

/** Below this many characters, function words are read before trigrams. */
export const SHORT_SAMPLE = 400;
const WORD = /[\p{L}]+/gu;
let stopwordSets: Array<{ code: string; words: ReadonlySet<string> }> | null = null;

/** The supported language whose function words the sample holds most of (two more than any other), or null. */
function languageByStopwords(sample: string): string | null {
  stopwordSets ??= locales.map((l) => ({ code: l.code, words: new Set(l.text.stopwords) }));
  const hits = new Map<string, number>();
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    for (const { code, words } of stopwordSets) if (words.has(m[0])) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && best[1] - second[1] < 2)) return null;
  return best[0];
}

// ---------------------------------------------------------------------------------------
// franc, restricted to the candidate languages.
//
// This is franc 6's algorithm (`franc(value, { only: CANDIDATES, minLength })`) on franc's
// own data, giving the same answer for every input, but built for our use. franc
// constructs trigram tables for all of its ~400 languages when it is imported (most of its
// import time) and, per call, matches 30 script regexes over the sample, builds a trigram
// object, sorts it and looks every trigram up in every candidate's table (three quarters of
// analyze() when profiled). Here only the candidates' tables are built, on the first call,
// as flat typed arrays; the script of each character is found once and cached; trigrams
// are counted in a reused typed array. franc's distance is a sum over distinct trigrams,
// so no sort is needed, and a trigram in no candidate's model costs every candidate the
// same, so it can be skipped. `test/robustness/language.test.ts` checks the equivalence
// against franc itself.
// ---------------------------------------------------------------------------------------

/** franc reads at most this many UTF-16 code units. */
const MAX_LENGTH = 2048;
/** franc's penalty for a trigram the language model does not hold. */
const MAX_DIFFERENCE = 300;

const SCRIPTS = Object.keys(expressions);
/** Per script: the anchored, non-global form of franc's expression. */
const SCRIPT_TESTS = SCRIPTS.map((s) => new RegExp(`^(?:${expressions[s]!.source})$`));

/** The candidate languages of one script, with every trigram's rank in each of their models. */
interface ScriptModels {
  /** ISO 639-3 codes, in franc's data order. */
  codes: string[];
  /** Trigram id (see `Tables.alphabet`) → its dense index in this script: an open-addressing table. */
  dense: IdTable;
  /**
   * The models holding each trigram, as runs: dense trigram d's are entries `[first[d], first[d + 1])`
   * of `language` (the candidate's index in `codes`) and `rank` (the trigram's rank in its model).
   * A trigram is in a few of the models only: reading just those, and charging every model the
   * penalty for each trigram up front, takes a fraction of the time of a dense table.
   */
  first: Int32Array;
  language: Uint8Array;
  rank: Int16Array;
  /** Scratch: the count of each dense trigram in the current sample. */
  counts: Uint16Array;
}

interface Tables {
  /** UTF-16 code unit → its index among the code units of all candidate models, or -1. */
  alphabet: Int16Array;
  /** Per script index: the candidates' models, or null for a script without trigram data. */
  scripts: Array<ScriptModels | null>;
}
let tables: Tables | null = null;

/** A fixed set of non-negative integer keys → values, in typed arrays (linear probing). */
interface IdTable {
  keys: Int32Array;
  values: Int32Array;
  mask: number;
  shift: number;
  size: number;
}

function newIdTable(capacity: number): IdTable {
  let bits = 4;
  while (1 << bits < capacity * 4) bits++;
  return { keys: new Int32Array(1 << bits).fill(-1), values: new Int32Array(1 << bits), mask: (1 << bits) - 1, shift: 32 - bits, size: 0 };
}

function idGet(t: IdTable, id: number): number {
  let h = Math.imul(id, 0x9e3779b1) >>> t.shift;
  for (;;) {
    const k = t.keys[h]!;
    if (k === id) return t.values[h]!;
    if (k === -1) return -1;
    h = (h + 1) & t.mask;
  }
}

/** Adds `id` with the next dense index unless present; returns its index. */
function idAdd(t: IdTable, id: number): number {
  let h = Math.imul(id, 0x9e3779b1) >>> t.shift;
  for (;;) {
    const k = t.keys[h]!;
    if (k === id) return t.values[h]!;
    if (k === -1) {
      t.keys[h] = id;
      t.values[h] = t.size;
      return t.size++;
    }
    h = (h + 1) & t.mask;
  }
}

/** Trigram ids are `(a * ALPHABET_MAX + b) * ALPHABET_MAX + c`: below 2^31 for the Int32Array table. */
const ALPHABET_MAX = 1290;

// Built on the first call, so in cold code: one pass over the models' trigrams (franc's data
// strings, split), then the runs of `first` by counting, with no table of every trigram by every
// candidate.
function buildTables(): Tables {
  const allowed = new Set(CANDIDATES);
  const alphabet = new Int16Array(65536).fill(-1);
  let size = 0;
  const indexOf = (c: number): number => {
    let x = alphabet[c]!;
    if (x === -1) {
      if (size >= ALPHABET_MAX) throw new Error('hearsay: franc data changed: too many distinct characters in the models');
      alphabet[c] = x = size++;
    }
    return x;
  };
  const scripts = SCRIPTS.map((script): ScriptModels | null => {
    const languages = data[script];
    if (!languages) return null;
    const codes = Object.keys(languages).filter((code) => allowed.has(code));
    const k = codes.length;
    if (k > 255) throw new Error('hearsay: franc data changed: too many candidates in one script');
    const models = codes.map((code) => languages[code]!.split('|'));
    const total = models.reduce((n, grams) => n + grams.length, 0);
    const dense = newIdTable(total);
    // Per entry (a trigram in one model): its dense index, candidate and rank; `last[d]`: the last candidate holding d.
    const entryTrigram = new Int32Array(total);
    const entryLanguage = new Uint8Array(total);
    const entryRank = new Int16Array(total);
    const last = new Int16Array(total).fill(-1);
    let entries = 0;
    for (let j = 0; j < k; j++) {
      const grams = models[j]!;
      // A rank counts the trigrams only (franc drops the rest of the list).
      let w = 0;
      for (const g of grams) {
        if (g.length !== 3) continue;
        const d = idAdd(dense, (indexOf(g.charCodeAt(0)) * ALPHABET_MAX + indexOf(g.charCodeAt(1))) * ALPHABET_MAX + indexOf(g.charCodeAt(2)));
        // franc keeps the first index of a trigram listed twice.
        if (last[d] !== j) {
          last[d] = j;
          entryTrigram[entries] = d;
          entryLanguage[entries] = j;
          entryRank[entries++] = w;
        }
        w++;
      }
    }
    // The entries grouped by trigram (a counting sort; within a trigram, in candidate order).
    const first = new Int32Array(dense.size + 1);
    for (let e = 0; e < entries; e++) first[entryTrigram[e]! + 1]!++;
    for (let d = 0; d < dense.size; d++) first[d + 1]! += first[d]!;
    const fill = first.slice(0, dense.size);
    const language = new Uint8Array(entries);
    const rank = new Int16Array(entries);
    for (let e = 0; e < entries; e++) {
      const at = fill[entryTrigram[e]!]!++;
      language[at] = entryLanguage[e]!;
      rank[at] = entryRank[e]!;
    }
    return { codes, dense, first, language, rank, counts: new Uint16Array(dense.size) };
  });
  return { alphabet, scripts };
}

/** Code point → bitmask of the scripts (indexes into SCRIPTS) whose expression matches it; -1 until tested. */
const bmpScripts = new Int32Array(0x10000).fill(-1);
const astralScripts = new Map<number, number>();

function testScripts(cp: number): number {
  let mask = 0;
  const ch = String.fromCodePoint(cp);
  for (let i = 0; i < SCRIPT_TESTS.length; i++) if (SCRIPT_TESTS[i]!.test(ch)) mask |= 1 << i;
  return mask;
}

function scriptsOf(cp: number): number {
  if (cp < 0x10000) {
    let mask = bmpScripts[cp]!;
    if (mask < 0) bmpScripts[cp] = mask = testScripts(cp);
    return mask;
  }
  let mask = astralScripts.get(cp);
  if (mask === undefined) {
    mask = testScripts(cp);
    // Bound the cache: scraped text can hold any number of distinct characters.
    if (astralScripts.size < 4096) astralScripts.set(cp, mask);
  }
  return mask;
}

/** Scratch: per script (index into SCRIPTS), how many characters of the sample it holds. */
const scriptCounts = new Int32Array(SCRIPTS.length);

/** The script with the most characters in `scriptCounts`; the first listed wins a tie, as in franc. */
function topScript(): { script: number; count: number } {
  let script = -1;
  let count = -1;
  for (let s = 0; s < scriptCounts.length; s++) {
    if (scriptCounts[s]! > count) {
      count = scriptCounts[s]!;
      script = s;
    }
  }
  return { script, count };
}

// franc replaces runs of ASCII punctuation and digits with a space, then every run of white
// space with one space. Both at once: every run of either becomes one space; a lone space,
// by far the most common run, is left as it is instead of being replaced by itself.
const PUNCT_OR_SPACE_RUN = /(?:[\u0021-\u0040]|[^\S ])[\u0021-\u0040\s]*| [\u0021-\u0040\s]+/g;
/** Scratch: the dense indexes seen in the current sample. */
let seen = new Int32Array(MAX_LENGTH + 2);
/** Scratch: the alphabet indexes of franc's normalized sample (fast path). */
let units = new Int16Array(MAX_LENGTH + 2);

// The fast path builds franc's normalized text as alphabet indexes, in one pass, without the
// replace, trim and toLowerCase: every maximal run of ASCII punctuation, digits and white space
// (which is what the replace leaves one space of, and trim takes off both ends) becomes one
// space between the others, and each remaining code unit is lowercased by itself. Lowercasing
// is by code unit except for Σ (final sigma depends on what follows), İ (which lowercases to
// two code units) and surrogates (an astral letter lowercases as a pair): a sample holding any
// of them takes the slow path, franc's own steps.
const UNKNOWN = -2;
const SLOW = -3;
/** Code unit → the alphabet index of its lowercase (-1 for none), SLOW, or UNKNOWN until asked. */
let lowerIndexes: Int16Array | null = null;

function lowerIndexOf(c: number, alphabet: Int16Array): number {
  if (c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) return SLOW;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? alphabet[l.charCodeAt(0)]! : SLOW;
}

/** True for ASCII punctuation and digits (U+0021–U+0040) and the white space of `\s` and trim. */
function isPunctOrSpace(c: number): boolean {
  if (c <= 0x40) return c >= 0x21 || c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * One pass over the sample for both things franc reads of it. The characters of each script, into
 * `scriptCounts` (a well-formed surrogate pair is one character, a lone surrogate is tested on its
 * own; plain ASCII letters are Latin, the rest of ASCII in no script). And the alphabet indexes of
 * `' ' + v.replace(PUNCT_OR_SPACE_RUN, ' ').trim().toLowerCase() + ' '` into `units`, returning their
 * count; or -1 when `v` holds a code unit that must take the slow path.
 */
function readSample(v: string, alphabet: Int16Array): number {
  const table = (lowerIndexes ??= new Int16Array(0x10000).fill(UNKNOWN));
  const counts = scriptCounts;
  counts.fill(0);
  let latin = 0;
  const space = alphabet[32]!;
  if (units.length < v.length + 2) units = new Int16Array(v.length + 2);
  const out = units;
  out[0] = space;
  let n = 1;
  let pending = false;
  let slow = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
      else if (isPunctOrSpace(c)) {
        pending = true;
        continue;
      }
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdfff) {
        slow = true;
        if (c <= 0xdbff && i + 1 < v.length) {
          const d = v.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
            i++;
          }
        }
      }
      let mask = scriptsOf(cp);
      for (let s = 0; mask !== 0; s++, mask >>>= 1) if (mask & 1) counts[s]!++;
      if (slow) continue;
      if (isPunctOrSpace(c)) {
        pending = true;
        continue;
      }
    }
    if (slow) continue;
    let x = table[c]!;
    if (x === UNKNOWN) table[c] = x = lowerIndexOf(c, alphabet);
    if (x === SLOW) {
      slow = true;
      continue;
    }
    if (pending) {
      if (n > 1) out[n++] = space;
      pending = false;
    }
    out[n++] = x;
  }
  counts[1]! += latin;
  out[n++] = space;
  return slow ? -1 : n;
}

/** The alphabet indexes of franc's normalized sample, the straightforward way (into `units`). */
function normalizedUnitsSlow(v: string, alphabet: Int16Array): number {
  const t = ' ' + v.replace(PUNCT_OR_SPACE_RUN, ' ').trim().toLowerCase() + ' ';
  // toLowerCase can lengthen the text ('İ' → 'i̇'): grow the scratch when it does.
  if (units.length < t.length) units = new Int16Array(t.length);
  for (let i = 0; i < t.length; i++) units[i] = alphabet[t.charCodeAt(i)]!;
  return t.length;
}

/** `franc(value, { only: CANDIDATES, minLength })`, as an ISO 639-3 code or 'und'. */
export function francOnly(value: string, minLength: number): string {
  if (!value || value.length < minLength) return 'und';
  const v = value.slice(0, MAX_LENGTH);
  // The ASCII shortcut of readSample counts Latin as the second script, as franc lists it.
  if (SCRIPTS[1] !== 'Latin') throw new Error('hearsay: franc data changed: Latin is not the second script');
  tables ??= buildTables();
  const { alphabet } = tables;
  // franc's trigrams: ASCII punctuation and digits to spaces, spaces collapsed, lower case, padded.
  let length = readSample(v, alphabet);
  const { script, count } = topScript();
  const model = tables.scripts[script];
  // A script without trigram data (Han, Thai, …) stands for one language, named like the script.
  if (!model) return count > 0 && CANDIDATES.includes(SCRIPTS[script]!) ? SCRIPTS[script]! : 'und';
  const k = model.codes.length;
  if (k === 0) return 'und';

  if (length < 0) length = normalizedUnitsSlow(v, alphabet);
  const { dense, counts, first, language, rank } = model;
  if (seen.length < length) seen = new Int32Array(length);
  const u = units;
  let distinct = 0;
  let a = u[0]!;
  let b = length > 1 ? u[1]! : -1;
  for (let i = 2; i < length; i++) {
    const c = u[i]!;
    if (a >= 0 && b >= 0 && c >= 0) {
      const d = idGet(dense, (a * ALPHABET_MAX + b) * ALPHABET_MAX + c);
      if (d >= 0 && counts[d]!++ === 0) seen[distinct++] = d;
    }
    a = b;
    b = c;
  }

  // franc's distance to a model: the sum over the sample's distinct trigrams of |count − rank − 1|
  // where the model holds the trigram, MAX_DIFFERENCE where it does not. Trigrams in no model were
  // skipped above (they cost every model the same). Integer sums: the order of addition is free.
  const distances = new Float64Array(k).fill(MAX_DIFFERENCE * distinct);
  for (let x = 0; x < distinct; x++) {
    const d = seen[x]!;
    const n = counts[d]!;
    counts[d] = 0;
    for (let e = first[d]!, stop = first[d + 1]!; e < stop; e++) {
      distances[language[e]!]! += Math.abs(n - rank[e]! - 1) - MAX_DIFFERENCE;
    }
  }
  // The lowest distance wins; the first in franc's order wins a tie (franc's sort is stable).
  let best = 0;
  for (let j = 1; j < k; j++) if (distances[j]! < distances[best]!) best = j;
  return model.codes[best]!;
}
