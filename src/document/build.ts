import type { Locale } from '../locales/types.js';
import { getLocale, locales } from '../locales/registry.js';
import type { Document, Paragraph, Sentence, Token } from './types.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import { findBoilerplate, isHeadlineLike } from './boilerplate.js';
import { detectLanguageOfSample, LANGUAGE_SAMPLE } from './language.js';
import { findPublishedAt } from './published.js';

export interface DocumentOptions {
  /** 'auto' or a supported ISO 639-1 code. */
  language: string;
  /** 'YYYY-MM-DD' or null. */
  referenceDate: string | null;
}

const monthSets = new Map<Locale, ReadonlySet<string>>();
/** Month names of a locale: an ordinal before one (`3. Oktober`) does not end a sentence. */
function monthsOf(locale: Locale | null): ReadonlySet<string> {
  if (!locale) return new Set();
  let set = monthSets.get(locale);
  if (!set) monthSets.set(locale, (set = new Set(Object.keys(locale.dates.months))));
  return set;
}

const abbreviationSets = new Map<Locale, ReadonlySet<string>>();
function abbreviationsOf(locale: Locale | null): ReadonlySet<string> {
  if (!locale) return new Set();
  let set = abbreviationSets.get(locale);
  if (!set) abbreviationSets.set(locale, (set = new Set(locale.text.abbreviations)));
  return set;
}

/** The first letters of the text, skipping boilerplate, for language detection. */
function languageSample(text: string, paragraphs: readonly { start: number; end: number }[]): string {
  let sample = '';
  for (const p of paragraphs) {
    if (sample.length >= LANGUAGE_SAMPLE) break;
    sample += text.slice(p.start, Math.min(p.end, p.start + LANGUAGE_SAMPLE)) + '\n';
  }
  return sample;
}

function bisect<T extends { start: number; end: number }>(items: readonly T[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid]!;
    if (at < it.start) hi = mid - 1;
    else if (at >= it.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Builds the Document: paragraphs, sentences, tokens, boilerplate, language, dates. Linear in the text. */
export function buildDocument(text: string, options: DocumentOptions): Document {
  const raw = splitParagraphs(text);

  // Language first (on a raw sample: boilerplate rules are per language), then boilerplate.
  let language: string;
  let guessed: ReturnType<typeof findBoilerplate> | null = null;
  if (options.language === 'auto') {
    guessed = findBoilerplate(text, raw, locales[0]!.text);
    const inside = new Set(guessed.map((b) => b.start));
    language = detectLanguageOfSample(languageSample(text, raw.filter((p) => !inside.has(p.start))));
  } else {
    language = options.language;
  }
  // An undetermined language is read with the first locale (English): short texts still get their quotes.
  const locale = getLocale(language) ?? (language === 'und' ? locales[0]! : null);

  // The guess was made with the first locale's rules: when that is the locale, it is the answer.
  const boilerplate = guessed && locale === locales[0] ? guessed : findBoilerplate(text, raw, locale?.text ?? null);
  const abbreviations = abbreviationsOf(locale);
  const months = monthsOf(locale);

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let b = 0;
  raw.forEach((p, index) => {
    while (b < boilerplate.length && boilerplate[b]!.end <= p.start) b++;
    const inBp = b < boilerplate.length && boilerplate[b]!.start <= p.start && p.end <= boilerplate[b]!.end;
    const sentenceStart = sentences.length;
    for (const s of splitSentences(text, p.start, p.end, abbreviations, months)) {
      const tokenStart = tokens.length;
      tokenize(text, s.start, s.end, sentences.length, tokens);
      sentences.push({ index: sentences.length, start: s.start, end: s.end, paragraph: index, tokenStart, tokenEnd: tokens.length });
    }
    paragraphs.push({
      index,
      start: p.start,
      end: p.end,
      sentenceStart,
      sentenceEnd: sentences.length,
      boilerplate: inBp,
      headline: isHeadlineLike(text.slice(p.start, Math.min(p.end, p.start + 200))) && p.end - p.start <= 160,
    });
  });

  const publishedAt = findPublishedAt(text, raw, locale, options.referenceDate);
  const referenceDate = options.referenceDate ?? publishedAt;

  return {
    text,
    paragraphs,
    sentences,
    tokens,
    boilerplate,
    language,
    locale,
    publishedAt,
    referenceDate,
    inBoilerplate(start, end) {
      // Regions are sorted and disjoint: find the first that ends after `start`.
      let lo = 0;
      let hi = boilerplate.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (boilerplate[mid]!.end <= start) lo = mid + 1;
        else hi = mid;
      }
      const r = boilerplate[lo];
      return r !== undefined && r.start < Math.max(end, start + 1);
    },
    paragraphAt: (at) => bisect(paragraphs, at),
    sentenceAt: (at) => bisect(sentences, at),
  };
}
