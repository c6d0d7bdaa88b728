import { classesOf } from '../../document/code-points.js';
import { escape, type Lexicon, type ListName } from '../lexicon.js';

// Every finder regex opens with a lookbehind that rules out a letter or digit before the match
// (`(?<![\p{L}\p{N}])`, or a stricter one), and its first character is a digit, an apostrophe
// (`'90s`) or the first letter of a word from the locale's lists. So a match can only begin where
// a run of letters and digits begins, or at an apostrophe after no letter or digit, and only where
// one of its words begins. One pass over a sentence finds those places for every pattern at once
// (a trie of the words' first characters); each regex is then tried (sticky) at its own places
// only, and finds exactly the matches a global scan finds, without running the lookbehind and the
// word alternation at every character.

/** What a pattern's match begins with: digits, an apostrophe, or a word of these lists. */
export interface Starts {
  /**
   * What a match beginning with a digit begins with: `#` is a run of ASCII digits (`#4`: exactly
   * four, `#1` to `#4`), a space a run of white space, `{list}` (last only) any word of the list;
   * other characters stand for themselves (ASCII). `['#']`: any run of digits. A shape may stop
   * short of what the regex reads after it (`#4` for `\d{4}(?!\d)`), never ask for more.
   */
  digits?: readonly string[];
  apostrophe?: boolean;
  /**
   * In every pattern, a word of these lists is followed by something other than a letter
   * (`\s+`, `(?![\p{L}\p{N}])`, `\.`, a digit): the trie relies on it to pass over `and` for `a`.
   */
  lists?: readonly ListName[];
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
/** Per code point beyond ASCII: 3 for a letter, 2 for another letter or digit, 1 for anything else, remembered. */
const letterOrDigitClass = classesOf((ch) => (LETTER.test(ch) ? 3 : LETTER_OR_DIGIT.test(ch) ? 2 : 1));

/** True for a `\p{L}` or `\p{N}` code point (what the lookbehind rules out). */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || ((cp | 0x20) >= 97 && (cp | 0x20) <= 122);
  return letterOrDigitClass(cp) >= 2;
}

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 0x20 : c);
/** White space as `\s` reads it, in ASCII: a space in a word matches a run of it. */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** How many characters of a word the trie holds (a run of digits counts as one). */
const DEPTH = 6;
/** Runs of digits the trie tells apart by length: 1 to `RUNS - 1` digits, and `RUNS` or more. */
const RUNS = 5;
/** The trie's symbol for a run of `n` digits (after the 128 ASCII characters). */
const runSymbol = (n: number): number => 127 + Math.min(n, RUNS);
/** The trie's symbol for the `k`th letter beyond ASCII its words hold (after the runs of digits). */
const letterSymbol = (k: number): number => 128 + RUNS + k;
/** How many symbols the trie tells apart: ASCII, runs of digits, and letters beyond ASCII of its words. */
const SYMBOLS = 1024;
/** `textSymbol`: not yet worked out; no symbol (the letter begins no word here); several (read as any). */
const UNKNOWN = -2;
const NO_SYMBOL = -1;
const ANY_SYMBOL = -3;
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const ASCII_DIGIT = /[0-9]/u;


/** ASCII characters a non-ASCII character of a word matches case-insensitively (`ſ` → `s`, `K` Kelvin → `k`). */
const asciiFolds = new Map<number, number[]>();
function asciiMatchesOf(cp: number): number[] {
  let out = asciiFolds.get(cp);
  if (!out) {
    const re = new RegExp(`^${escape(String.fromCodePoint(cp))}$`, 'iu');
    out = [];
    for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) out.push(lowerAscii(c));
    asciiFolds.set(cp, out);
  }
  return out;
}

/**
 * A trie of the first characters of every pattern's words (up to `DEPTH`; a space stands for a
 * run of white space), over ASCII in lowercase, each state with the patterns (a bit each) it
 * decides. It errs only towards yes: a non-ASCII character of the text is taken to match (case
 * folding and Unicode white space are left to the regex).
 */
export class StartTrie {
  /** Patterns whose word prefix is complete (cut at `DEPTH`): a match may begin. */
  private readonly done: number[] = [0];
  /** Patterns whose whole word ends here: a match may begin unless a letter follows. */
  private readonly end: number[] = [0];
  /** Patterns with a word going on from here: a non-ASCII character next may continue it. */
  private readonly more: number[] = [0];
  /** Patterns still possible from here: `done | end | more`. */
  private live: number[] = [];
  /** `state * SYMBOLS + symbol` → next state while building; flattened into `table` after. */
  private readonly next = new Map<number, number>();
  /** The character (or run of digits, `runSymbol`) → its column in `table`, -1 for one no word holds. */
  private readonly column = new Int16Array(SYMBOLS).fill(-1);
  /** The letters beyond ASCII (BMP) its words hold, lowercase → their symbol. */
  private readonly letters = new Map<string, number>();
  /** Each letter's case-insensitive test (`/^x$/iu`), by its index. */
  private readonly letterTests: RegExp[] = [];
  /**
   * Per BMP letter beyond ASCII met in a text: the one symbol it may match in a word (an ASCII
   * letter it folds to, as `ſ` to `s`, or a letter of the words, as `Ś` to `ś`), `NO_SYMBOL`,
   * or `ANY_SYMBOL` for several; `UNKNOWN` until first met.
   */
  private readonly textSymbols = new Int16Array(0x10000).fill(UNKNOWN);
  private width = 0;
  /** `state * width + column` → next state, -1 for none: 16 bits a state while they fit (half the cache lines). */
  private table: Int16Array | Int32Array = new Int16Array(0);
  /**
   * Per ASCII character, the patterns still possible after it as the first character of a match
   * (`live` of the state it leads to; 0 when no word begins with it): where this holds none of the
   * wanted ones, `startsAt` would return 0 at once.
   */
  private first = new Int32Array(128);

  /** `patterns[id]` are the starts of pattern `id` (at most 32 patterns: a bit each). */
  constructor(lex: Lexicon, patterns: readonly Starts[]) {
    if (patterns.length > 32) throw new Error('at most 32 date patterns');
    patterns.forEach((starts, id) => {
      const bit = 1 << id;
      for (const shape of starts.digits ?? []) this.addDigits(shape, bit, lex);
      if (starts.apostrophe) this.done[this.step(0, 39, bit)]! |= bit;
      for (const name of starts.lists ?? []) for (const word of lex.lists[name]) this.add([0], 0, word, bit);
    });
    this.flatten();
  }

  /** The state after `c` from `state`, made when missing. */
  private step(state: number, c: number, bit: number): number {
    this.more[state]! |= bit;
    const key = state * SYMBOLS + c;
    let to = this.next.get(key);
    if (to === undefined) {
      to = this.done.length;
      this.done.push(0);
      this.end.push(0);
      this.more.push(0);
      this.next.set(key, to);
      if (this.column[c] === -1) this.column[c] = this.width++;
    }
    return to;
  }

  /** A shape of digits (`Starts.digits`): its runs and characters, then its list's words. */
  private addDigits(shape: string, bit: number, lex: Lexicon): void {
    const open = shape.indexOf('{');
    const head = open < 0 ? shape : shape.slice(0, open);
    const listName = open < 0 ? undefined : shape.slice(open + 1, -1);
    const list = listName === undefined ? undefined : lex.lists[listName as ListName];
    if (!head.startsWith('#') || (open >= 0 && (!shape.endsWith('}') || !list))) throw new Error(`bad digit shape '${shape}'`);
    let states = [0];
    let depth = 0;
    let last = 0;
    for (let k = 0; k < head.length; k++) {
      const c = head.charCodeAt(k);
      if (c === 32 && last === 32) continue;
      last = c;
      if (depth === DEPTH) {
        for (const st of states) this.done[st]! |= bit;
        return;
      }
      let symbols: number[];
      if (c === 35) {
        // `#`: a run of any length; `#1` to `#4`: of that length.
        const n = head.charCodeAt(k + 1) - 48;
        if (n >= 1 && n <= 4) {
          symbols = [runSymbol(n)];
          k++;
        } else symbols = Array.from({ length: RUNS }, (_, r) => runSymbol(r + 1));
      } else if (c < 32 || c > 126 || isAsciiDigit(c) || c === 123 || c === 125) {
        throw new Error(`bad digit shape '${shape}'`);
      } else symbols = [lowerAscii(c)];
      for (const st of states) this.more[st]! |= bit;
      states = states.flatMap((st) => symbols.map((sym) => this.step(st, sym, bit)));
      depth++;
    }
    if (!list) {
      for (const st of states) this.done[st]! |= bit;
      return;
    }
    // A space before the list's words is the last thing read: they go on from there.
    for (const word of list) this.add(states, depth, word, bit, last);
  }

  /** Adds `word` from `from` (states reached after `depth` characters; `last`: the character before). */
  private add(from: number[], depth: number, word: string, bit: number, last = 0): void {
    if (word === '') return;
    // A word opening with a space or a sign would begin a match where no run of letters begins.
    if (!LETTER_OR_DIGIT.test(String.fromCodePoint(word.codePointAt(0)!))) throw new Error(`date word '${word}' must begin with a letter or digit`);
    // The trie reads a run of digits as one symbol (`runSymbol`); no word holds one.
    if (ASCII_DIGIT.test(word)) throw new Error(`date word '${word}' must hold no digit`);
    let states = from;
    for (const ch of word) {
      const cp = ch.codePointAt(0)!;
      // A space matches a run of white space, which the trie reads as one: `a  few` is `a few`.
      if (cp === 32 && last === 32) continue;
      last = cp;
      // Cut at `DEPTH`; a tab or a line break in a word (the trie reads them as spaces) cuts it before.
      if (depth === DEPTH || (cp !== 32 && isAsciiSpace(cp))) {
        for (const st of states) this.done[st]! |= bit;
        return;
      }
      for (const st of states) this.more[st]! |= bit;
      // Past a non-ASCII character the ASCII ones it folds to go on, and its own symbol (a BMP letter);
      // `more` covers the rest.
      const chars = cp < 128 ? [lowerAscii(cp)] : [...asciiMatchesOf(cp), ...this.letterSymbolsOf(cp)];
      states = states.flatMap((st) => chars.map((c) => this.step(st, c, bit)));
      if (states.length === 0) return;
      depth++;
    }
    for (const st of states) this.end[st]! |= bit;
  }

  /** The symbol of a BMP letter beyond ASCII of a word (made when new), as a list; none for anything else. */
  private letterSymbolsOf(cp: number): number[] {
    if (cp > 0xffff || letterOrDigitClass(cp) !== 3) return [];
    const key = String.fromCharCode(cp).toLowerCase();
    let k = this.letters.get(key);
    if (k === undefined) {
      k = this.letterTests.length;
      if (letterSymbol(k) >= SYMBOLS) return [];
      this.letters.set(key, k);
      this.letterTests.push(new RegExp(`^${escape(String.fromCharCode(cp))}$`, 'iu'));
    }
    return [letterSymbol(k)];
  }

  /** The one symbol the BMP letter `c` beyond ASCII of a text may match in a word, `NO_SYMBOL` or `ANY_SYMBOL`. */
  private textSymbolOf(c: number): number {
    let sym = this.textSymbols[c]!;
    if (sym === UNKNOWN) {
      const ch = String.fromCharCode(c);
      const found = [...new Set(asciiMatchesOf(c))].filter((a) => this.column[a]! >= 0);
      this.letterTests.forEach((re, k) => {
        if (re.test(ch)) found.push(letterSymbol(k));
      });
      sym = found.length === 0 ? NO_SYMBOL : found.length === 1 ? found[0]! : ANY_SYMBOL;
      this.textSymbols[c] = sym;
    }
    return sym;
  }

  private flatten(): void {
    this.live = this.done.map((d, s) => d | this.end[s]! | this.more[s]!);
    this.table = (this.done.length <= 0x7fff ? new Int16Array(this.done.length * this.width) : new Int32Array(this.done.length * this.width)).fill(-1);
    for (const [key, to] of this.next) this.table[Math.floor(key / SYMBOLS) * this.width + this.column[key % SYMBOLS]!] = to;
    const fromRoot = (c: number): number => {
      const col = this.column[c]!;
      const to = col < 0 ? -1 : this.table[col]!;
      return to < 0 ? 0 : this.live[to]!;
    };
    for (let c = 0; c < 128; c++) this.first[c] = fromRoot(lowerAscii(c));
    // A digit begins a run of any length.
    let runs = 0;
    for (let n = 1; n <= RUNS; n++) runs |= fromRoot(runSymbol(n));
    for (let c = 48; c <= 57; c++) this.first[c] = runs;
  }

  /** False when no pattern among `wanted` may begin with the ASCII character `c` (`startsAt` is then 0). */
  mayStartWith(c: number, wanted: number): boolean {
    return (this.first[c]! & wanted) !== 0;
  }

  /**
   * The state after the character `c` beyond ASCII from `state`: a letter goes on as the one letter
   * of a word it matches (-1 when none does here: a word is followed by no letter, so none ends
   * before it either); anything else may match anything (`ANY_SYMBOL`).
   */
  private nextBeyondAscii(state: number, c: number): number {
    const sym = c >= 0xd800 && c <= 0xdfff ? ANY_SYMBOL : letterOrDigitClass(c) === 3 ? this.textSymbolOf(c) : ANY_SYMBOL;
    if (sym === ANY_SYMBOL || sym === NO_SYMBOL) return sym;
    const col = this.column[sym]!;
    return col < 0 ? -1 : this.table[state * this.width + col]!;
  }

  /** The patterns (bits) among `wanted` whose match may begin at `i` of `s`. */
  startsAt(s: string, i: number, wanted: number): number {
    let state = 0;
    let mask = 0;
    let j = i;
    for (let depth = 0; ; depth++) {
      // Nothing wanted is possible any more: stop early.
      if (((mask | this.live[state]!) & wanted) === 0) return 0;
      mask |= this.done[state]!;
      if (depth === DEPTH || j >= s.length) return (mask | this.end[state]!) & wanted;
      let c = s.charCodeAt(j++);
      if (c >= 128) {
        const to = this.nextBeyondAscii(state, c);
        if (to === ANY_SYMBOL) return (mask | this.end[state]! | this.more[state]!) & wanted;
        if (to < 0) return mask & wanted;
        state = to;
        continue;
      }
      if (!isAsciiLetter(c)) mask |= this.end[state]!;
      if (isAsciiSpace(c)) {
        // A run of white space is one space of a word (`\s+`).
        c = 32;
        while (j < s.length && isAsciiSpace(s.charCodeAt(j))) j++;
      } else if (isAsciiDigit(c)) {
        // A run of digits is one symbol, by its length.
        let n = 1;
        while (j < s.length && isAsciiDigit(s.charCodeAt(j))) {
          j++;
          n++;
        }
        c = runSymbol(n);
      }
      const col = this.column[lowerAscii(c)]!;
      const to = col < 0 ? -1 : this.table[state * this.width + col]!;
      if (to < 0) return mask & wanted;
      state = to;
    }
  }
}

/** Appends `i` to the places of each pattern in `mask` (bits). */
function place(out: Array<number[] | undefined>, mask: number, i: number): void {
  for (; mask !== 0; mask &= mask - 1) {
    const id = 31 - Math.clz32(mask & -mask);
    (out[id] ??= []).push(i);
  }
}

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || isAsciiLetter(c);

/** The code point at `i` of `s` (a surrogate pair read as one, as the `u` regexes read). */
function codePointIn(s: string, i: number): number {
  const cp = s.charCodeAt(i);
  if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return cp;
}

/**
 * Where each pattern of `wanted` (bits) may match in `s` (by pattern id, offsets ascending; none:
 * undefined): the first letter or digit of each run of them, and each apostrophe after no letter
 * or digit, where the trie lets the pattern begin. Read by code points, as the `u` regexes read.
 * (`candidatesAtEachCharacter` is the plain reading; this one passes over each run at once.)
 */
export function candidatesOf(s: string, trie: StartTrie, wanted: number): Array<number[] | undefined> {
  const out: Array<number[] | undefined> = [];
  const n = s.length;
  let i = 0;
  // At `i`: the character before is no letter or digit (or there is none).
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (isAsciiLetterOrDigit(c)) {
        if (trie.mayStartWith(c, wanted)) place(out, trie.startsAt(s, i, wanted), i);
        i++;
      } else {
        if (c === 39 && trie.mayStartWith(c, wanted)) place(out, trie.startsAt(s, i, wanted), i);
        i++;
        continue;
      }
    } else {
      const cp = codePointIn(s, i);
      const ln = isLetterOrDigit(cp);
      if (ln || cp === 0x2019) place(out, trie.startsAt(s, i, wanted), i);
      i += cp > 0xffff ? 2 : 1;
      if (!ln) continue;
    }
    // A run of letters and digits began before `i`: pass over the rest of it, and over the
    // character after it (no letter or digit, and after one: no place).
    while (i < n) {
      const d = s.charCodeAt(i);
      if (d < 128) {
        i++;
        if (!isAsciiLetterOrDigit(d)) break;
      } else {
        const cp = codePointIn(s, i);
        i += cp > 0xffff ? 2 : 1;
        if (!isLetterOrDigit(cp)) break;
      }
    }
  }
  return out;
}

/** `candidatesOf` read one code point at a time: the definition the tests hold it to. */
export function candidatesAtEachCharacter(s: string, trie: StartTrie, wanted: number): Array<number[] | undefined> {
  const out: Array<number[] | undefined> = [];
  let afterLetterOrDigit = false;
  for (let i = 0; i < s.length; ) {
    const cp = codePointIn(s, i);
    const ln = isLetterOrDigit(cp);
    if (!afterLetterOrDigit && (ln || cp === 39 || cp === 0x2019)) place(out, trie.startsAt(s, i, wanted), i);
    afterLetterOrDigit = ln;
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}
