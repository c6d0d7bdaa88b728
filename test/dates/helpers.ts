import { extractDates } from '../../src/index.js';
import type { DateMention } from '../../src/index.js';

/** The dates of a text as `text → value` pairs, checking the offsets of each. */
export function datesOf(text: string, referenceDate: string | null, language = 'en', durations = false): DateMention[] {
  const dates = extractDates(text, { referenceDate, language, durations });
  for (const d of dates) if (text.slice(d.start, d.end) !== d.text) throw new Error(`bad offsets for ${d.text}`);
  return dates;
}

/** `text → value` of the dates of a text. */
export function values(text: string, referenceDate: string | null, language = 'en'): Record<string, string | null> {
  return Object.fromEntries(datesOf(text, referenceDate, language).map((d) => [d.text, d.value]));
}
