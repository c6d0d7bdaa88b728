import type { Document } from '../document/types.js';
import type { ClaimCategory, Qualifier } from '../schema.js';
import type { ClaimsLocale } from './locale.js';
import type { Lexicon } from './lexicon.js';

/** A fine token of a candidate paragraph: a run of digits, a run of letters, or one other visible character. */
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'digits' | 'word' | 'punct';
  /** True when whitespace (or the sentence start) separates the token from the one before. */
  gap: boolean;
}

/** What every rule reads: the document, one paragraph's tokens and the language data. */
export interface ClaimContext {
  doc: Document;
  text: string;
  toks: Tok[];
  locale: ClaimsLocale;
  lex: Lexicon;
  /** ISO 639-1 code, for rule names. */
  lang: string;
}

/** A number as a finder reads it: tokens [first, last], its value and how it was written. */
export interface NumberRead {
  first: number;
  last: number;
  /** Token index where reading goes on after the number (past a skipped abbreviation dot). */
  next: number;
  value: number;
  /** `digits` (4.5, 1,200), `words` (twenty-one, trzech), or `article` (a dozen, one third). */
  written: 'digits' | 'words';
  /** True when a scale word or suffix multiplied the value (`4.5 million`, `10k`). */
  scaled: boolean;
  /** The factor the scale multiplied the value by (1 when none). */
  factor: number;
  /** True for a fraction or half read from words (`two thirds`, `half of`). */
  fraction: boolean;
  /** A unit glued to the digits (`29km`), already in base form. */
  gluedUnit: string | null;
  /** A scale suffix that is one only for money (`5m`): resolved once currency is known. */
  moneyScale: number | null;
  /** Why the number is not a claim, when a finder already knows (`ordinal`, `code`). */
  drop: string | null;
}

/** A claim being built: the number, then what the refiners add. */
export interface Candidate extends NumberRead {
  upper: number | null;
  qualifier: Qualifier;
  /** Token span of the whole claim, [spanFirst, spanLast]. */
  spanFirst: number;
  spanLast: number;
  /** Token index of the first token before the number that a qualifier may end at (before a currency prefix). */
  anchor: number;
  /** Last token of the number and what belongs to it (scale, percent, currency, unit noun). */
  tail: number;
  unit: string | null;
  /** Token index of the unit noun, or -1. */
  unitTok: number;
  money: boolean;
  category: ClaimCategory;
  /** True when the number was read as a range with an opener or joiner. */
  range: boolean;
  rule: string;
}

/** A refiner: reads and rewrites the candidates of one paragraph, in order. */
export type Refiner = (ctx: ClaimContext, cands: Candidate[]) => Candidate[];

/** A finder: reads a number starting at token `i`, or returns null. */
export type Finder = (ctx: ClaimContext, i: number) => NumberRead | null;

/** A filter: the reason a candidate is not a claim, or null to keep it. */
export type ClaimFilter = (ctx: ClaimContext, c: Candidate) => string | null;
