import type { Token } from './types.js';

// A word: letters, marks and digits, with inner apostrophes, hyphens or dots (don't, Malik-Bagdasarow, U.S, 4.5).
// A number: digits with inner separators (1,200  4.5  1 200 is two tokens). Anything else visible: one punctuation token.
// The alternatives start with disjoint classes and each repetition is anchored on a separator, so matching is linear.
const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:[’'.\-‐][\p{L}\p{M}\p{N}]+)*(?:,\p{N}{3}(?![\p{L}\p{N}]))*|[^\s\p{L}\p{M}\p{N}\p{Cf}]/gu;
const DIGIT = /^\p{N}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]/u;

/** Tokens of `text` between `start` and `end`, appended to `out`, tagged with `sentence`. */
export function tokenize(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const t = m[0];
    const kind: Token['kind'] = DIGIT.test(t) ? 'number' : LETTER_OR_DIGIT.test(t) ? 'word' : 'punct';
    out.push({ start: start + m.index, end: start + m.index + t.length, text: t, kind, sentence });
  }
}
