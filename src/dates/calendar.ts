/**
 * Calendar arithmetic on plain numbers, in UTC only: nothing here reads the
 * machine's timezone, so a result never depends on where the code runs.
 */

/** A calendar day. `month` 1–12, `day` 1–31. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Days since 1970-01-01 (UTC) of a calendar day. */
export function dayNumber(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromDayNumber(dayNumber(d) + n);
}

/** True when year-month-day names a real day (no 31 April, 29 February only in leap years). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** 'YYYY-MM-DD' → Day, or null when malformed or not a real day. */
export function parseIsoDay(iso: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOf(d: Day): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week of a day: its week-numbering year and week 1–53. */
export function isoWeek(d: Day): { year: number; week: number } {
  const n = dayNumber(d);
  const thursday = n - weekdayOf(d) + 4;
  const year = fromDayNumber(thursday).year;
  const jan1 = dayNumber({ year, month: 1, day: 1 });
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

export const formatYear = (year: number): string => pad(year, 4);
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
export const formatDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Month arithmetic: the month `n` months from year-month. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const k = year * 12 + (month - 1) + n;
  return { year: Math.floor(k / 12), month: (((k % 12) + 12) % 12) + 1 };
}

/** Western (Gregorian) Easter Sunday of a year (anonymous Gregorian algorithm). */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The `nth` (1-based; -1 = last) given ISO weekday of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): Day {
  if (nth > 0) {
    const first = { year, month, day: 1 };
    const offset = (weekday - weekdayOf(first) + 7) % 7;
    return addDays(first, offset + 7 * (nth - 1));
  }
  const next = addMonths(year, month, 1);
  const last = addDays({ year: next.year, month: next.month, day: 1 }, -1);
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}
