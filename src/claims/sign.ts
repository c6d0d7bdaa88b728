import type { Refiner } from './types.js';

const MINUS = new Set(['-', '−', '–']);

/** Refiner: a negative number: `minus 5`, `negative one`, `-12C` (a minus sign glued to the digits, after a space). */
export const readSign: Refiner = (ctx, cands) => {
  const { toks, lex } = ctx;
  for (const c of cands) {
    const k = c.spanFirst - 1;
    const t = toks[k];
    if (!t) continue;
    const word = lex.negativeWords.has(t.lower);
    const sign = MINUS.has(t.text) && !toks[c.spanFirst]!.gap && (k === 0 || t.gap) && toks[k - 1]?.kind !== 'digits';
    if (!word && !sign) continue;
    c.value = -c.value;
    c.spanFirst = k;
    c.anchor = k - 1;
  }
  return cands;
};
