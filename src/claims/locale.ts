import type { Qualifier } from '../schema.js';

/** What the numeric-claim finders need to know of a language. */
export interface ClaimsLocale {
  /** Decimal separator of the language: '.' in English, ',' in Polish. */
  decimalSeparator: '.' | ',';
  /** Spelled-out numbers, every inflected form, lowercase: `twenty` → 20, `trzech` → 3. */
  numberWords: Record<string, number>;
  /** Scale words and abbreviations: `million` → 1e6, `mln` → 1e6, `tys.` → 1e3. */
  scaleWords: Record<string, number>;
  /** Qualifier phrases before a number: `at least` → at_least, `co najmniej` → at_least. */
  qualifiers: Record<string, Qualifier>;
}
