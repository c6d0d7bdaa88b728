import { franc } from 'franc';
import { locales } from '../locales/registry.js';

// franc chooses among the supported languages and their usual neighbours, so that a
// German or Czech article is reported as such instead of as the nearest supported one.
const NEIGHBOURS: Record<string, string> = {
  deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', rus: 'ru', ukr: 'uk', nld: 'nl', ces: 'cs', slk: 'sk',
};
const ISO1: Record<string, string> = {
  ...NEIGHBOURS,
  ...Object.fromEntries(locales.map((l) => [l.iso6393, l.code])),
};
const CANDIDATES = Object.keys(ISO1);

/** How many characters of the text franc reads: enough to be sure, few enough to be fast. */
export const LANGUAGE_SAMPLE = 2400;
const MIN_LETTERS = 20;

/**
 * The language of a text sample as an ISO 639-1 code, or 'und' when there are too
 * few letters to tell. `sample` should already skip boilerplate.
 */
export function detectLanguageOfSample(sample: string): string {
  const s = sample.length > LANGUAGE_SAMPLE ? sample.slice(0, LANGUAGE_SAMPLE) : sample;
  let letters = 0;
  for (const ch of s) if (/\p{L}/u.test(ch) && ++letters >= MIN_LETTERS) break;
  if (letters < MIN_LETTERS) return 'und';
  const code = franc(s, { only: CANDIDATES, minLength: MIN_LETTERS });
  return ISO1[code] ?? 'und';
}
