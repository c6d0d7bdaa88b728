import type { Boilerplate } from '../schema.js';
import type { Locale } from '../locales/types.js';

/** A token: a word, a number or one punctuation character, with offsets into the input. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** The text in lowercase, computed once. */
  lower: string;
  /** `word` (letters, may hold inner apostrophes, hyphens or dots), `number` (starts with a digit), `punct`. */
  kind: 'word' | 'number' | 'punct';
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /**
   * What a reading layer remembers about the word (the quote layer: its facts in the locale's word
   * lists, shared by every token of that text), so that each further question about the token is a
   * field read, not a table lookup. Null until first asked.
   */
  memo: object | null;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** Tokens `[tokenStart, tokenEnd)` of `Document.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** Sentences `[sentenceStart, sentenceEnd)` of `Document.sentences`. */
  sentenceStart: number;
  sentenceEnd: number;
  /** True when the paragraph lies inside a boilerplate region. */
  boilerplate: boolean;
  /** True for a short line without terminal punctuation: a title, subheading or link. */
  headline: boolean;
}

/** The one shared view of the input, built once per call. */
export interface Document {
  /** The input, unchanged: every offset points into it. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  boilerplate: Boilerplate[];
  /** ISO 639-1 code or 'und'. */
  language: string;
  /** The locale that reads this document, or null for an unsupported language. */
  locale: Locale | null;
  /** Publication date stated by the text (dateline, byline), 'YYYY-MM-DD'. */
  publishedAt: string | null;
  /** The date relative expressions resolve against: the option, else `publishedAt`. */
  referenceDate: string | null;
  /** True when [start, end) overlaps a boilerplate region. */
  inBoilerplate(start: number, end: number): boolean;
  /** Index of the paragraph holding offset `at` (binary search), or -1. */
  paragraphAt(at: number): number;
  /** Index of the sentence holding offset `at` (binary search), or -1. */
  sentenceAt(at: number): number;
}
