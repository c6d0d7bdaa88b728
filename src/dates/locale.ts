/** A unit of calendar time, as the date rules count it. */
export type DateUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century';

/** Which occurrence a modifier picks: `last` Friday, `this` week, `next` year. */
export type Shift = 'last' | 'this' | 'next';

/** TimeML season codes. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** A public holiday: a fixed day, the nth weekday of a month, or days from Western Easter. */
export type Holiday =
  | { month: number; day: number }
  /** The `nth` weekday of a month (-1: the last), `days` after it (Black Friday: a day after Thanksgiving). */
  | { month: number; weekday: number; nth: number; days?: number }
  | { easter: number };

/** A word that turns a count of units into a point in time: `ago`, `temu` (after), `przed`, `za` (before). */
export interface OffsetWord {
  /** -1 into the past, +1 into the future. */
  sign: -1 | 1;
  /** Where the word stands: after the count (`two years ago`) or before it (`przed dwoma laty`). */
  position: 'before' | 'after';
}

/**
 * What the date finders need to know of a language. Every key is lowercase;
 * multi-word keys use single spaces (any run of spaces matches).
 */
export interface DatesLocale {
  /** Month names in every case, lowercase → month number 1–12. */
  months: Record<string, number>;
  /** Month abbreviations (`nov`, `lis`): only read next to a day number or with a dot. */
  monthAbbreviations: Record<string, number>;
  /** True when months are also written in Roman numerals between day and year (`5 XI 2025`). */
  romanMonths: boolean;
  /** Weekday names in every case, lowercase → ISO weekday 1 (Monday) – 7 (Sunday). */
  weekdays: Record<string, number>;
  /** True when month and weekday names are capitalized (English `May`, not the verb `may`). */
  capitalizedNames: boolean;
  /** Relative day words, lowercase → offset in days from the reference date: `yesterday` → -1. */
  relativeDays: Record<string, number>;
  /** Parts of the day that may follow a day (`Friday morning`, `wczoraj wieczorem`): same day. */
  partsOfDay: string[];
  /** Modifiers that pick an occurrence, every inflected form: `last`, `zeszłym`, `przyszłą`. */
  shifts: Record<string, Shift>;
  /** Calendar units, every inflected form, singular and plural: `weeks`, `tygodniu`, `lat`. */
  units: Record<string, DateUnit>;
  /** Unit forms that mean one unit with no count (`year`, `rok`, `rokiem`): `przed rokiem`, `last week`. */
  singularUnits: string[];
  /** Count words before a unit, every inflected form: `a` → 1, `three` → 3, `dwoma` → 2. */
  numbers: Record<string, number>;
  /** Vague counts: `several`, `kilka` (a duration with no value). */
  vagueNumbers: string[];
  /** Words that move a count of units from the reference date: `ago`, `earlier`, `temu`, `przed`, `za`. */
  offsets: Record<string, OffsetWord>;
  /** Words marking a span of the past or future as a whole: `recent`, `coming`, `ostatnich` (durations). */
  spanModifiers: string[];
  /** Phrases before a period naming a part of it: `early`, `the end of`, `na początku`, `pod koniec`. */
  periodPrefixes: string[];
  /**
   * Period prefixes naming a part of a unit written after them, with no modifier: the unit holding the
   * reference date (`the end of the year`, `Ende des Jahres`, `pod koniec roku`).
   */
  periodParts: string[];
  /** Articles between such a part and its unit: `the`, `des`. */
  unitArticles: string[];
  /** Words joining the two ends of a range of days besides a dash: `to`, `and`, `do`, `i` (`2 do 5 listopada`). */
  rangeJoiners: string[];
  /** Prepositions kept in the mention: `on`, `in`, `w`, `we`. */
  prepositions: string[];
  /** Words between a weekday and the week it lies in, besides white space: `of` (`Tuesday of next week`). */
  weekLinks: string[];
  /** Words between a day or month and its year: `of`, `in` (`July 4th of 1995`, `June 28 in 2020`). */
  yearLinks: string[];
  /** Words after a year that mark it as one: `r.`, `roku`. */
  yearSuffixes: string[];
  /** Words before a year that mark it as one: `fiscal`, `rok`. */
  yearPrefixes: string[];
  /** Season names in every case → TimeML season code. */
  seasons: Record<string, Season>;
  /** Season forms that mean `in <season>` on their own (`zimą`); other forms need a modifier, year or preposition. */
  seasonAdverbs: string[];
  /** Holidays by name, every case. */
  holidays: Record<string, Holiday>;
  /** Words that introduce a publication date in a byline: `published`, `updated`, `opublikowano`. */
  publishedMarkers: string[];
  /** Order of a numeric date with slashes or dots: `mdy` (11/05/2025) or `dmy` (05.11.2025). */
  numericOrder: 'mdy' | 'dmy';
  /** Words putting a clause in the future: `will`, `będzie`, `spotka`. */
  futureMarkers: string[];
  /** Words putting a clause in the past: `said`, `was`, `powiedział` (besides `pastSuffixes`). */
  pastMarkers: string[];
  /** Word endings of past-tense verbs: `ed`; `ł`, `ła`, `li`. */
  pastSuffixes: string[];
  /** Words with a past ending that are not past verbs: `hundred`, `udział`. */
  tenseNeutral: string[];
  /** Auxiliaries after which a past participle is not past (`will be held`): `be`, `is`. */
  passiveAuxiliaries: string[];
}
