import type { Tok } from './types.js';

// Digits, letters (with marks), or one other visible character. Linear: each alternative consumes at least one char.
const FINE = /[0-9]+|[\p{L}\p{M}]+|[^\s\p{L}\p{M}0-9\p{Cf}]/gu;

/** Fine tokens of `text` between `start` and `end`. */
export function fineTokens(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(FINE.source, FINE.flags);
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  while ((m = re.exec(slice)) !== null) {
    const t = m[0];
    const s = start + m.index;
    const kind: Tok['kind'] = /^[0-9]/u.test(t) ? 'digits' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    out.push({ text: t, lower: t.toLowerCase(), start: s, end: s + t.length, kind, gap: s !== prevEnd });
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
