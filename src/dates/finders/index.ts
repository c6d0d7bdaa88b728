import type { Token } from '../../document/types.js';
import type { Lexicon } from '../lexicon.js';
import type { Candidate, Finder, Scan } from '../types.js';
import { findDuration } from './duration.js';
import { dateWordId, DIGIT, featuresOf, featuresOfTokens } from './features.js';
import { findHoliday } from './holiday.js';
import { findDayMonth, findMonthDay } from './month-day.js';
import { findMonth } from './month.js';
import { findNumeric } from './numeric.js';
import { findOffset } from './offset.js';
import { findRelativeDay } from './relative-day.js';
import { findRelativePeriod } from './relative-period.js';
import { findSeason } from './season.js';
import { findWeekday } from './weekday.js';
import { compiledFor, dropUnmet, patternsOf, wantedFor, type Compiled } from './scan.js';
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

/** The patterns (bits) each finder reads, in the order of `dateFinders`. */
const reads = dateFinders.map(patternsOf);

/** The span's tokens, when the Document has them: `tokens[from, to)`. */
export interface SpanTokens {
  tokens: readonly Token[];
  from: number;
  to: number;
}

/** The finders whose candidates may name a day (`Meaning.type === 'day'`), in the order of `dateFinders`. */
export const dayFinders: readonly Finder[] = [findNumeric, findMonthDay, findDayMonth];

/** The patterns (bits) the day finders read. */
const dayReads = dayFinders.map(patternsOf);
const dayPatterns = dayReads.reduce((bits, r) => bits | r, 0);

/** Runs each of `finders` (reading `finderReads[i]`) with a pattern that may match in the span; text order. */
function runFinders(scan: Scan, finders: readonly Finder[], finderReads: readonly number[]): Candidate[] {
  let present = 0;
  scan.candidates.forEach((at, id) => {
    if (at) present |= 1 << id;
  });
  const out: Candidate[] = [];
  finders.forEach((find, i) => {
    if (finderReads[i]! & present) out.push(...find(scan));
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Candidates of every finder in one span of the text (a sentence, a line), in text order.
 * `tokens`, when at hand, saves reading the text for the span's features.
 */
export function scanSpan(text: string, start: number, end: number, lex: Lexicon, code: string, tokens?: SpanTokens): Candidate[] {
  // From tokens the features come cheaper than the candidates: read them first (most spans have
  // none), then look only for the patterns whose anchor the span holds.
  const known = tokens ? featuresOfTokens(tokens.tokens, tokens.from, tokens.to, lex) : null;
  if (known === 0) return [];
  const slice = text.slice(start, end);
  const compiled = compiledFor(lex);
  const candidates = candidatesOf(slice, compiled.trie, known === null ? -1 : wantedFor(compiled, known));
  // No pattern may match anywhere: no finder can find anything.
  if (candidates.length === 0) return [];
  const scan: Scan = { text, start, end, slice, candidates, regexes: compiled.regexes, lex, code };
  if (known === null) pruneByText(scan, compiled, -1);
  dropUnmet(candidates);
  // Run only the finders with a pattern that may match here.
  return runFinders(scan, dateFinders, reads);
}

/** Head lines: the features come from the text, after the candidates; drop the patterns they rule out (and those not in `keep`). */
function pruneByText(scan: Scan, compiled: Compiled, keep: number): void {
  const wanted = wantedFor(compiled, featuresOf(scan)) & keep;
  const candidates = scan.candidates as Array<number[] | undefined>;
  candidates.forEach((_, id) => {
    if (!((wanted >>> id) & 1)) candidates[id] = undefined;
  });
}

/** True when [start, end) of `text` holds an ASCII digit (what `\d` matches, `u` flag or not). */
function hasAsciiDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The candidates naming a day in one span of the text read without tokens (a head line): exactly
 * those of `scanSpan(text, start, end, lex, code)` whose finder is one of `dayFinders`, in the same
 * order, for a fraction of the work. Every day pattern reads a digit (`\d`): a span without one has none.
 */
export function scanDays(text: string, start: number, end: number, lex: Lexicon, code: string): Candidate[] {
  if (!hasAsciiDigit(text, start, end)) return [];
  const slice = text.slice(start, end);
  const compiled = compiledFor(lex);
  const candidates = candidatesOf(slice, compiled.trie, dayPatterns);
  if (candidates.length === 0) return [];
  const scan: Scan = { text, start, end, slice, candidates, regexes: compiled.regexes, lex, code };
  // The span's features hold DIGIT: the patterns anchored on it stay. Any other pattern with a place
  // here (a month's) is pruned as `scanSpan` prunes it: by the features read from the text.
  let present = 0;
  candidates.forEach((at, id) => {
    if (at) present |= 1 << id;
  });
  if (present & ~wantedFor(compiled, DIGIT)) {
    const words = candidatesOf(slice, compiled.trie, 1 << dateWordId);
    candidates[dateWordId] = words[dateWordId];
    pruneByText(scan, compiled, dayPatterns);
  }
  return runFinders(scan, dayFinders, dayReads);
}
