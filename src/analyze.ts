import { typeError } from './errors.js';
import { buildDocument } from './document/build.js';
import { LANGUAGE_SAMPLE } from './document/language.js';
import { findQuotes } from './quotes/index.js';
import { findClaims } from './claims/index.js';
import { findDates } from './dates/index.js';
import { resolveOptions, type AnalyzeOptions } from './options.js';
import type { Analysis, DateMention, NumericClaim, Quote, Speaker } from './schema.js';

function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    const what = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw typeError(`text must be a string, got ${what}`);
  }
}

/**
 * Reads a news article and returns who said what (quotes and speakers), how many
 * (numeric claims) and when (dates), with offsets into `text`.
 *
 * @throws TypeError / RangeError (message starting `hearsay:`) for a non-string text or bad options.
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  checkText(text);
  const opts = resolveOptions(options);
  const doc = buildDocument(text, { language: opts.language, referenceDate: opts.referenceDate });
  const wantClaims = opts.layers.has('claims');
  // Claims need the quotes to tell who claims a number.
  const { quotes, speakers } =
    opts.layers.has('quotes') || wantClaims ? findQuotes(doc) : { quotes: [] as Quote[], speakers: [] as Speaker[] };
  const claims = wantClaims ? findClaims(doc, quotes) : [];
  const dates = opts.layers.has('dates') ? findDates(doc, { durations: opts.durations }) : [];
  const keepQuotes = opts.layers.has('quotes');
  return {
    language: doc.language,
    referenceDate: doc.referenceDate,
    publishedAt: doc.publishedAt,
    quotes: keepQuotes ? quotes : [],
    speakers: keepQuotes ? speakers : [],
    claims,
    dates,
    boilerplate: doc.boilerplate,
  };
}

/** How much of a text detectLanguage reads: far more than the language sample, which may skip boilerplate. */
const DETECT_HEAD = 40 * LANGUAGE_SAMPLE;

type LayerOptions = Omit<AnalyzeOptions, 'layers'>;

/** The quotes of an article, with their speakers resolved. */
export function extractQuotes(text: string, options?: LayerOptions): Quote[] {
  return analyze(text, { ...options, layers: ['quotes'] }).quotes;
}

/** The speakers of an article: every person, organization and medium quoted, with aliases and titles. */
export function extractSpeakers(text: string, options?: LayerOptions): Speaker[] {
  return analyze(text, { ...options, layers: ['quotes'] }).speakers;
}

/** The numeric claims of an article: value, qualifier, unit, category and the quote that makes them. */
export function extractClaims(text: string, options?: LayerOptions): NumericClaim[] {
  return analyze(text, { ...options, layers: ['claims'] }).claims;
}

/** The date expressions of an article, normalized against the reference or publication date. */
export function extractDates(text: string, options?: LayerOptions): DateMention[] {
  return analyze(text, { ...options, layers: ['dates'] }).dates;
}

/** The language of a text: an ISO 639-1 code, or 'und' when it cannot be told, read as `analyze()` reads it. */
export function detectLanguage(text: string): string {
  checkText(text);
  // The Document reads its language from the first paragraphs: the head of a long text decides.
  return buildDocument(text.length > DETECT_HEAD ? text.slice(0, DETECT_HEAD) : text, { language: 'auto', referenceDate: null }).language;
}
