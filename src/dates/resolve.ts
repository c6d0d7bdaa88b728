import type { Granularity } from '../schema.js';
import {
  addDays,
  addMonths,
  dayNumber,
  easter,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,

  nthWeekdayOfMonth,
  weekdayOf,
  type Day,
} from './calendar.js';
import type { DateUnit, Holiday, Season } from './locale.js';
import type { Direction, Meaning } from './types.js';

/** A resolved value: ISO 8601 at its own granularity, or null when it cannot be told. */
export interface Resolved {
  value: string | null;
  granularity: Granularity;
  /** True when the value depends on the reference date. */
  relative: boolean;
}

/** A day without a year this close to the reference date is the nearest one, whatever the tense. */
const NEAR_DAYS = 120;

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function unitGranularity(unit: DateUnit | null): Granularity {
  return unit ?? 'unknown';
}

/** The value of `offset` units from the reference day. */
function relativeValue(unit: DateUnit, offset: number, ref: Day): string | null {
  switch (unit) {
    case 'day':
      return formatDay(addDays(ref, offset));
    case 'week':
      return formatWeek(addDays(ref, 7 * offset));
    case 'weekend': {
      const saturday = addDays(ref, 6 - weekdayOf(ref) + 7 * offset);
      return formatDay(saturday);
    }
    case 'month': {
      const m = addMonths(ref.year, ref.month, offset);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      const q = Math.floor((ref.month - 1) / 3) + offset;
      const year = ref.year + Math.floor(q / 4);
      return `${formatYear(year)}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    case 'season':
      return null;
    case 'year':
      return formatYear(ref.year + offset);
    case 'decade':
      return String(Math.floor(ref.year / 10) + offset);
    case 'century':
      return String(Math.floor(ref.year / 100) + offset);
  }
}

/** The year of a month or season in the direction of the tense or the modifier. */
function yearFor(index: number, refIndex: number, ref: Day, shift: 'last' | 'this' | 'next' | null, direction: Direction): number {
  if (shift === 'this') return ref.year;
  if (shift === 'last') return index < refIndex ? ref.year : ref.year - 1;
  if (shift === 'next') return index > refIndex ? ref.year : ref.year + 1;
  // No tense: the nearest occurrence, the past one on a tie (a news report looks back).
  if (direction === 0) return index <= refIndex ? (refIndex - index <= 12 + index - refIndex ? ref.year : ref.year + 1) : index - refIndex < 12 - index + refIndex ? ref.year : ref.year - 1;
  if (direction < 0) return index <= refIndex ? ref.year : ref.year - 1;
  return index >= refIndex ? ref.year : ref.year + 1;
}

function holidayDay(h: Holiday, year: number): Day {
  if ('easter' in h) return addDays(easter(year), h.easter);
  if ('weekday' in h) return addDays(nthWeekdayOfMonth(year, h.month, h.weekday, h.nth), h.days ?? 0);
  return { year, month: h.month, day: h.day };
}

/** The day of a weekday nearest the reference date in the direction asked, or in the week given. */
function weekdayDay(weekday: number, shift: 'last' | 'this' | 'next' | null, direction: Direction, ref: Day, week?: number): Day {
  const diff = weekday - weekdayOf(ref);
  if (week !== undefined) return addDays(ref, diff + 7 * week);
  if (shift === 'this') return addDays(ref, diff);
  if (shift === 'last') return addDays(ref, diff < 0 ? diff : diff - 7);
  if (shift === 'next') return addDays(ref, diff > 0 ? diff : diff + 7);
  // A bare weekday in a news report is the latest one, unless the clause is in the future.
  if (direction <= 0) return addDays(ref, diff <= 0 ? diff : diff - 7);
  return addDays(ref, diff >= 0 ? diff : diff + 7);
}

/** Resolves a meaning against the reference day (null: only absolute values are known). */
export function resolveMeaning(meaning: Meaning, ref: Day | null, direction: Direction): Resolved {
  switch (meaning.type) {
    case 'day': {
      const absolute = meaning.year !== null;
      if (absolute) return { value: formatDay({ year: meaning.year!, month: meaning.month, day: meaning.day }), granularity: 'day', relative: false };
      if (!ref) return { value: null, granularity: 'day', relative: true };
      let year: number;
      if (meaning.yearOffset !== null) year = ref.year + meaning.yearOffset;
      else {
        // Within a month of the reference date, the nearest; further off, the tense decides.
        const r = dayNumber(ref);
        year = ref.year;
        let best = Infinity;
        for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
          const dist = Math.abs(dayNumber({ year: y, month: meaning.month, day: meaning.day }) - r);
          if (dist < best) [best, year] = [dist, y];
        }
        const sameYear = dayNumber({ year: ref.year, month: meaning.month, day: meaning.day });
        const dir = meaning.shift === 'last' ? -1 : meaning.shift === 'next' ? 1 : best > NEAR_DAYS ? direction : 0;
        if (dir < 0) year = sameYear <= r ? ref.year : ref.year - 1;
        else if (dir > 0) year = sameYear >= r ? ref.year : ref.year + 1;
      }
      return { value: formatDay({ year, month: meaning.month, day: meaning.day }), granularity: 'day', relative: true };
    }
    case 'month': {
      if (meaning.year !== null) return { value: formatMonth(meaning.year, meaning.month), granularity: 'month', relative: false };
      if (!ref) return { value: null, granularity: 'month', relative: true };
      const year =
        meaning.yearOffset !== null ? ref.year + meaning.yearOffset : yearFor(meaning.month, ref.month, ref, meaning.shift, direction);
      return { value: formatMonth(year, meaning.month), granularity: 'month', relative: true };
    }
    case 'season': {
      if (meaning.year !== null) return { value: `${formatYear(meaning.year)}-${meaning.season}`, granularity: 'season', relative: false };
      if (!ref) return { value: null, granularity: 'season', relative: true };
      // Winter belongs to the year it starts in: January 2025 is in winter 2024.
      const refSeason = ref.month === 12 ? 12 : Math.floor(ref.month / 3) * 3 || 12;
      const refYear = ref.month < 3 ? ref.year - 1 : ref.year;
      const at = { ...ref, year: refYear };
      const year =
        meaning.yearOffset !== null
          ? ref.year + meaning.yearOffset
          : yearFor(SEASON_START[meaning.season], refSeason, at, meaning.shift, direction);
      return { value: `${formatYear(year)}-${meaning.season}`, granularity: 'season', relative: true };
    }
    case 'year':
      return { value: formatYear(meaning.year), granularity: 'year', relative: false };
    case 'decade':
      return { value: String(meaning.decade), granularity: 'decade', relative: false };
    case 'century':
      return { value: String(meaning.century), granularity: 'century', relative: false };
    case 'weekday': {
      const granularity: Granularity = meaning.weekend ? 'weekend' : 'day';
      if (!ref) return { value: null, granularity, relative: true };
      return { value: formatDay(weekdayDay(meaning.weekday, meaning.shift, direction, ref, meaning.week)), granularity, relative: true };
    }
    case 'holiday': {
      if (meaning.year !== null) return { value: formatDay(holidayDay(meaning.holiday, meaning.year)), granularity: 'day', relative: false };
      if (!ref) return { value: null, granularity: 'day', relative: true };
      const r = dayNumber(ref);
      const shift = meaning.shift;
      let day = holidayDay(meaning.holiday, ref.year);
      const d = dayNumber(day);
      if (shift === 'last' ? d >= r : shift === 'next' ? false : direction <= 0 && d > r) day = holidayDay(meaning.holiday, ref.year - 1);
      else if (shift === 'next' ? d <= r : shift === null && direction > 0 && d < r) day = holidayDay(meaning.holiday, ref.year + 1);
      return { value: formatDay(day), granularity: 'day', relative: true };
    }
    case 'relative':
      return {
        value: ref ? relativeValue(meaning.unit, meaning.offset, ref) : null,
        granularity: unitGranularity(meaning.unit),
        relative: true,
      };
    case 'none':
      return { value: null, granularity: unitGranularity(meaning.unit), relative: false };
  }
}

/** Meanings whose value depends on the tense of their clause. */
export function needsTense(meaning: Meaning): boolean {
  switch (meaning.type) {
    case 'day':
      return meaning.year === null && meaning.yearOffset === null && !meaning.shift;
    case 'month':
    case 'season':
      return meaning.year === null && meaning.shift === null && meaning.yearOffset === null;
    case 'weekday':
      return meaning.shift === null && meaning.week === undefined;
    case 'holiday':
      return meaning.shift === null && meaning.year === null;
    default:
      return false;
  }
}


