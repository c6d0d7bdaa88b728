import type { Document } from '../document/types.js';
import type { NumericClaim, Quote } from '../schema.js';

/** Numeric claims of the document, in text order. `quotes` gives each claim its `quoteId`. */
export function findClaims(doc: Document, quotes: readonly Quote[]): NumericClaim[] {
  void doc;
  void quotes;
  return [];
}
