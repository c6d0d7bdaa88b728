import { classesOf, codePointAt } from '../document/code-points.js';
import type { Document } from '../document/types.js';
import type { Tok } from './types.js';

// Fine tokens: a run of ASCII digits, a run of letters (with marks), or one other visible character.
// White space and invisible format characters (\p{Cf}) are no token, but they make the next token's gap.
//
// As a regex (the definition; test/claims/tokens.test.ts checks the scanner below against it on hostile input):
//   ([0-9]+)|([\p{L}\p{M}]+)|[^\s\p{L}\p{M}0-9\p{Cf}]
// applied to text.slice(start, end), the group that matched giving the kind. Each alternative is greedy with
// nothing after it, so one forward scan finds the same tokens without a regex call and a match object per
// token (the scanner is several times faster, and this runs over every paragraph that may hold a number).

/** Character classes. */
const OTHER = 1; // any other visible character: one punctuation token
const DIGIT = 2; // 0-9
const LETTER = 3; // \p{L} \p{M}
const SKIP = 4; // \s \p{Cf}

const RE_LETTER = /^[\p{L}\p{M}]$/u;
const RE_SKIP = /^[\s\p{Cf}]$/u;

function classify(ch: string): number {
  if (ch.length === 1 && ch >= '0' && ch <= '9') return DIGIT;
  return RE_LETTER.test(ch) ? LETTER : RE_SKIP.test(ch) ? SKIP : OTHER;
}

const classOf = classesOf(classify);

/** The end of the run of class `cls` from `i`. */
function runEnd(text: string, i: number, end: number, cls: number): number {
  while (i < end) {
    const cp = codePointAt(text, i, end);
    if (classOf(cp) !== cls) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

const KIND = ['punct', 'punct', 'digits', 'word'] as const;

/** Appends the fine tokens of `text` between `start` and `end` to `out`; `prevEnd` is where the token before ended. */
function scan(text: string, start: number, end: number, prevEnd: number, out: Tok[]): void {
  let i = start;
  while (i < end) {
    const cp = codePointAt(text, i, end);
    const cls = classOf(cp);
    const w = cp > 0xffff ? 2 : 1;
    if (cls === SKIP) {
      i += w;
      continue;
    }
    const e = cls === OTHER ? i + w : runEnd(text, i + w, end, cls);
    const t = text.slice(i, e);
    // Digits and ASCII punctuation have no case: no lowercasing needed.
    const lower = cls === DIGIT || (cls === OTHER && cp < 0x80) ? t : t.toLowerCase();
    out.push({ text: t, lower, start: i, end: e, kind: KIND[cls]!, gap: i !== prevEnd });
    prevEnd = e;
    i = e;
  }
}

/** Fine tokens of `text` between `start` and `end`. */
export function fineTokens(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  scan(text, start, end, -1, out);
  return out;
}

/** The class of every code point of [start, end) when they all share one (LETTER or DIGIT), else 0. */
function wholeRun(text: string, start: number, end: number): number {
  const cls = classOf(codePointAt(text, start, end));
  if (cls !== LETTER && cls !== DIGIT) return 0;
  return runEnd(text, start, end, cls) === end ? cls : 0;
}

/**
 * The fine tokens of a paragraph from its Document tokens [from, to): the same as `fineTokens` over the paragraph,
 * since its sentences tile it with only white space between, and every Document token is a union of fine tokens.
 * Most Document tokens are one run of letters (or digits, or one character): they are their own fine token, with
 * their text and lowercase reused, so only the rest (`twenty-one`, `1,200`, `10km`) are scanned and sliced again.
 */
export function fineTokensOf(doc: Document, from: number, to: number): Tok[] {
  const { text, tokens } = doc;
  const out: Tok[] = [];
  let prevEnd = -1;
  for (let k = from; k < to; k++) {
    const d = tokens[k]!;
    const cls = d.kind === 'punct' ? OTHER : wholeRun(text, d.start, d.end);
    if (cls === 0) scan(text, d.start, d.end, prevEnd, out);
    else out.push({ text: d.text, lower: cls === DIGIT ? d.text : d.lower, start: d.start, end: d.end, kind: KIND[cls]!, gap: d.start !== prevEnd });
    prevEnd = d.end;
  }
  return out;
}

/** A phrase as the lowercase texts of its fine tokens: `per cent` → [per, cent], `ok.` → [ok, .]. */
export function phraseTokens(phrase: string): string[] {
  return fineTokens(phrase, 0, phrase.length).map((t) => t.lower);
}

/** True when `toks[i]` and `toks[i+1]` touch (no whitespace between). */
export const glued = (toks: readonly Tok[], i: number): boolean => i + 1 < toks.length && !toks[i + 1]!.gap;
