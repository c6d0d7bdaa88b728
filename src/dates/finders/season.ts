import { keyOf, L, R, type Lexicon } from '../lexicon.js';
import type { Candidate } from '../types.js';
import { SEASON } from './features.js';
import { candidate, finder, matches, pattern, yearOf } from './scan.js';

const YEAR = "(\\d{4}|['’]\\d{2})(?!\\d)";

/** `last summer`, `the fall of 1998`, `spring 2025`, `zimą`, `tej jesieni`. */
const season = pattern({
  source: (lex) =>
    `${L}(?:(${lex.shift})\\s+)?(${lex.season})${R}(?:\\s+(?:of\\s+)?${YEAR}${R})?`,
  starts: { lists: ['shift', 'season'] },
  anchor: SEASON,
});

/** A preposition (and a short article) right before: `in the fall`, `w zimie`. */
const prepositionBefore = (lex: Lexicon): RegExp => new RegExp(`(?:^|[^\\p{L}])(?:${lex.preposition})\\s+(?:\\p{L}{1,3}\\s+)?$`, 'iu');
const cache = new WeakMap<Lexicon, RegExp>();

/** Seasons. A bare season word (`fall`, `spring`) counts only with a modifier, a year or a preposition. */
export const findSeason = finder([season], (scan) => {
  const out: Candidate[] = [];
  const { locale, seasonAdverbs } = scan.lex;
  let prep = cache.get(scan.lex);
  if (!prep) cache.set(scan.lex, (prep = prepositionBefore(scan.lex)));
  for (const { m, start, end } of matches(scan, season)) {
    const word = keyOf(m[2]!);
    const code = locale.seasons[word];
    if (!code) continue;
    const year = yearOf(m[3]);
    const shift = m[1] ? locale.shifts[keyOf(m[1])] ?? null : null;
    if (year === null && !shift && !seasonAdverbs.has(word) && !prep.test(scan.text.slice(Math.max(0, start - 12), start))) continue;
    out.push(candidate(scan, start, end, 'date-season', { type: 'season', year, season: code, shift, yearOffset: null }));
  }
  return out;
});
