import { analyze, type Quote } from '../../src/index.js';

/** Quotes of a short text, read as the given language. */
export function quotesOf(text: string, language = 'en'): Quote[] {
  return analyze(text, { language, layers: ['quotes'] }).quotes;
}

/** [kind, text, speaker name, mention] of each quote: what a reader checks. */
export function summary(text: string, language = 'en'): Array<[string, string, string | null, string | null]> {
  return quotesOf(text, language).map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null]);
}
