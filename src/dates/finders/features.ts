import type { Token } from '../../document/types.js';
import { keyOf, L, R, type Lexicon } from '../lexicon.js';
import type { Scan } from '../types.js';
import { matches, pattern } from './scan.js';

// What a span holds, as bits: a digit, and the kinds of date words in it. A finder runs only on a
// span with its anchor (finders/index.ts): the bits are read once per span, from its tokens when
// the Document has them, else from the text.

export const DIGIT = 1;
export const MONTH = 2;
export const WEEKDAY = 4;
export const RELATIVE_DAY = 8;
export const UNIT = 16;
export const SEASON = 32;
export const HOLIDAY = 64;

/** The kinds of date words, each a bit, with the locale tables that hold its words. */
const KINDS: ReadonlyArray<readonly [number, (lex: Lexicon) => readonly string[]]> = [
  [MONTH, (lex) => [...lex.lists.month, ...lex.lists.monthAbbr]],
  [WEEKDAY, (lex) => lex.lists.weekday],
  [RELATIVE_DAY, (lex) => lex.lists.relDay],
  [UNIT, (lex) => lex.lists.unit],
  [SEASON, (lex) => lex.lists.season],
  [HOLIDAY, (lex) => lex.lists.holiday],
];

/** A date phrase of several words (`the day before yesterday`): its kind, and its words after the first. */
interface Phrase {
  bit: number;
  rest: readonly string[];
}

/** Set in `byWord` and `byToken` for a word that opens a `Phrase`: the tokens after it are read. */
const PHRASE = 1 << 30;

/** Per lexicon: each date word (key) → its kinds; each first word of a date phrase → the kinds it may start. */
interface KindTables {
  byKey: Map<string, number>;
  /** Each first word (split at joiners) of a date word → its kinds: what a part of a hyphenated word is looked up in. */
  byFirstWord: Map<string, number>;
  /**
   * A whole word without joiners → the kinds it may start, as `byFirstWord`, but with `PHRASE`
   * instead of the kinds of the phrases it opens (`the`, `this`, `new`): those need their words after.
   */
  byWord: Map<string, number>;
  /** The phrases each word of `byWord` with `PHRASE` opens. */
  phrases: Map<string, Phrase[]>;
  /**
   * Per pair of ASCII first characters of those first words (`c0 * 128 + c1`; `c1` 0 for a word of
   * one character), their lengths (a bit each; 31: 31 and more).
   */
  firstWordLengths: Uint32Array;
  /** Word tokens already read (lowercase) → their bits (`PHRASE` included); bounded. */
  byToken: Map<string, number>;
}

const tables = new WeakMap<Lexicon, KindTables>();
/** How many distinct word tokens are remembered per lexicon. */
const TOKEN_CACHE = 50_000;

/** A word the Document's tokenizer reads as one word token (tokens.ts), with no joiner in it. */
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}]+$/u;
/** A word the Document's tokenizer reads as one word token, joiners allowed. */
const TOKEN_WORD = /^[\p{L}\p{M}\p{N}]+(?:[’'.\-‐][\p{L}\p{M}\p{N}]+)*$/u;

/**
 * The words of a date phrase, when each is one word token and the first has no joiner: the tokens
 * after its first word can then tell it is not there. Else null (its first word alone counts).
 */
function phraseWords(key: string): string[] | null {
  const words = key.split(' ');
  if (words.length < 2 || !PLAIN_WORD.test(words[0]!) || !words.every((w) => TOKEN_WORD.test(w))) return null;
  return words;
}

function tablesOf(lex: Lexicon): KindTables {
  let t = tables.get(lex);
  if (!t) {
    t = { byKey: new Map(), byFirstWord: new Map(), byWord: new Map(), phrases: new Map(), firstWordLengths: new Uint32Array(128 * 128), byToken: new Map() };
    for (const [bit, words] of KINDS) {
      for (const word of words(lex)) {
        const key = keyOf(word);
        t.byKey.set(key, (t.byKey.get(key) ?? 0) | bit);
        const first = key.split(/[\s\-‐’'.]+/u)[0]!;
        t.byFirstWord.set(first, (t.byFirstWord.get(first) ?? 0) | bit);
        const phrase = phraseWords(key);
        if (phrase) {
          t.byWord.set(first, (t.byWord.get(first) ?? 0) | PHRASE);
          const list = t.phrases.get(first) ?? [];
          list.push({ bit, rest: phrase.slice(1) });
          t.phrases.set(first, list);
        } else t.byWord.set(first, (t.byWord.get(first) ?? 0) | bit);
        const pair = asciiPair(first);
        if (pair >= 0) t.firstWordLengths[pair]! |= 1 << Math.min(first.length, 31);
      }
    }
    tables.set(lex, t);
  }
  return t;
}

/** The first two characters of a word as `c0 * 128 + c1` (`c1` 0 for one character), or -1 beyond ASCII. */
function asciiPair(w: string): number {
  const c0 = w.charCodeAt(0);
  const c1 = w.length > 1 ? w.charCodeAt(1) : 0;
  return c0 < 128 && c1 < 128 ? c0 * 128 + c1 : -1;
}

/** True when a lowercase word holds one of the joiners `-` `‐` `’` `'` `.` (what `/[\-‐’'.]/u` finds). */
function hasJoiner(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2019 || c === 39 || c === 46) return true;
  }
  return false;
}

const SPLIT_PARTS = /[\-‐’'.]+/u;
const HAS_NUMBER = /\p{N}/u;

/**
 * The bits of one word token: the kinds its word may start (with `PHRASE` for the phrases it
 * opens), and of each part of a hyphenated word (`mid-December`, `mid-1990s`).
 */
function bitsOfWord(lower: string, t: KindTables): number {
  if (!hasJoiner(lower)) return t.byWord.get(lower) ?? 0;
  let bits = 0;
  for (const part of lower.split(SPLIT_PARTS)) {
    if (HAS_NUMBER.test(part)) bits |= DIGIT;
    else bits |= t.byFirstWord.get(part) ?? 0;
  }
  return bits;
}

/** True when a token's text holds a character beyond ASCII (case folding then is left to the regex). */
function beyondAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return true;
  return false;
}

/**
 * The kinds of the phrases opening at token `i` (a whole word) that its next tokens may hold: a
 * word in the middle of a phrase is the whole token (white space only around it), the last one
 * begins its token (`yesterday's`). A token beyond ASCII may match any word (the regex folds case).
 */
function phraseBits(tokens: readonly Token[], i: number, to: number, phrases: readonly Phrase[]): number {
  let bits = 0;
  for (const { bit, rest } of phrases) {
    if (bits & bit || i + rest.length >= to) continue;
    let ok = true;
    for (let k = 0; k < rest.length && ok; k++) {
      const token = tokens[i + 1 + k]!;
      const w = rest[k]!;
      ok = (k === rest.length - 1 ? token.lower.startsWith(w) : token.lower === w) || beyondAscii(token.text);
    }
    if (ok) bits |= bit;
  }
  return bits;
}

/** The bits of a span from the Document's tokens `[from, to)`: one lookup per word, remembered per lexicon. */
export function featuresOfTokens(tokens: readonly Token[], from: number, to: number, lex: Lexicon): number {
  const t = tablesOf(lex);
  let bits = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'number') bits |= DIGIT;
    else if (token.kind === 'word') {
      const w = token.lower;
      // Most words start no date phrase by their first two letters and length alone: no lookup for them.
      const pair = asciiPair(w);
      if (pair >= 0 && !((t.firstWordLengths[pair]! >>> Math.min(w.length, 31)) & 1) && !hasJoiner(w)) continue;
      let b = t.byToken.get(token.lower);
      if (b === undefined) {
        b = bitsOfWord(token.lower, t);
        if (t.byToken.size < TOKEN_CACHE) t.byToken.set(token.lower, b);
      }
      if (b & PHRASE) {
        b &= ~PHRASE;
        b |= phraseBits(tokens, i, to, t.phrases.get(token.lower)!);
      }
      bits |= b;
    }
  }
  return bits;
}

/** Any date word, whole (what a span without tokens is read for). */
const dateWord = pattern({
  source: (lex) => `${L}(?:${lex.dateWord})${R}`,
  starts: { lists: ['month', 'monthAbbr', 'weekday', 'relDay', 'unit', 'season', 'holiday'] },
  anchor: 0,
});

/** The pattern `featuresOf` reads: a span read by it needs its candidates. */
export const dateWordId = dateWord.id;

const DIGIT_RE = /\d/u;

/**
 * The bits of a span from its text (for text not yet tokenized: the head lines): any ASCII digit,
 * and the kinds of the date words in it, read left to right without overlap. Date words hold no
 * digit (the lexicon checks), so no digit is inside one.
 */
export function featuresOf(scan: Scan): number {
  const t = tablesOf(scan.lex);
  let bits = DIGIT_RE.test(scan.slice) ? DIGIT : 0;
  for (const { m } of matches(scan, dateWord)) bits |= t.byKey.get(keyOf(m[0])) ?? 0;
  return bits;
}
