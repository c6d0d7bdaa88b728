import type { Document } from '../document/types.js';
import type { Quote, Speaker } from '../schema.js';

export interface QuotesResult {
  quotes: Quote[];
  speakers: Speaker[];
}

/** Quotes of the document with their speakers resolved, in text order. */
export function findQuotes(doc: Document): QuotesResult {
  void doc;
  return { quotes: [], speakers: [] };
}
