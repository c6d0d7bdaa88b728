import { keyOf, L, R, type Lexicon } from '../lexicon.js';
import type { Candidate, Finder } from '../types.js';
import { candidate, matches, regexOf } from './scan.js';

const relativeDay = (lex: Lexicon): string => `${L}(${lex.relDay})${R}`;

/** `yesterday`, `today`, `tomorrow`, `wczoraj`, `przedwczoraj`, `last night`. */
export const findRelativeDay: Finder = (scan) => {
  const out: Candidate[] = [];
  for (const { m, start, end } of matches(scan, regexOf(scan.lex, relativeDay))) {
    const offset = scan.lex.locale.relativeDays[keyOf(m[1]!)];
    if (offset === undefined) continue;
    out.push(candidate(scan, start, end, 'date-relative-day', { type: 'relative', unit: 'day', offset }));
  }
  return out;
};
