import type { Document } from '../document/types.js';
import type { DateMention } from '../schema.js';

/** Date expressions of the document, in text order, resolved against `doc.referenceDate`. */
export function findDates(doc: Document): DateMention[] {
  void doc;
  return [];
}
