import type { Refiner } from './types.js';

/**
 * Refiner: a bare number joined to the next one by `or`/`and` takes its unit: `eight or nine euros`,
 * `10 or 12 people`, `dwie lub trzy łodzie`.
 */
export const shareUnits: Refiner = (ctx, cands) => {
  const { toks, lex } = ctx;
  for (let k = 0; k + 1 < cands.length; k++) {
    const a = cands[k]!;
    const b = cands[k + 1]!;
    if (a.unit !== null || a.drop || b.drop || b.unit === null || b.spanFirst !== a.tail + 2) continue;
    const j = toks[a.tail + 1]!;
    if (!lex.unitSharers.has(j.lower)) continue;
    a.unit = b.unit;
    a.money = b.money;
    a.unitTok = b.unitTok;
  }
  return cands;
};
