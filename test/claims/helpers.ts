import { buildDocument } from '../../src/document/build.js';
import { findClaims } from '../../src/claims/index.js';
import type { NumericClaim, Quote } from '../../src/schema.js';

/** The claims of `text` read in `language`, with the given quotes. */
export function claimsOf(text: string, language: 'en' | 'pl', quotes: Quote[] = []): NumericClaim[] {
  const doc = buildDocument(text, { language, referenceDate: '2025-11-05' });
  return findClaims(doc, quotes);
}

/** The one claim of `text` whose text is `span`, failing loudly when absent. */
export function claimAt(text: string, language: 'en' | 'pl', span: string): NumericClaim {
  const c = claimsOf(text, language).find((x) => x.text === span);
  if (!c) throw new Error(`no claim "${span}" in: ${JSON.stringify(claimsOf(text, language).map((x) => x.text))}`);
  return c;
}
