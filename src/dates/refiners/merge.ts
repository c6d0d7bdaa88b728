import type { Candidate, Refiner } from '../types.js';

/** What may stand between a weekday and its date: `Sunday, November 2`, `Friday Oct. 13`, `this Friday, June 15`. */
const WEEKDAY_GAP = /^[ \t\u00A0]*(?:,[ \t\u00A0]*)?$/u;
/** What may stand between a month or day and a relative year: `June last year`, `listopada ubiegłego roku`. */
const YEAR_GAP = /^[ \t\u00A0]*(?:,[ \t\u00A0]*)?$/u;

/**
 * Joins mentions that name one date together: a weekday before its date takes the date's value; a
 * weekday before a week (`Tuesday of next week`) is that week's;
 * a month, day or season before `last year` / `ubiegłego roku` takes its year from it.
 */
export const mergeAdjacent: Refiner = (candidates, doc, lex) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    if (b && a.kind === 'date' && b.kind === 'date') {
      const gap = doc.text.slice(a.end, b.start);
      if (a.meaning.type === 'weekday' && !a.meaning.weekend && b.meaning.type === 'day' && WEEKDAY_GAP.test(gap)) {
        out.push({ ...b, start: a.start });
        i++;
        continue;
      }
      // `Tuesday of next week`, `Wednesday last week`, `we wtorek przyszłego tygodnia`: that week's weekday.
      if (
        a.meaning.type === 'weekday' &&
        !a.meaning.weekend &&
        a.meaning.shift === null &&
        b.meaning.type === 'relative' &&
        b.meaning.unit === 'week' &&
        lex.weekGap.test(gap)
      ) {
        out.push({ ...a, end: b.end, meaning: { ...a.meaning, week: b.meaning.offset } });
        i++;
        continue;
      }
      const m = a.meaning;
      if (
        (m.type === 'day' || m.type === 'month' || m.type === 'season') &&
        m.year === null &&
        b.meaning.type === 'relative' &&
        b.meaning.unit === 'year' &&
        YEAR_GAP.test(gap)
      ) {
        out.push({ ...a, end: b.end, meaning: { ...m, yearOffset: b.meaning.offset, ...(m.type === 'day' ? {} : { shift: null }) } });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
