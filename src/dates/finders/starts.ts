import type { Lexicon, ListName } from '../lexicon.js';

// Every finder regex opens with a lookbehind that rules out a letter or digit before the match
// (`(?<![\p{L}\p{N}])`, or a stricter one), and its first character is a digit, an apostrophe
// (`'90s`) or the first letter of a word from the locale's lists. So a match can only begin where
// a run of letters and digits begins, or at an apostrophe after no letter or digit, and only on a
// character one of its words begins with. Trying the regex (sticky) at just those positions finds
// exactly the matches a global scan finds, without running the lookbehind and the word
// alternation at every character of the sentence.

/** What a finder's match begins with: a digit, an apostrophe, or the first letter of a word of these lists. */
export interface Starts {
  digit?: boolean;
  apostrophe?: boolean;
  lists?: readonly ListName[];
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Letters and digits among the non-ASCII BMP code units: 0 not known yet, 1 no, 2 yes. */
const bmpClass = new Uint8Array(0x10000);

/** True for a `\p{L}` or `\p{N}` code point (what the lookbehind rules out). */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || ((cp | 0x20) >= 97 && (cp | 0x20) <= 122);
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let c = bmpClass[cp]!;
  if (c === 0) bmpClass[cp] = c = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 2 : 1;
  return c === 2;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * The offsets in `s` where a finder's match may begin: the first letter or digit of each run of
 * them, and each apostrophe after no letter or digit. Read by code points, as the `u` regexes read.
 */
export function startsOf(s: string): number[] {
  const out: number[] = [];
  let afterLetterOrDigit = false;
  for (let i = 0; i < s.length; ) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
    }
    const ln = isLetterOrDigit(cp);
    if (!afterLetterOrDigit && (ln || isApostrophe(cp))) out.push(i);
    afterLetterOrDigit = ln;
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** A test of the character at an offset: may a match begin with it? */
export type FirstChar = (s: string, i: number) => boolean;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The test for what a match may begin with, read by a regex with the finders' own flags (`iu`)
 * so that case folds exactly as in the finder's regex; cached per character.
 */
export function firstCharOf(lex: Lexicon, starts: Starts): FirstChar {
  const alts = new Set<string>();
  if (starts.digit) alts.add('\\d');
  if (starts.apostrophe) alts.add("['’]");
  for (const name of starts.lists ?? []) {
    for (const word of lex.lists[name]) {
      if (word === '') continue;
      const first = String.fromCodePoint(word.codePointAt(0)!);
      // A word opening with a space or a sign would begin a match where no run of letters begins.
      if (!LETTER_OR_DIGIT.test(first)) throw new Error(`date word '${word}' must begin with a letter or digit`);
      alts.add(escape(first));
    }
  }
  const re = new RegExp(`^(?:${[...alts].join('|') || '(?!)'})`, 'iu');
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  const other = new Map<number, boolean>();
  return (s, i) => {
    const cp = s.codePointAt(i)!;
    if (cp < 128) return ascii[cp] === 1;
    let yes = other.get(cp);
    if (yes === undefined) {
      yes = re.test(String.fromCodePoint(cp));
      if (other.size < 4096) other.set(cp, yes);
    }
    return yes;
  };
}
