import type { Tok } from './types.js';

// Digits, letters (with marks), or one other visible character. Linear: each alternative consumes at least one char.
// The same alternatives as capture groups: which one matched gives the token's kind.
const FINE = /([0-9]+)|([\p{L}\p{M}]+)|[^\s\p{L}\p{M}0-9\p{Cf}]/gu;

/** Fine tokens of `text` between `start` and `end`. */
export function fineTokens(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  // One shared regex (nothing runs between its calls here): no compile or allocation per paragraph.
  const re = FINE;
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  while ((m = re.exec(slice)) !== null) {
    const t = m[0];
    const s = start + m.index;
    const kind: Tok['kind'] = m[1] !== undefined ? 'digits' : m[2] !== undefined ? 'word' : 'punct';
    // ASCII digits have no case.
    out.push({ text: t, lower: kind === 'digits' ? t : t.toLowerCase(), start: s, end: s + t.length, kind, gap: s !== prevEnd });
    prevEnd = s + t.length;
  }
  return out;
}

/** A phrase as the lowercase texts of its fine tokens: `per cent` → [per, cent], `ok.` → [ok, .]. */
export function phraseTokens(phrase: string): string[] {
  return fineTokens(phrase, 0, phrase.length).map((t) => t.lower);
}

/** True when `toks[i]` and `toks[i+1]` touch (no whitespace between). */
export const glued = (toks: readonly Tok[], i: number): boolean => i + 1 < toks.length && !toks[i + 1]!.gap;
