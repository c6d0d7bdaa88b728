import type { Token } from '../../document/types.js';
import type { Lexicon } from '../lexicon.js';
import type { Candidate, Finder, Scan } from '../types.js';
import { findDuration } from './duration.js';
import { DIGIT, featuresOf, featuresOfTokens, HOLIDAY, MONTH, RELATIVE_DAY, SEASON, UNIT, WEEKDAY } from './features.js';
import { findHoliday } from './holiday.js';
import { findDayMonth, findMonthDay } from './month-day.js';
import { findMonth } from './month.js';
import { findNumeric } from './numeric.js';
import { findOffset } from './offset.js';
import { findRelativeDay } from './relative-day.js';
import { findRelativePeriod } from './relative-period.js';
import { findSeason } from './season.js';
import { findWeekday } from './weekday.js';
import { compiledFor } from './scan.js';
import { candidatesOf } from './starts.js';
import { findYear } from './year.js';

/** The finders, in order; overlaps between them are settled by the refiners. */
export const dateFinders: readonly Finder[] = [
  findNumeric,
  findMonthDay,
  findDayMonth,
  findMonth,
  findWeekday,
  findRelativeDay,
  findRelativePeriod,
  findOffset,
  findYear,
  findSeason,
  findHoliday,
  findDuration,
];

/** The anchor a finder needs in a span (features.ts): without it the finder is not run. */
const needs: ReadonlyMap<Finder, number> = new Map<Finder, number>([
  [findNumeric, DIGIT],
  [findMonthDay, MONTH],
  [findDayMonth, MONTH],
  [findMonth, MONTH],
  [findWeekday, WEEKDAY],
  [findRelativeDay, RELATIVE_DAY],
  [findRelativePeriod, UNIT],
  [findOffset, UNIT],
  [findYear, DIGIT],
  [findSeason, SEASON],
  [findHoliday, HOLIDAY],
  [findDuration, UNIT],
]);

/** The finders in order, each with the bits of its anchor. */
const gated: ReadonlyArray<readonly [Finder, number]> = dateFinders.map((f) => [f, needs.get(f) ?? -1]);

/** The span's tokens, when the Document has them: `tokens[from, to)`. */
export interface SpanTokens {
  tokens: readonly Token[];
  from: number;
  to: number;
}

/**
 * Candidates of every finder in one span of the text (a sentence, a line), in text order.
 * `tokens`, when at hand, saves reading the text for the span's features.
 */
export function scanSpan(text: string, start: number, end: number, lex: Lexicon, code: string, tokens?: SpanTokens): Candidate[] {
  // From tokens the features come cheaper than the candidates: read them first (most spans have none).
  const known = tokens ? featuresOfTokens(tokens.tokens, tokens.from, tokens.to, lex) : null;
  if (known === 0) return [];
  const slice = text.slice(start, end);
  const { regexes, trie } = compiledFor(lex);
  const candidates = candidatesOf(slice, trie);
  // No pattern may match anywhere: no finder can find anything.
  if (candidates.length === 0) return [];
  const scan: Scan = { text, start, end, slice, candidates, regexes, lex, code };
  const f = known ?? featuresOf(scan);
  if (f === 0) return [];
  const out: Candidate[] = [];
  for (const [find, need] of gated) if (need & f) out.push(...find(scan));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
