import type { Token } from '../../document/types.js';
import type { Lexicon } from '../lexicon.js';
import type { Candidate, Finder, Scan } from '../types.js';
import { findDuration } from './duration.js';
import { featuresOf, featuresOfTokens } from './features.js';
import { findHoliday } from './holiday.js';
import { findDayMonth, findMonthDay } from './month-day.js';
import { findMonth } from './month.js';
import { findNumeric } from './numeric.js';
import { findOffset } from './offset.js';
import { findRelativeDay } from './relative-day.js';
import { findRelativePeriod } from './relative-period.js';
import { findSeason } from './season.js';
import { findWeekday } from './weekday.js';
import { compiledFor, patternsOf, wantedFor } from './scan.js';
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
  if (known === null) {
    // Head lines: the features come from the text, after the candidates; drop the patterns they rule out.
    const wanted = wantedFor(compiled, featuresOf(scan));
    candidates.forEach((_, id) => {
      if (!((wanted >>> id) & 1)) candidates[id] = undefined;
    });
  }
  // Run only the finders with a pattern that may match here.
  let present = 0;
  candidates.forEach((at, id) => {
    if (at) present |= 1 << id;
  });
  const out: Candidate[] = [];
  dateFinders.forEach((find, i) => {
    if (reads[i]! & present) out.push(...find(scan));
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
