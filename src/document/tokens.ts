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
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The apostrophes, hyphens and dots that may join the parts of a word: ’ ' . - ‐ */
const isJoiner = (c: number): boolean => c === 0x2019 || c === 39 || c === 46 || c === 45 || c === 0x2010;

/** The classes of the characters `wordRun` last passed, or-ed together. */
let runClasses = 0;

/** The end of a run of word characters from `i` (which may be `i` itself); sets `runClasses`. */
function wordRun(text: string, i: number, end: number): number {
  let seen = 0;
  while (i < end) {
    const cp = codePointAt(text, i, end);
    const c = classOf(cp);
    if (!(c & WORD)) break;
    seen |= c;
    i += width(cp);
  }
  runClasses = seen;
  return i;
}

// Lowercasing is the costliest step of a token. Most are already lowercase: a token none of whose
// characters changes under toLowerCase is its own lowercase (lowercasing works character by
// character except for final sigma and İ, which change by themselves, so the test is exact).

/** Tokens of `text` between `start` and `end`, appended to `out`, tagged with `sentence`. */
export function tokenize(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  let i = start;
  while (i < end) {
    const cp = codePointAt(text, i, end);
    const cls = classOf(cp);
    const w = width(cp);
    if (cls & SKIP && !(cls & WORD)) {
      i += w;
      continue;
    }
    if (!(cls & WORD)) {
      const t = text.slice(i, i + w);
      out.push({ start: i, end: i + w, text: t, lower: cls & CASED ? t.toLowerCase() : t, kind: 'punct', sentence, memo: null });
      i += w;
      continue;
    }
    // A word: a run, then joiner + run as long as a run follows the joiner.
    let e = wordRun(text, i + w, end);
    let classes = cls | runClasses;
    while (e < end && isJoiner(text.charCodeAt(e))) {
      const next = wordRun(text, e + 1, end);
      if (next === e + 1) break;
      classes |= runClasses;
      e = next;
    }
    // Then thousands groups: `,` and exactly three digits not followed by a letter or digit.
    while (e < end && text.charCodeAt(e) === 44) {
      let k = e + 1;
      let digits = 0;
      while (digits < 3 && k < end) {
        const d = codePointAt(text, k, end);
        if (!(classOf(d) & NUM)) break;
        k += width(d);
        digits++;
      }
      if (digits < 3) break;
      if (k < end && classOf(codePointAt(text, k, end)) & LN) break;
      e = k;
    }
    const t = text.slice(i, e);
    // Thousands groups are digits: no case.
    out.push({ start: i, end: e, text: t, lower: classes & CASED ? t.toLowerCase() : t, kind: cls & NUM ? 'number' : 'word', sentence, memo: null });
    i = e;
  }
}
