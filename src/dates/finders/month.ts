import { prefixBefore } from '../before.js';
import { keyOf, L, R, type Lexicon } from '../lexicon.js';
import type { Candidate, Scan } from '../types.js';
import { MONTH } from './features.js';
import { candidate, finder, matches, monthOf, nameOk, pattern, yearOf } from './scan.js';

const YEAR = "(\\d{4}|['’]\\d{2})(?!\\d)";

/** `May`, `last April`, `November 2025`, `Nov. 1998`, `listopad 2025 r.`, `w listopadzie`. */
const month = pattern({
  source: (lex) =>
    `${L}(?:(${lex.shift})\\s+)?(?:(${lex.month})|(${lex.monthAbbr})(?:\\.(?=\\s+\\d)|(?=,?\\s+\\d{4}(?!\\d))))${R}(?:,?\\s+(?:(?:${lex.yearLink})\\s+)?${YEAR}${R}(?:\\s*(?:${lex.yearSuffix})(?![\\p{L}]))?)?`,
  starts: { lists: ['shift', 'month', 'monthAbbr'] },
  anchor: MONTH,
});

/** True when a preposition or a period prefix stands right before `at`. */
function introduced(scan: Scan, at: number): boolean {
  const m = prefixBefore(scan.lex, scan.text.slice(Math.max(scan.start, at - 40), at));
  return m !== null && Boolean(m[1] || m[2]);
}

/** Months, with a year or a modifier or bare (the tense then decides the year). */
export const findMonth = finder([month], (scan) => {
  const out: Candidate[] = [];
  for (const { m, start, end } of matches(scan, month)) {
    const name = m[2] ?? m[3]!;
    const year = yearOf(m[4]);
    if (!nameOk(scan.lex, name, year !== null)) continue;
    const mo = monthOf(scan.lex, name);
    if (mo === null) continue;
    const shift = m[1] ? scan.lex.locale.shifts[keyOf(m[1])] ?? null : null;
    // Where names are not capitalized, a bare month needs a preposition or a prefix: `w maju`, `od maja`,
    // `na początku grudnia`; `Maja` alone is a name.
    if (year === null && !shift && !scan.lex.locale.capitalizedNames && !introduced(scan, start)) continue;
    const rule = year !== null ? 'date-month-year' : shift ? 'date-month-shift' : 'date-month';
    out.push(candidate(scan, start, end, rule, { type: 'month', year, month: mo, shift, yearOffset: null }));
  }
  return out;
});
