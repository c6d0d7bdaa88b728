import type { Locale } from '../locales/types.js';
import { formatDay, isValidDay, parseIsoDay } from '../dates/calendar.js';
import { scanDays } from '../dates/finders/index.js';
import { alternation, lexiconOf } from '../dates/lexicon.js';
import type { Candidate } from '../dates/types.js';
import type { RawParagraph } from './paragraphs.js';

/** How far into the article a dateline or byline date is looked for. */
const HEAD = 6;
/** How much of each head paragraph is read. */
const LINE = 160;
/** A paragraph this short is a byline or a dateline line, not body text. */
const SHORT_LINE = 80;

/** A dateline: a city in capitals and a comma before the date (`MOSCOW, November 2. /TASS/`). */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]*(?:\([^)\n]{1,40}\))?,\s*$/u;

const markerCache = new WeakMap<Locale, RegExp>();
function markerBefore(locale: Locale): RegExp {
  let re = markerCache.get(locale);
  if (!re) {
    // `Published on:`, `Updated -`: a marker, then at most a dozen spaces, `on` and punctuation (bounded: linear).
    re = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(locale.dates.publishedMarkers)})(?:\\s|on\\b|[:,-]){0,12}$`, 'iu');
    markerCache.set(locale, re);
  }
  return re;
}

/** The full day a candidate names, or null when it has no year. */
function fullDay(c: Candidate): string | null {
  const m = c.meaning;
  return m.type === 'day' && m.year !== null && isValidDay(m.year, m.month, m.day) ? formatDay({ year: m.year, month: m.month, day: m.day }) : null;
}

/**
 * The publication date a text states in its first lines: `Wednesday, 05 Nov 2025`,
 * `Published 3 March 2024`, `2025-11-05`, `05.11.2025`, `2 listopada 2025 r.`. A dateline
 * without a year (`MOSCOW, November 2. /TASS/`) takes the year of `referenceDate` when one is given.
 * A date in a short line, at the start of a line or after `Published` wins over one in body text.
 */
export function findPublishedAt(
  text: string,
  paragraphs: readonly RawParagraph[],
  locale: Locale | null,
  referenceDate: string | null,
): string | null {
  if (!locale) return null;
  const lex = lexiconOf(locale.dates);
  const marker = markerBefore(locale);
  const ref = parseIsoDay(referenceDate);
  let fallback: string | null = null;
  for (const p of paragraphs.slice(0, HEAD)) {
    const end = Math.min(p.end, p.start + LINE);
    // Only a day can be the date: the day finders alone, and only on a line with a digit.
    for (const c of scanDays(text, p.start, end, lex, locale.code)) {
      const before = text.slice(p.start, c.start);
      const day = fullDay(c);
      if (day) {
        if (p.end - p.start <= SHORT_LINE || c.start - p.start <= 40 || marker.test(before)) return day;
        fallback ??= day;
        continue;
      }
      const m = c.meaning;
      if (ref && m.type === 'day' && m.year === null && DATELINE.test(before) && isValidDay(ref.year, m.month, m.day)) {
        return formatDay({ year: ref.year, month: m.month, day: m.day });
      }
    }
  }
  return fallback;
}
