import { keyOf, L, R } from '../lexicon.js';
import type { Candidate } from '../types.js';
import { WEEKDAY } from './features.js';
import { candidate, finder, matches, nameOk, pattern } from './scan.js';

/** `Friday`, `last Friday`, `this coming Sunday`, `w przyszły poniedziałek`, `Friday's`. */
const weekday = pattern({
  source: (lex) =>
    `${L}(?:(${lex.shift})\\s+)?(${lex.weekday})${R}(\\.?,?\\s*(?=\\d|${lex.month}|${lex.monthAbbr}))?`,
  starts: { lists: ['shift', 'weekday'] },
  anchor: WEEKDAY,
});

/** Weekdays. Short forms (`Wed`, `Sun`) only directly before a date: `Wed, Nov 5`. */
export const findWeekday = finder([weekday], (scan) => {
  const out: Candidate[] = [];
  for (const { m, start, end } of matches(scan, weekday)) {
    const name = m[2]!;
    if (!nameOk(scan.lex, name)) continue;
    if (name.length <= 4 && m[3] === undefined) continue;
    const wd = scan.lex.locale.weekdays[keyOf(name)];
    if (wd === undefined) continue;
    const shift = m[1] ? scan.lex.locale.shifts[keyOf(m[1])] ?? null : null;
    const nameEnd = end - (m[3]?.length ?? 0);
    out.push(candidate(scan, start, nameEnd, shift ? 'date-weekday-shift' : 'date-weekday', { type: 'weekday', weekday: wd, shift }));
  }
  return out;
});
