import type { Document } from '../document/types.js';
import type { Lexicon } from './lexicon.js';

/** Lowercase of an ASCII code (A-Z to a-z, the rest as is). */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** The characters `firstPart` cuts a word at: - ‐ ’ ' . */
const isJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2019 || c === 39 || c === 46;

/**
 * The ASCII beginnings of a word list: entry `a * 128 + b` is 1 when some word starts with the (lowercase)
 * characters a b; entry `128 * 128 + a` is 1 when the one-letter word a is one. Words starting otherwise are not
 * in it: a token starting with a non-ASCII character is always looked up.
 */
export function prefixTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(128 * 128 + 128);
  for (const w of words) {
    const a = w.charCodeAt(0);
    if (w.length === 1 && a < 128) table[128 * 128 + a] = 1;
    const b = w.charCodeAt(1);
    if (w.length >= 2 && a < 128 && b < 128) table[a * 128 + b] = 1;
  }
  return table;
}

/** The part of a lowercase word before its first `-` `‐` `’` `'` `.` (the word itself when it has none). */
function firstPart(w: string): string {
  for (let i = 0; i < w.length; i++) if (isJoiner(w.charCodeAt(i))) return w.slice(0, i);
  return w;
}

/**
 * False when the first part (before `-` `.` `'`) of the word token [start, end) cannot be one of the words of
 * `prefixes`, from its first two characters in the text (read from the one text string, not the token's own
 * strings: most words are ruled out without touching them). True means: look the word up.
 */
export function mayBeListed(text: string, start: number, end: number, prefixes: Uint8Array): boolean {
  const c0 = text.charCodeAt(start);
  if (c0 >= 128) return true;
  const a = lowerAscii(c0);
  const c1 = start + 1 < end ? text.charCodeAt(start + 1) : -1;
  if (c1 < 0 || isJoiner(c1)) return prefixes[128 * 128 + a] === 1;
  if (c1 >= 128) return true;
  return prefixes[a * 128 + lowerAscii(c1)] === 1;
}

/**
 * True when the Document tokens [tokenStart, tokenEnd) hold a number token, or a word whose first part (before
 * `-` `.` `'`) is a number, scale or fraction word: only such paragraphs are tokenized again.
 */
export function mayHoldNumbers(doc: Document, lex: Lexicon, tokenStart: number, tokenEnd: number): boolean {
  const { tokens, text } = doc;
  const { numberish, numberishPrefixes: prefixes } = lex;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number') return true;
    // `t.lower` is `t.text.toLowerCase()`, computed once by the tokenizer.
    if (t.kind === 'word' && mayBeListed(text, t.start, t.end, prefixes) && numberish.has(firstPart(t.lower))) return true;
  }
  return false;
}
