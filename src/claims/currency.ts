import { matchBackward } from './lexicon.js';
import type { Candidate, ClaimContext, Refiner } from './types.js';

/** Applies a money-only scale (`$5m` is five million, `5m` alone is five metres) once the currency is known. */
export function settleMoneyScale(c: Candidate): void {
  if (c.moneyScale === null) return;
  if (c.money) {
    c.value *= c.moneyScale;
    c.scaled = true;
    c.factor = c.moneyScale;
    if (!c.money || c.unit === c.gluedUnit) c.gluedUnit = null;
  }
  c.moneyScale = null;
}

function prefixOf(ctx: ClaimContext, c: Candidate): void {
  const { toks, lex } = ctx;
  const sym = matchBackward(lex.currencySymbols, toks, c.first - 1);
  // An ISO code written before the number: `USD 5`, `PLN 100`.
  const code = !sym && toks[c.first - 1] && /^\p{Lu}{3}$/u.test(toks[c.first - 1]!.text) ? matchBackward(lex.currency, toks, c.first - 1) : null;
  const hit = sym ?? code;
  if (!hit) return;
  c.money = true;
  c.unit = hit.value;
  c.gluedUnit = null;
  c.spanFirst = hit.first;
  c.anchor = hit.first - 1;
}

/** Refiner: a currency symbol or code before the number makes it money (`$2` → USD, `€5m` → EUR, five million). */
export const readCurrencyPrefix: Refiner = (ctx, cands) => {
  for (const c of cands) prefixOf(ctx, c);
  return cands;
};
