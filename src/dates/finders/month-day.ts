import { isValidDay } from '../calendar.js';
import type { Shift } from '../locale.js';
import { keyOf, L, R, type Lexicon } from '../lexicon.js';
import type { Candidate, Scan } from '../types.js';
import { MONTH } from './features.js';
import { candidate, finder, groupSpan, matches, monthOf, nameOk, pattern, yearOf } from './scan.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const YEAR = "(\\d{4}|['’]\\d{2})(?!\\d)";
/** Between the two days of a range: a dash or a joining word (`2 do 5 listopada`, `October 2 and 5`). */
const JOIN = (lex: Lexicon): string => `(?:\\s*[-–—]\\s*|\\s+(?:${lex.rangeJoiner})\\s+)`;

/** `November 2`, `Nov. 2, 2025`, `Dec. 19`, `October 2-5`: month before day. */
const monthDay = pattern({
  source: (lex) =>
    `${L}(?:(${lex.shift})\\s+)?(${lex.month}(?![\\p{L}])|(?:${lex.monthAbbr})(?:\\.|(?=\\s)))\\s*${DAY}(?:${JOIN(lex)}(\\d{1,2})(?!\\d)(?=\\s*(?:[,.;:)]|$|\\d{4})))?${R}(?:(?:\\s*,\\s*|\\s+(?:(?:${lex.yearLink})\\s+)?)${YEAR}${R})?(?:\\s+(?:${lex.yearSuffix})(?![\\p{L}]))?`,
  starts: { lists: ['shift', 'month', 'monthAbbr'] },
  anchor: MONTH,
  indices: true,
});

/** What follows the day (and its dot) in a day-first date: a dash or a joining word (a range), `of`, or a month. */
const AFTER_DAY = ['-', ' -', ' {rangeJoiner}', 'of', ' of', '{month}', ' {month}', '{monthAbbr}', ' {monthAbbr}'];

/**
 * What a day-first date begins with: one or two digits, then an ordinal suffix, or a dot or none
 * before a dash or a joining word (a range), `of`, or a month (abbreviated or not), after white
 * space or none.
 */
const DAY_STARTS = ['#1', '#2'].flatMap((d) => [
  ...['st', 'nd', 'rd', 'th'].map((suffix) => d + suffix),
  ...AFTER_DAY.map((after) => d + after),
  ...AFTER_DAY.map((after) => `${d}.${after}`),
]);

/** `2 November 2025`, `05 Nov 2025`, `2 listopada 2025 r.`, `the 2nd of November`, `2-5 listopada`. */
const dayMonth = pattern({
  source: (lex) =>
    `${L}${DAY}\\.?(?:${JOIN(lex)}(\\d{1,2})\\.?(?!\\d))?\\s*(?:of\\s+)?(${lex.month}(?![\\p{L}])|(?:${lex.monthAbbr})(?:\\.|(?=[\\s,]|$)))(?![\\p{L}\\p{N}])(?:,?\\s+(?:(?:${lex.yearLink})\\s+)?${YEAR}${R})?(?:\\s*(?:${lex.yearSuffix})(?![\\p{L}]))?`,
  starts: { digits: DAY_STARTS },
  anchor: MONTH,
  indices: true,
});

const ORDINAL = /^(?:st|nd|rd|th)/iu;

/** True when the day of capture group `g` is written as an ordinal (`4th`): a number no other word takes. */
function ordinalAfter(m: RegExpExecArray, g: number): boolean {
  const span = m.indices?.[g];
  return span !== undefined && ORDINAL.test(m[0].slice(span[1] - m.index, span[1] - m.index + 2));
}

function day(scan: Scan, start: number, end: number, rule: string, y: number | null, m: number, d: number, shift: Shift | null = null): Candidate | null {
  if (!isValidDay(y ?? 2000, m, d)) return null;
  return candidate(scan, start, end, rule, { type: 'day', year: y, month: m, day: d, yearOffset: null, shift });
}

/** Month-first dates: `November 2`, `Nov. 2, 2025`, and the end of a range `Oct. 2-5`. */
export const findMonthDay = finder([monthDay], (scan) => {
  const out: Candidate[] = [];
  for (const { m, start, end } of matches(scan, monthDay)) {
    const year = yearOf(m[5]);
    if (!nameOk(scan.lex, m[2]!, year !== null || ordinalAfter(m, 3))) continue;
    const month = monthOf(scan.lex, m[2]);
    if (month === null) continue;
    const shift = m[1] ? scan.lex.locale.shifts[keyOf(m[1])] ?? null : null;
    const rangeEnd = Number(m[4]) > Number(m[3]) ? groupSpan(m, 4, start) : null;
    const first = day(scan, start, rangeEnd ? groupSpan(m, 3, start)![1] : end, 'date-month-day', year, month, Number(m[3]), shift);
    if (!first) continue;
    out.push(first);
    if (rangeEnd) {
      const second = day(scan, rangeEnd[0], end, 'date-range-end', year, month, Number(m[4]), shift);
      if (second) out.push(second);
    }
  }
  return out;
});

/** Day-first dates: `2 November 2025`, `2 listopada 2025 r.`, and the start of a range `2-5 listopada`. */
export const findDayMonth = finder([dayMonth], (scan) => {
  const out: Candidate[] = [];
  for (const { m, start, end } of matches(scan, dayMonth)) {
    const year = yearOf(m[4]);
    if (!nameOk(scan.lex, m[3]!, year !== null || ordinalAfter(m, 1))) continue;
    const month = monthOf(scan.lex, m[3]);
    if (month === null) continue;
    const second = Number(m[2]) > Number(m[1]) ? groupSpan(m, 2, start) : null;
    if (second) {
      const first = day(scan, start, groupSpan(m, 1, start)![1], 'date-range-start', year, month, Number(m[1]));
      const last = day(scan, second[0], end, 'date-day-month', year, month, Number(m[2]));
      if (first && last) out.push(first, last);
      continue;
    }
    const c = day(scan, start, end, 'date-day-month', year, month, Number(m[1]));
    if (c) out.push(c);
  }
  return out;
});
