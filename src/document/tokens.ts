import { classesOf, codePointAt } from './code-points.js';
import type { Token } from './types.js';

// A word: letters, marks and digits, with inner apostrophes, hyphens or dots (don't, Malik-Bagdasarow, U.S, 4.5).
// A number: digits with inner separators (1,200  4.5  1 200 is two tokens). Anything else visible: one punctuation token.
// White space and invisible format characters (\p{Cf}: zero-width space, soft hyphen, BOM) are no token.
//
// As a regex (the definition; test/robustness/document-equivalence.test.ts checks the scanner
// below against it on hostile input):
//   [\p{L}\p{M}\p{N}]+(?:[’'.\-‐][\p{L}\p{M}\p{N}]+)*(?:,\p{N}{3}(?![\p{L}\p{N}]))*|[^\s\p{L}\p{M}\p{N}\p{Cf}]
// applied to text.slice(start, end). Every part of it is greedy with nothing after that could
// make it give back, so a single forward scan finds the same tokens, without a regex call and
// a match object per token (the scanner is about three times faster).

/** Character classes, as bits. */
const WORD = 1; // \p{L} \p{M} \p{N}
const NUM = 2; // \p{N}
const LN = 4; // \p{L} \p{N}
const SKIP = 8; // \s \p{Cf}
const KNOWN = 16;
const CASED = 32; // changes under toLowerCase

const RE_WORD = /^[\p{L}\p{M}\p{N}]$/u;
const RE_NUM = /^\p{N}$/u;
const RE_LN = /^[\p{L}\p{N}]$/u;
const RE_SKIP = /^[\s\p{Cf}]$/u;

function classify(ch: string): number {
  return (
    KNOWN |
    (RE_WORD.test(ch) ? WORD : 0) |
    (RE_NUM.test(ch) ? NUM : 0) |
    (RE_LN.test(ch) ? LN : 0) |
    (RE_SKIP.test(ch) ? SKIP : 0) |
    (ch.toLowerCase() !== ch ? CASED : 0)
  );
}

const classOf = classesOf(classify);
/** The classes of the ASCII characters, read without a call: most of a text is ASCII. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = classify(String.fromCharCode(c));
/** The ASCII characters as strings: a one-character token or a lowercase initial without a call. */
const ASCII_CHARS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** The classes of the code point at `i` (read as `codePointAt` does). */
function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII[c]! : classOf(codePointAt(text, i, end));
}

/** The apostrophes, hyphens and dots that may join the parts of a word: ’ ' . - ‐ */
const isJoiner = (c: number): boolean => c === 0x2019 || c === 39 || c === 46 || c === 45 || c === 0x2010;

// Lowercasing is the costliest step of a token. Most are already lowercase: a token none of whose
// characters changes under toLowerCase is its own lowercase (lowercasing works character by
// character except for final sigma and İ, which change by themselves, so the test is exact). Of
// the rest, most are capitalized ASCII words (`Kremlin`): their lowercase is the first letter's,
// then the rest as it is, which is cheaper to build than to ask of toLowerCase.

/**
 * Tokens of `text` between `start` and `end`, appended to `out`, tagged with `sentence`.
 * Tokens never hold white space, so the tokens of a paragraph are those of its sentences.
 */
export function tokenize(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    let cls: number;
    let w = 1;
    if (c < 128) cls = ASCII[c]!;
    else {
      const cp = codePointAt(text, i, end);
      cls = classOf(cp);
      if (cp > 0xffff) w = 2;
    }
    if (!(cls & WORD)) {
      if (!(cls & SKIP)) {
        const t = c < 128 ? ASCII_CHARS[c]! : text.slice(i, i + w);
        out.push({ start: i, end: i + w, text: t, lower: cls & CASED ? t.toLowerCase() : t, kind: 'punct', sentence, memo: null });
      }
      i += w;
      continue;
    }
    // A word: a run of word characters, then joiner + run as long as a word character follows the joiner.
    const first = c;
    let e = i + w;
    /** The classes of the word's characters after the first, or-ed together. */
    let rest = 0;
    for (;;) {
      while (e < end) {
        c = text.charCodeAt(e);
        // Lowercase ASCII letters, the bulk of a word: WORD, not CASED.
        if (c >= 97 && c <= 122) {
          e++;
          continue;
        }
        let k: number;
        if (c < 128) {
          k = ASCII[c]!;
          if (!(k & WORD)) break;
          e++;
        } else {
          const cp = codePointAt(text, e, end);
          k = classOf(cp);
          if (!(k & WORD)) break;
          e += cp > 0xffff ? 2 : 1;
        }
        rest |= k;
      }
      if (e + 1 >= end || !isJoiner(text.charCodeAt(e)) || !(classAt(text, e + 1, end) & WORD)) break;
      e++;
    }
    // Then thousands groups: `,` and exactly three digits not followed by a letter or digit.
    while (e < end && text.charCodeAt(e) === 44) {
      let k = e + 1;
      let digits = 0;
      while (digits < 3 && k < end) {
        const d = codePointAt(text, k, end);
        if (!(classOf(d) & NUM)) break;
        k += d > 0xffff ? 2 : 1;
        digits++;
      }
      if (digits < 3) break;
      if (k < end && classAt(text, k, end) & LN) break;
      e = k;
    }
    const t = text.slice(i, e);
    // Thousands groups are digits: no case.
    let lower = t;
    if ((cls | rest) & CASED) {
      if (first >= 65 && first <= 90 && !(rest & CASED)) lower = ASCII_CHARS[first + 32]! + text.slice(i + 1, e);
      else lower = t.toLowerCase();
    }
    out.push({ start: i, end: e, text: t, lower, kind: cls & NUM ? 'number' : 'word', sentence, memo: null });
    i = e;
  }
}
