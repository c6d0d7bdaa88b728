import type { Lexicon } from '../lexicon.js';
import type { Candidate, Finder, Scan } from '../types.js';
import { findDuration } from './duration.js';
import { findHoliday } from './holiday.js';
import { findDayMonth, findMonthDay } from './month-day.js';
import { findMonth } from './month.js';
import { findNumeric } from './numeric.js';
import { findOffset } from './offset.js';
import { findRelativeDay } from './relative-day.js';
import { findRelativePeriod } from './relative-period.js';
import { findSeason } from './season.js';
import { findWeekday } from './weekday.js';
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

/** Candidates of every finder in one span of the text (a sentence, a line), in text order. */
export function scanSpan(text: string, start: number, end: number, lex: Lexicon, code: string): Candidate[] {
  if (!lex.trigger.test(text.slice(start, end))) return [];
  const scan: Scan = { text, start, end, lex, code };
  const out: Candidate[] = [];
  for (const find of dateFinders) out.push(...find(scan));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
