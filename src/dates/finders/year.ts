import { R } from '../lexicon.js';
import type { Candidate } from '../types.js';
import { DIGIT } from './features.js';
import { candidate, finder, matches, pattern } from './scan.js';

/**
 * `2019`, `in 1998`, `fiscal 1999`, `mid-1996`, `2019 r.`, `1998-99`, `1990s`, `'90s`.
 * Before: not a currency, a sign or a decimal part; after: not a percent, a unit of money or more digits.
 */
const year = pattern({
  source: (lex) =>
    `(?<![\\p{L}\\p{N}$€£¥#№.,:/])(?:(${lex.yearPrefix})\\s*)?(\\d{4})(?:\\s*[-–/]\\s*(\\d{2}|\\d{4})(?!\\d))?(?:(s|['’]s)|(?![\\d%‰]|[.,:]\\d|\\s*%))${R}(?:\\s*(${lex.yearSuffix})(?![\\p{L}]))?`,
  starts: { digits: ['#4'], lists: ['yearPrefix'] },
  anchor: DIGIT,
});

const decadeShort = pattern({
  source: () =>
    "(?<![\\p{L}\\p{N}])['’](\\d)0s(?![\\p{L}\\p{N}])",
  starts: { apostrophe: true },
  anchor: DIGIT,
});

/** The range of bare four-digit numbers read as years. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Years, year ranges and decades. */
export const findYear = finder([year, decadeShort], (scan) => {
  const out: Candidate[] = [];
  for (const { m, start, end } of matches(scan, year)) {
    const y = Number(m[2]);
    const marked = m[1] !== undefined || m[5] !== undefined;
    if (y < (marked ? 1000 : MIN_YEAR) || y > MAX_YEAR) continue;
    if (m[4] !== undefined) {
      // `1990s`: a decade.
      if (y % 10 !== 0) continue;
      out.push(candidate(scan, start, end, 'date-decade', { type: 'decade', decade: Math.floor(y / 10) }));
      continue;
    }
    if (m[3] !== undefined) {
      // `1998-99`, `2019-2021`: two years.
      const second = m[3].length === 2 ? Math.floor(y / 100) * 100 + Number(m[3]) : Number(m[3]);
      if (second <= y || second - y > 50) continue;
      const dash = start + m[0].indexOf(m[3], m[0].indexOf(m[2]!) + 4);
      const firstEnd = start + m[0].indexOf(m[2]!) + 4;
      out.push(candidate(scan, start, firstEnd, 'date-year-range', { type: 'year', year: y }));
      out.push(candidate(scan, dash, end, 'date-year-range', { type: 'year', year: second }));
      continue;
    }
    out.push(candidate(scan, start, end, 'date-year', { type: 'year', year: y }));
  }
  for (const { m, start, end } of matches(scan, decadeShort)) {
    const d = Number(m[1]);
    out.push(candidate(scan, start, end, 'date-decade', { type: 'decade', decade: d >= 3 ? 190 + d : 200 + d }));
  }
  return out;
});
