import type { DateMention } from '../schema.js';
import type { Document } from '../document/types.js';
import type { DateUnit, Holiday, Season, Shift } from './locale.js';
import type { Lexicon } from './lexicon.js';

/**
 * What a date expression means, before it is resolved against a reference date.
 * `shift` null means the tense of the clause decides (past: the latest at or before
 * the reference date; future: the earliest at or after it).
 */
export type Meaning =
  /** A day; `year` null takes the year nearest the reference date; `yearOffset` is relative to its year. */
  | { type: 'day'; year: number | null; month: number; day: number; yearOffset: number | null; shift?: Shift | null }
  /** A month (`May`, `last April`, `November 2025`, `June last year`). */
  | { type: 'month'; year: number | null; month: number; shift: Shift | null; yearOffset: number | null }
  | { type: 'season'; year: number | null; season: Season; shift: Shift | null; yearOffset: number | null }
  | { type: 'year'; year: number }
  /** A decade by its first three digits (`199` for the 1990s). */
  | { type: 'decade'; decade: number }
  /** A century by its first two digits (`19` for the 20th century). */
  | { type: 'century'; century: number }
  /** A weekday; `weekend` marks the weekend starting on that Saturday. */
  | {
      type: 'weekday';
      weekday: number;
      shift: Shift | null;
      weekend?: boolean;
      /** The week it lies in, counted from the reference date's week (`Tuesday of next week`: 1). */
      week?: number;
    }
  | { type: 'holiday'; holiday: Holiday; year: number | null; shift: Shift | null }
  /** `offset` units from the reference date: yesterday (day -1), last week (week -1), two years ago (year -2). */
  | { type: 'relative'; unit: DateUnit; offset: number }
  /** A length of time or a vague span (`three months`, `in recent months`): no value. */
  | { type: 'none'; unit: DateUnit | null };

/** The tense of a clause: -1 past, +1 future, 0 unknown. */
export type Direction = -1 | 0 | 1;

/** A date expression found in the text, before the refiners. */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  kind: DateMention['kind'];
  meaning: Meaning;
  /** The tense of the clause: -1 past, +1 future, 0 none found (set by the tense refiner). */
  direction: Direction;
}

/** What a finder sees: one sentence (or line) of the document. */
export interface Scan {
  /** The whole input: offsets point into it. */
  text: string;
  start: number;
  end: number;
  /** `text.slice(start, end)`: the finders' regexes run on it. */
  slice: string;
  /** Where each pattern may match, by pattern id: offsets in `slice`, ascending (finders/starts.ts). */
  candidates: ReadonlyArray<readonly number[] | undefined>;
  /** The lexicon's compiled patterns, by pattern id. */
  regexes: readonly RegExp[];
  lex: Lexicon;
  /** Language code, the prefix of rule names: `en`. */
  code: string;
}

/** A finder: every candidate of one kind in one sentence. */
export type Finder = (scan: Scan) => Candidate[];

/** A refiner: takes the document's candidates in text order, returns the refined list. */
export type Refiner = (candidates: Candidate[], doc: Document, lex: Lexicon) => Candidate[];
