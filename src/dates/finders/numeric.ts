import { isValidDay } from '../calendar.js';
import { L, R } from '../lexicon.js';
import type { Candidate } from '../types.js';
import { DIGIT } from './features.js';
import { candidate, finder, matches, pattern } from './scan.js';

const ROMAN: Record<string, number> = {
  I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12,
};

/** `2025-11-05` (ISO, also `2018-7-6`), `05.11.2025`, `5.11.2025 r.`, `11/05/2025` (in the locale's order). */
const numeric = pattern({
  source: (lex) =>
    `${L}(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})([./])(\\d{1,2})\\5(\\d{4}|\\d{2}))(?![\\d.\\-/]\\d)(?:(?=T\\d)|${R})(?:\\s*(?:${lex.yearSuffix})(?![\\p{L}]))?`,
  // Day and month are runs of one or two digits, each before the same separator.
  starts: { digits: ['#4-#1-', '#4-#2-', ...['#1', '#2'].flatMap((d) => ['#1', '#2'].flatMap((m) => [`${d}.${m}.`, `${d}/${m}/`]))] },
  anchor: DIGIT,
});

/** `5 XI 2025`: a Roman month between day and year (Polish). */
const roman = pattern({
  source: (lex) =>
    `${L}(\\d{1,2})\\.?\\s+(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.?\\s+(\\d{4})(?!\\d)(?:\\s*(?:${lex.yearSuffix})(?![\\p{L}]))?`,
  // The numeral's first letter (`I`, `V`, `X`, any case: the regex is case-insensitive) after white space.
  starts: { digits: ['#1', '#2'].flatMap((d) => ['', '.'].flatMap((dot) => ['i', 'v', 'x'].map((r) => `${d}${dot} ${r}`))) },
  anchor: DIGIT,
});

/** Numeric dates. Two-digit years read as 19xx from 50 up, else 20xx. */
export const findNumeric = finder([numeric, roman], (scan) => {
  const out: Candidate[] = [];
  for (const { m, start, end } of matches(scan, numeric)) {
    let y: number;
    let mo: number;
    let d: number;
    let rule = 'date-numeric';
    if (m[1]) {
      [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      rule = 'date-iso';
    } else {
      const a = Number(m[4]);
      const b = Number(m[6]);
      const yy = m[7]!;
      y = yy.length === 2 ? (Number(yy) < 50 ? 2000 : 1900) + Number(yy) : Number(yy);
      // Dots are day-first everywhere; slashes follow the locale, unless the first number cannot be a month.
      const dayFirst = m[5] === '.' || scan.lex.locale.numericOrder === 'dmy' || a > 12;
      [d, mo] = dayFirst ? [a, b] : [b, a];
    }
    if (!isValidDay(y, mo, d)) continue;
    out.push(candidate(scan, start, end, rule, { type: 'day', year: y, month: mo, day: d, yearOffset: null }));
  }
  if (scan.lex.locale.romanMonths) {
    // Roman numerals are upper case: this regex is run case-sensitively on purpose.
    for (const { m, start, end } of matches(scan, roman)) {
      if (m[2] !== m[2]!.toUpperCase()) continue;
      const [y, mo, d] = [Number(m[3]), ROMAN[m[2]!]!, Number(m[1])];
      if (!isValidDay(y, mo, d)) continue;
      out.push(candidate(scan, start, end, 'date-roman-month', { type: 'day', year: y, month: mo, day: d, yearOffset: null }));
    }
  }
  return out;
});
