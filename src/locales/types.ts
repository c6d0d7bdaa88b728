import type { TextLocale } from '../document/locale.js';
import type { QuotesLocale } from '../quotes/locale.js';
import type { SpeakersLocale } from '../speakers/locale.js';
import type { ClaimsLocale } from '../claims/locale.js';
import type { DatesLocale } from '../dates/locale.js';

/**
 * Everything hearsay knows about one language, as a typed plain object.
 * Each stage owns the shape of its part (`src/<stage>/locale.ts`); a language
 * is a folder `src/locales/<code>/` filling every part, plus one registry line.
 */
export interface Locale {
  /** ISO 639-1 code: 'en'. */
  code: string;
  /** ISO 639-3 code used by franc: 'eng'. */
  iso6393: string;
  /** English name of the language. */
  name: string;
  text: TextLocale;
  quotes: QuotesLocale;
  speakers: SpeakersLocale;
  claims: ClaimsLocale;
  dates: DatesLocale;
  /**
   * Fields (`part.field`) that mean nothing in this language and are left empty on
   * purpose, e.g. `speakers.verbGender` in English. The parity test checks every other field.
   */
  notApplicable: string[];
}

export type { TextLocale, QuotesLocale, SpeakersLocale, ClaimsLocale, DatesLocale };
