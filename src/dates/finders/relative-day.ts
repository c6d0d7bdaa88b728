import { keyOf, L, R } from '../lexicon.js';
import type { Candidate } from '../types.js';
import { RELATIVE_DAY } from './features.js';
import { candidate, finder, matches, pattern } from './scan.js';

const relativeDay = pattern({
  source: (lex) =>
    `${L}(${lex.relDay})${R}`,
  starts: { lists: ['relDay'] },
  anchor: RELATIVE_DAY,
});

/** `yesterday`, `today`, `tomorrow`, `wczoraj`, `przedwczoraj`, `last night`. */
export const findRelativeDay = finder([relativeDay], (scan) => {
  const out: Candidate[] = [];
  for (const { m, start, end } of matches(scan, relativeDay)) {
    const offset = scan.lex.locale.relativeDays[keyOf(m[1]!)];
    if (offset === undefined) continue;
    out.push(candidate(scan, start, end, 'date-relative-day', { type: 'relative', unit: 'day', offset }));
  }
  return out;
});
