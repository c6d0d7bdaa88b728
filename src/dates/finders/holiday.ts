import { keyOf, L, R } from '../lexicon.js';
import type { Candidate } from '../types.js';
import { HOLIDAY } from './features.js';
import { candidate, finder, matches, nameOk, pattern } from './scan.js';

/** `Christmas`, `last Thanksgiving`, `Easter 2024`, `Boże Narodzenie`, `Wszystkich Świętych`. */
const holiday = pattern({
  source: (lex) =>
    `${L}(?:(${lex.shift})\\s+)?(${lex.holiday})${R}(?:\\s+(\\d{4})(?!\\d)${R})?`,
  starts: { lists: ['shift', 'holiday'] },
  anchor: HOLIDAY,
});

/** Named holidays, resolved to their day in the year the tense or the modifier picks. */
export const findHoliday = finder([holiday], (scan) => {
  const out: Candidate[] = [];
  const { locale } = scan.lex;
  for (const { m, start, end } of matches(scan, holiday)) {
    if (!nameOk(scan.lex, m[2]!)) continue;
    const h = locale.holidays[keyOf(m[2]!)];
    if (!h) continue;
    const shift = m[1] ? locale.shifts[keyOf(m[1])] ?? null : null;
    const year = m[3] ? Number(m[3]) : null;
    out.push(candidate(scan, start, end, 'date-holiday', { type: 'holiday', holiday: h, year, shift }));
  }
  return out;
});
