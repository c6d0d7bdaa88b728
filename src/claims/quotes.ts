import type { NumericClaim, Quote } from '../schema.js';

/** The id of the innermost quote holding [start, end), or null: who claims the number. */
export function quoteIdOf(quotes: readonly Quote[], start: number, end: number): string | null {
  let best: Quote | null = null;
  for (const q of quotes) {
    if (q.start <= start && end <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best ? best.id : null;
}

/** Sets each claim's `quoteId` from the quotes of the document. */
export function attachQuotes(claims: NumericClaim[], quotes: readonly Quote[]): NumericClaim[] {
  for (const c of claims) c.quoteId = quoteIdOf(quotes, c.start, c.end);
  return claims;
}
