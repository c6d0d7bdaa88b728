import { keyOf, type Lexicon } from '../lexicon.js';
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

/** What a span holds, read once by the trigger regex: digits, and the kinds of date words in it. */
interface Features {
  digit: boolean;
  words: Set<string>;
}

type Kind = 'month' | 'weekday' | 'relativeDay' | 'unit' | 'season' | 'holiday';
const kindSets = new WeakMap<Lexicon, Record<Kind, ReadonlySet<string>>>();
function setsOf(lex: Lexicon): Record<Kind, ReadonlySet<string>> {
  let sets = kindSets.get(lex);
  if (!sets) {
    const l = lex.locale;
    const keys = (o: Record<string, unknown>): ReadonlySet<string> => new Set(Object.keys(o).map(keyOf));
    sets = {
      month: new Set([...keys(l.months), ...keys(l.monthAbbreviations)]),
      weekday: keys(l.weekdays),
      relativeDay: keys(l.relativeDays),
      unit: keys(l.units),
      season: keys(l.seasons),
      holiday: keys(l.holidays),
    };
    kindSets.set(lex, sets);
  }
  return sets;
}

/**
 * Which finders can match in a span: each needs a digit or a word of its kind, so a finder whose
 * anchor the span lacks is not run (the trigger regex has already found every anchor).
 */
const needs: ReadonlyMap<Finder, ReadonlyArray<Kind | 'digit'>> = new Map<Finder, ReadonlyArray<Kind | 'digit'>>([
  [findNumeric, ['digit']],
  [findMonthDay, ['month']],
  [findDayMonth, ['month']],
  [findMonth, ['month']],
  [findWeekday, ['weekday']],
  [findRelativeDay, ['relativeDay']],
  [findRelativePeriod, ['unit']],
  [findOffset, ['unit']],
  [findYear, ['digit']],
  [findSeason, ['season']],
  [findHoliday, ['holiday']],
  [findDuration, ['unit']],
]);

function featuresOf(text: string, lex: Lexicon): Features | null {
  const re = new RegExp(lex.trigger.source, 'giu');
  const f: Features = { digit: false, words: new Set() };
  let m: RegExpExecArray | null;
  let any = false;
  while ((m = re.exec(text)) !== null) {
    any = true;
    if (m[0].length === 1 && m[0] >= '0' && m[0] <= '9') f.digit = true;
    else if (/^\p{N}$/u.test(m[0])) f.digit = true;
    else f.words.add(keyOf(m[0]));
  }
  return any ? f : null;
}

function runs(find: Finder, f: Features, sets: Record<Kind, ReadonlySet<string>>): boolean {
  const need = needs.get(find);
  if (!need) return true;
  for (const n of need) {
    if (n === 'digit') {
      if (f.digit) return true;
    } else for (const w of f.words) if (sets[n].has(w)) return true;
  }
  return false;
}

/** Candidates of every finder in one span of the text (a sentence, a line), in text order. */
export function scanSpan(text: string, start: number, end: number, lex: Lexicon, code: string): Candidate[] {
  const f = featuresOf(text.slice(start, end), lex);
  if (!f) return [];
  const sets = setsOf(lex);
  const scan: Scan = { text, start, end, lex, code };
  const out: Candidate[] = [];
  for (const find of dateFinders) if (runs(find, f, sets)) out.push(...find(scan));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
