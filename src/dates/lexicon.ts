import type { DatesLocale } from './locale.js';

const SPACES = /\s+/gu;

/** True when `s` is ASCII with no white space but single spaces: its key is its lowercase. */
function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 9 && c <= 13)) return false;
    if (c === 32) {
      const d = s.charCodeAt(i + 1);
      if (d === 32 || (d >= 9 && d <= 13)) return false;
    }
  }
  return true;
}

/** Lowercase, single-spaced form of a phrase: the key of every locale table. */
export const keyOf = (s: string): string => (plainAscii(s) ? s.toLowerCase() : s.toLowerCase().replace(SPACES, ' '));

/** `s` with the regex metacharacters escaped, to match literally. */
export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A regex alternation of phrases, longest first; a space matches any run of spaces. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // An empty list must match nothing, not the empty string.
  return list.length ? list.map((w) => escape(w).replace(/ /gu, '\\s+')).join('|') : '(?!)';
}

/** Not after a letter or digit. */
export const L = '(?<![\\p{L}\\p{N}])';
/** Not before a letter or digit. */
export const R = '(?![\\p{L}\\p{N}])';

/** The word lists a finder's match can begin with (see `Pattern.starts` in finders/scan.ts). */
export type ListName =
  | 'month'
  | 'monthAbbr'
  | 'weekday'
  | 'relDay'
  | 'shift'
  | 'unit'
  | 'number'
  | 'vague'
  | 'offsetBefore'
  | 'offsetAfter'
  | 'spanModifier'
  | 'rangeJoiner'
  | 'yearPrefix'
  | 'season'
  | 'holiday';

/** A locale's date words compiled once: regex alternations and lookup sets. */
export interface Lexicon {
  locale: DatesLocale;
  /** The words of each alternation below named in `ListName`, as the locale lists them. */
  lists: Readonly<Record<ListName, readonly string[]>>;
  month: string;
  monthAbbr: string;
  weekday: string;
  relDay: string;
  partOfDay: string;
  shift: string;
  unit: string;
  number: string;
  vague: string;
  offsetBefore: string;
  offsetAfter: string;
  spanModifier: string;
  prefix: string;
  preposition: string;
  rangeJoiner: string;
  /** What may stand between a weekday and the week it lies in: white space, a link word (`of`). */
  weekGap: RegExp;
  /** At the end of a string: a period part and maybe an article (`the end of the `); group 1 the article. */
  partBefore: RegExp;
  /** Words between a day or month and its year (`of`, `in`). */
  yearLink: string;
  yearSuffix: string;
  yearPrefix: string;
  season: string;
  holiday: string;
  singular: ReadonlySet<string>;
  vagueSet: ReadonlySet<string>;
  seasonAdverbs: ReadonlySet<string>;
  future: ReadonlySet<string>;
  past: ReadonlySet<string>;
  neutral: ReadonlySet<string>;
  passive: ReadonlySet<string>;
  /**
   * A regex matching, at the end of a string, a period prefix or a preposition: extends a mention
   * leftwards. Sticky: search with it through `prefixBefore` (before.ts).
   */
  before: RegExp;
  /** A regex matching a part of the day at the start of a string. */
  partOfDayAfter: RegExp;
  /** Any word a date mention can hold (an alternation): a span without one, or a digit, holds no date. */
  dateWord: string;
}

const cache = new WeakMap<DatesLocale, Lexicon>();

/** The compiled lexicon of a locale (built once per locale). */
export function lexiconOf(locale: DatesLocale): Lexicon {
  let lex = cache.get(locale);
  if (lex) return lex;
  const offsets = Object.entries(locale.offsets);
  const partOfDay = alternation(locale.partsOfDay);
  const lists: Record<ListName, readonly string[]> = {
    month: Object.keys(locale.months),
    monthAbbr: Object.keys(locale.monthAbbreviations),
    weekday: Object.keys(locale.weekdays),
    relDay: Object.keys(locale.relativeDays),
    shift: Object.keys(locale.shifts),
    unit: Object.keys(locale.units),
    number: Object.keys(locale.numbers),
    vague: locale.vagueNumbers,
    offsetBefore: offsets.filter(([, o]) => o.position === 'before').map(([w]) => w),
    offsetAfter: offsets.filter(([, o]) => o.position === 'after').map(([w]) => w),
    spanModifier: locale.spanModifiers,
    rangeJoiner: locale.rangeJoiners,
    yearPrefix: locale.yearPrefixes,
    season: Object.keys(locale.seasons),
    holiday: Object.keys(locale.holidays),
  };
  const dateWords = [
    ...Object.keys(locale.months),
    ...Object.keys(locale.monthAbbreviations),
    ...Object.keys(locale.weekdays),
    ...Object.keys(locale.relativeDays),
    ...Object.keys(locale.units),
    ...Object.keys(locale.seasons),
    ...Object.keys(locale.holidays),
  ];
  // A digit of a span then never lies inside a date word (finders/features.ts reads them apart).
  const withDigit = dateWords.find((w) => /\d/u.test(w));
  if (withDigit !== undefined) throw new Error(`date word '${withDigit}' must hold no digit`);
  lex = {
    locale,
    lists,
    month: alternation(lists.month),
    monthAbbr: alternation(lists.monthAbbr),
    weekday: alternation(lists.weekday),
    relDay: alternation(lists.relDay),
    partOfDay,
    shift: alternation(lists.shift),
    unit: alternation(lists.unit),
    number: alternation(lists.number),
    vague: alternation(lists.vague),
    offsetBefore: alternation(lists.offsetBefore),
    offsetAfter: alternation(lists.offsetAfter),
    spanModifier: alternation(lists.spanModifier),
    prefix: alternation(locale.periodPrefixes),
    preposition: alternation(locale.prepositions),
    rangeJoiner: alternation(lists.rangeJoiner),
    weekGap: new RegExp(`^\\s+(?:(?:${alternation(locale.weekLinks)})\\s+)?$`, 'iu'),
    partBefore: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternation(locale.periodParts)})\\s+((?:${alternation(locale.unitArticles)})\\s+)?$`, 'iu'),
    yearLink: alternation(locale.yearLinks),
    yearSuffix: alternation(locale.yearSuffixes),
    yearPrefix: alternation(lists.yearPrefix),
    season: alternation(lists.season),
    holiday: alternation(lists.holiday),
    singular: new Set(locale.singularUnits.map(keyOf)),
    vagueSet: new Set(locale.vagueNumbers.map(keyOf)),
    seasonAdverbs: new Set(locale.seasonAdverbs.map(keyOf)),
    future: new Set(locale.futureMarkers.map(keyOf)),
    past: new Set(locale.pastMarkers.map(keyOf)),
    neutral: new Set(locale.tenseNeutral.map(keyOf)),
    passive: new Set(locale.passiveAuxiliaries.map(keyOf)),
    // Bounded lookbehind windows are matched against at most 40 characters before a mention.
    before: new RegExp(
      `(?:^|[^\\p{L}\\p{N}])((?:${alternation(locale.prepositions)})\\s+)?((?:${alternation(locale.periodPrefixes.filter((p) => !p.endsWith('-')))})\\s+|(?:${alternation(locale.periodPrefixes.filter((p) => p.endsWith('-')))})\\s*)?$`,
      'iuy',
    ),
    partOfDayAfter: new RegExp(`^\\s+(?:${partOfDay})${R}`, 'iu'),
    dateWord: alternation(dateWords),
  };
  cache.set(locale, lex);
  return lex;
}
