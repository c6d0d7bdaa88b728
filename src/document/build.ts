import type { Locale } from '../locales/types.js';
import { getLocale, locales } from '../locales/registry.js';
import type { Document, Paragraph, Sentence, Token } from './types.js';
import { splitParagraphs, type RawParagraph } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import { findBoilerplate, isHeadlineLike } from './boilerplate.js';
import { detectLanguageOfSample, LANGUAGE_SAMPLE, SHORT_SAMPLE } from './language.js';
import { FunctionWordTally } from './function-words.js';
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

/**
 * True when a guessed boilerplate region starts at the paragraph starting at `start`: the language
 * sample skips such paragraphs (the first of each region). `b.at` is a cursor into the sorted
 * regions, advanced as the starts grow.
 */
function opensRegion(boilerplate: readonly { start: number }[], b: { at: number }, start: number): boolean {
  while (b.at < boilerplate.length && boilerplate[b.at]!.start < start) b.at++;
  return b.at < boilerplate.length && boilerplate[b.at]!.start === start;
}

/** What reading the language leaves behind: the language, and how many paragraphs it tokenized. */
interface LanguageRead {
  language: string;
  tokenized: number;
}

/**
 * The language of the text, read from a sample of its first letters that skips boilerplate: the
 * first LANGUAGE_SAMPLE characters of its paragraphs (each cut at LANGUAGE_SAMPLE), joined by line
 * ends. The function words of the sample's words decide when they leave no doubt; otherwise franc
 * reads the sample (and for a short one, function words first, as it does). The paragraphs up to
 * the sample's last are tokenized here, in order, into `tokens` (tagged sentence 0 until their
 * sentences are known): the Document's first tokens.
 */
function readLanguage(
  text: string,
  paragraphs: readonly RawParagraph[],
  boilerplate: readonly { start: number; end: number }[],
  tokens: Token[],
): LanguageRead {
  const tally = new FunctionWordTally();
  let length = 0;
  const b = { at: 0 };
  let p = 0;
  for (; p < paragraphs.length && length < LANGUAGE_SAMPLE; p++) {
    const { start, end } = paragraphs[p]!;
    const first = tokens.length;
    tokenize(text, start, end, 0, tokens);
    if (opensRegion(boilerplate, b, start)) continue;
    // The words lying wholly in the part of this paragraph the sample holds.
    const stop = start + Math.min(end - start, LANGUAGE_SAMPLE - length);
    for (let k = first; k < tokens.length && tokens[k]!.end <= stop; k++) if (tokens[k]!.kind === 'word') tally.add(tokens[k]!.lower);
    length += Math.min(end - start, LANGUAGE_SAMPLE) + 1;
  }
  return { language: decideLanguage(text, paragraphs, boilerplate, tally, length), tokenized: p };
}

/** The tally's answer when it has one for a sample `length` long, else franc's (see readLanguage). */
function decideLanguage(
  text: string,
  paragraphs: readonly RawParagraph[],
  boilerplate: readonly { start: number; end: number }[],
  tally: FunctionWordTally,
  length: number,
): string {
  // A sample franc reads whole: its function words decide first, when they do.
  if (Math.min(length, LANGUAGE_SAMPLE) >= SHORT_SAMPLE) {
    const decided = tally.decide();
    if (decided) return decided;
  }
  let sample = '';
  const b = { at: 0 };
  for (const { start, end } of paragraphs) {
    if (sample.length >= LANGUAGE_SAMPLE) break;
    if (opensRegion(boilerplate, b, start)) continue;
    sample += text.slice(start, Math.min(end, start + LANGUAGE_SAMPLE)) + '\n';
  }
  return detectLanguageOfSample(sample);
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

  // Language first (on a raw sample: boilerplate rules are per language), then boilerplate. Reading
  // the language tokenizes the paragraphs of its sample; the rest are tokenized by sentence below.
  const tokens: Token[] = [];
  let language = options.language;
  let tokenized = 0;
  let guessed: ReturnType<typeof findBoilerplate> | null = null;
  if (language === 'auto') {
    guessed = findBoilerplate(text, raw, locales[0]!.text);
    ({ language, tokenized } = readLanguage(text, raw, guessed, tokens));
  }
  // An undetermined language is read with the first locale (English): short texts still get their quotes.
  const locale = getLocale(language) ?? (language === 'und' ? locales[0]! : null);

  // The guess was made with the first locale's rules: when that is the locale, it is the answer.
  const boilerplate = guessed && locale === locales[0] ? guessed : findBoilerplate(text, raw, locale?.text ?? null);
  const abbreviations = abbreviationsOf(locale);
  const months = monthsOf(locale);

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let b = 0;
  let k = 0;
  for (let index = 0; index < raw.length; index++) {
    const p = raw[index]!;
    while (b < boilerplate.length && boilerplate[b]!.end <= p.start) b++;
    const inBp = b < boilerplate.length && boilerplate[b]!.start <= p.start && p.end <= boilerplate[b]!.end;
    const sentenceStart = sentences.length;
    for (const s of splitSentences(text, p.start, p.end, abbreviations, months)) {
      const tokenStart = k;
      const si = sentences.length;
      if (index < tokenized) {
        // Tokenized whole: sentences break at white space, which no token holds, so the sentence
        // takes the paragraph's next tokens up to its end.
        while (k < tokens.length && tokens[k]!.start < s.end) tokens[k++]!.sentence = si;
      } else {
        tokenize(text, s.start, s.end, si, tokens);
        k = tokens.length;
      }
      sentences.push({ index: si, start: s.start, end: s.end, paragraph: index, tokenStart, tokenEnd: k });
    }
    paragraphs.push({
      index,
      start: p.start,
      end: p.end,
      sentenceStart,
      sentenceEnd: sentences.length,
      boilerplate: inBp,
      headline: p.end - p.start <= 160 && isHeadlineLike(text.slice(p.start, p.end)),
    });
  }

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
