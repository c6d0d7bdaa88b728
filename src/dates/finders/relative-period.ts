import type { Shift } from '../locale.js';
import { keyOf, L, R } from '../lexicon.js';
import type { Candidate, Meaning } from '../types.js';
import { UNIT } from './features.js';
import { candidate, finder, matches, pattern } from './scan.js';

/** `last week`, `this year`, `next month`, `w zeszłym tygodniu`, `roku ubiegłego`, `the weekend`. */
const period = pattern({
  source: (lex) =>
    `${L}(?:(${lex.shift})\\s+(${lex.unit})|(${lex.unit})\\s+(${lex.shift}))${R}`,
  starts: { lists: ['shift', 'unit'] },
  anchor: UNIT,
});

const weekend = pattern({
  source: (lex) =>
    `${L}(${lex.unit})${R}`,
  starts: { lists: ['unit'] },
  anchor: UNIT,
});

const OFFSET: Record<Shift, number> = { last: -1, this: 0, next: 1 };
/** How far before a unit its period part is looked for (`in the second half of the `). */
const PART_WINDOW = 40;

/**
 * A modifier with a calendar unit: the unit containing the reference date, or the one before or after; a
 * bare weekend; a part of a bare unit (`the end of the year`): the unit containing the reference date.
 */
export const findRelativePeriod = finder([period, weekend], (scan) => {
  const out: Candidate[] = [];
  const { locale, singular } = scan.lex;
  for (const { m, start, end } of matches(scan, period)) {
    const unitWord = keyOf(m[2] ?? m[3]!);
    const shift = locale.shifts[keyOf(m[1] ?? m[4]!)];
    const unit = locale.units[unitWord];
    // `the last weeks` is a span, `the next day` is anaphoric: neither is a date of its own.
    if (!shift || !unit || unit === 'day' || !singular.has(unitWord)) continue;
    // The unit-first order is Polish (`roku ubiegłego`): only with the year.
    if (m[3] !== undefined && unit !== 'year') continue;
    const meaning: Meaning =
      unit === 'weekend' ? { type: 'weekday', weekday: 6, shift, weekend: true } : { type: 'relative', unit, offset: OFFSET[shift] };
    out.push(candidate(scan, start, end, unit === 'weekend' ? 'date-weekend' : 'date-relative-period', meaning));
  }
  for (const { m, start, end } of matches(scan, weekend)) {
    const unitWord = keyOf(m[1]!);
    const unit = locale.units[unitWord];
    if (!unit || !singular.has(unitWord)) continue;
    // A bare `weekend` (`at the weekend`, `w weekend`): the tense decides which.
    if (unit === 'weekend') {
      out.push(candidate(scan, start, end, 'date-weekend', { type: 'weekday', weekday: 6, shift: null, weekend: true }));
      continue;
    }
    // `at the end of the year`, `Ende des Jahres`, `pod koniec roku`: a part of the unit holding the reference
    // date (the prefix joins the mention later); not a day, nor a compound (`the end of the year-long inquiry`).
    if (unit === 'day' || scan.text.charCodeAt(end) === 45) continue;
    const part = scan.lex.partBefore.exec(scan.text.slice(Math.max(scan.start, start - PART_WINDOW), start));
    if (!part) continue;
    const from = start - (part[1]?.length ?? 0);
    out.push(candidate(scan, from, end, 'date-period-part', { type: 'relative', unit, offset: 0 }));
  }
  return out;
});
