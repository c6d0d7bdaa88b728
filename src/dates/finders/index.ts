import type { Token } from '../../document/types.js';
import { keyOf, type Lexicon } from '../lexicon.js';
import type { Candidate, Finder, Scan } from '../types.js';
import { findDuration } from './duration.js';
import { findHoliday } from './holiday.js';
import { findDayMonth, findMonthDay } from './month-day.js';
import { findMonth } from './month.js';
import { findNumeric } from './numeric.js';
import { findOffset } from './offset.js';
import { findRelativeDay } from './relative-day.js';
import { findRelativePeriod } from './relative-period.js';
import { findSeason } from './season.js';
import { findWeekday } from './weekday.js';
import { compiledFor } from './scan.js';
import { candidatesOf } from './starts.js';
import { findYear } from './year.js';

/** The finders, in order; overlaps between them are settled by the refiners. */
export const dateFinders: readonly Finder[] = [
  findNumeric,
  findMonthDay,
  findDayMonth,
  findMonth,
  findWeekday,
  findRelativeDay,
  findRelativePeriod,
  findOffset,
  findYear,
  findSeason,
  findHoliday,
  findDuration,
];

/** What a span holds: digits, and the kinds of date words in it. */
export interface Features {
  digit: boolean;
  kinds: Set<Kind>;
}

type Kind = 'month' | 'weekday' | 'relativeDay' | 'unit' | 'season' | 'holiday';
const KINDS: readonly Kind[] = ['month', 'weekday', 'relativeDay', 'unit', 'season', 'holiday'];
const kindSets = new WeakMap<Lexicon, Record<Kind, ReadonlySet<string>>>();
const firstWordSets = new WeakMap<Lexicon, Map<string, Kind[]>>();

/** Every word (and first word of a phrase) of each kind → the kinds it may start. */
function firstWordsOf(lex: Lexicon): Map<string, Kind[]> {
  let map = firstWordSets.get(lex);
  if (!map) {
    map = new Map();
    const sets = setsOf(lex);
    for (const kind of KINDS) {
      for (const key of sets[kind]) {
        const first = key.split(/[\s\-‐’'.]+/u)[0]!;
        const kinds = map.get(first) ?? [];
        if (!kinds.includes(kind)) kinds.push(kind);
        map.set(first, kinds);
      }
    }
    firstWordSets.set(lex, map);
  }
  return map;
}

/** True when a lowercase word holds one of the joiners `-` `‐` `’` `'` `.` (what `/[\-‐’'.]/u` finds). */
function hasJoiner(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2019 || c === 39 || c === 46) return true;
  }
  return false;
}

const SPLIT_PARTS = /[\-‐’'.]+/u;
const HAS_NUMBER = /\p{N}/u;

/**
 * The features of a span from the Document's tokens: one set lookup per word (and per part of a
 * hyphenated word: `mid-December`), instead of a regex over the text.
 */
export function featuresOfTokens(tokens: readonly Token[], from: number, to: number, lex: Lexicon): Features | null {
  const first = firstWordsOf(lex);
  let digit = false;
  let kinds: Set<Kind> | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number') {
      digit = true;
      continue;
    }
    if (t.kind !== 'word') continue;
    const lower = t.lower;
    let hit = first.get(lower);
    if (hit) for (const k of hit) (kinds ??= new Set()).add(k);
    if (!hasJoiner(lower)) continue;
    for (const part of lower.split(SPLIT_PARTS)) {
      if (HAS_NUMBER.test(part)) digit = true;
      else if ((hit = first.get(part))) for (const k of hit) (kinds ??= new Set()).add(k);
    }
  }
  return digit || kinds ? { digit, kinds: kinds ?? new Set() } : null;
}

function setsOf(lex: Lexicon): Record<Kind, ReadonlySet<string>> {
  let sets = kindSets.get(lex);
  if (!sets) {
    const l = lex.locale;
    const keys = (o: Record<string, unknown>): ReadonlySet<string> => new Set(Object.keys(o).map(keyOf));
    sets = {
      month: new Set([...keys(l.months), ...keys(l.monthAbbreviations)]),
      weekday: keys(l.weekdays),
      relativeDay: keys(l.relativeDays),
      unit: keys(l.units),
      season: keys(l.seasons),
      holiday: keys(l.holidays),
    };
    kindSets.set(lex, sets);
  }
  return sets;
}

/**
 * Which finders can match in a span: each needs a digit or a word of its kind, so a finder whose
 * anchor the span lacks is not run (the trigger regex has already found every anchor).
 */
const needs: ReadonlyMap<Finder, ReadonlyArray<Kind | 'digit'>> = new Map<Finder, ReadonlyArray<Kind | 'digit'>>([
  [findNumeric, ['digit']],
  [findMonthDay, ['month']],
  [findDayMonth, ['month']],
  [findMonth, ['month']],
  [findWeekday, ['weekday']],
  [findRelativeDay, ['relativeDay']],
  [findRelativePeriod, ['unit']],
  [findOffset, ['unit']],
  [findYear, ['digit']],
  [findSeason, ['season']],
  [findHoliday, ['holiday']],
  [findDuration, ['unit']],
]);

/** The features of raw text, by the trigger regex (for text not yet tokenized: the head lines). */
const triggers = new WeakMap<Lexicon, RegExp>();
function featuresOf(text: string, lex: Lexicon): Features | null {
  // One global copy of the trigger per lexicon, compiled once (nothing runs between its calls here).
  let re = triggers.get(lex);
  if (!re) triggers.set(lex, (re = new RegExp(lex.trigger.source, 'giu')));
  re.lastIndex = 0;
  const sets = setsOf(lex);
  const f: Features = { digit: false, kinds: new Set() };
  let m: RegExpExecArray | null;
  let any = false;
  while ((m = re.exec(text)) !== null) {
    any = true;
    if (/^\p{N}$/u.test(m[0])) f.digit = true;
    else {
      const w = keyOf(m[0]);
      for (const k of KINDS) if (sets[k].has(w)) f.kinds.add(k);
    }
  }
  return any ? f : null;
}

function runs(find: Finder, f: Features): boolean {
  const need = needs.get(find);
  if (!need) return true;
  return need.some((n) => (n === 'digit' ? f.digit : f.kinds.has(n)));
}

/**
 * Candidates of every finder in one span of the text (a sentence, a line), in text order.
 * `features`, when the span's tokens are at hand, saves reading the text for them.
 */
export function scanSpan(text: string, start: number, end: number, lex: Lexicon, code: string, features?: Features | null): Candidate[] {
  const slice = text.slice(start, end);
  const f = features === undefined ? featuresOf(slice, lex) : features;
  if (!f) return [];
  const { regexes, trie } = compiledFor(lex);
  const scan: Scan = { text, start, end, slice, candidates: candidatesOf(slice, trie), regexes, lex, code };
  const out: Candidate[] = [];
  for (const find of dateFinders) if (runs(find, f)) out.push(...find(scan));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
