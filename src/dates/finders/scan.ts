import type { Lexicon } from '../lexicon.js';
import { keyOf } from '../lexicon.js';
import type { Candidate, Finder, Meaning, Scan } from '../types.js';
import { StartTrie, type Starts } from './starts.js';

/** A finder's regex: its source for a lexicon, and what its matches begin with. */
export interface Pattern {
  /** Its place in the tables of a lexicon (`Scan.regexes`, `Scan.candidates`). */
  readonly id: number;
  /** Opens with a lookbehind ruling out a letter or digit before the match (see starts.ts). */
  source: (lex: Lexicon) => string;
  /** What every match begins with (the tests check these against a global scan). */
  starts: Starts;
  /**
   * The features (bits, features.ts) a span needs for this pattern to be looked for: its finder's
   * anchor. 0: never by the finders (the pattern that reads the features themselves).
   */
  anchor: number;
  /** The finder reads capture-group offsets (`groupSpan`): the regex needs the `d` flag. */
  indices?: boolean;
  /**
   * A pattern every match of this one holds a match of, beginning where a run of letters and
   * digits begins (a word after white space): a span with no place for it has no match of this one.
   */
  needs?: Pattern;
}

const patterns: Pattern[] = [];

/** Every pattern declared so far (all of them once finders/index.ts is loaded). */
export const declaredPatterns: readonly Pattern[] = patterns;

/** Declares a finder's regex (once, at module load). */
export function pattern(p: Omit<Pattern, 'id'>): Pattern {
  const declared = { ...p, id: patterns.length };
  patterns.push(declared);
  return declared;
}

const finderPatterns = new WeakMap<Finder, number>();

/** Declares a finder with the patterns it reads: it is run only on a span where one of them may match. */
export function finder(reads: readonly Pattern[], find: Finder): Finder {
  finderPatterns.set(find, reads.reduce((bits, p) => bits | (1 << p.id), 0));
  return find;
}

/** The patterns (bits) a finder reads; all, for a finder not declared with `finder`. */
export const patternsOf = (find: Finder): number => finderPatterns.get(find) ?? -1;

/** Every pattern compiled for one lexicon: sticky regexes, and the trie of where each may begin. */
export interface Compiled {
  regexes: readonly RegExp[];
  trie: StartTrie;
  /** The patterns (bits) looked for in a span with these features (bits), filled as met. */
  wanted: number[];
}

/** The patterns (bits) whose anchor a span with features `f` holds, and the patterns they need. */
export function wantedFor(c: Compiled, f: number): number {
  let w = c.wanted[f];
  if (w === undefined) {
    w = 0;
    for (const p of patterns) if (p.anchor & f) w |= (1 << p.id) | (p.needs ? 1 << p.needs.id : 0);
    c.wanted[f] = w;
  }
  return w;
}

/** Drops the places of each pattern whose needed pattern has none in the span (its regex cannot match there). */
export function dropUnmet(candidates: Array<number[] | undefined>): void {
  for (const p of patterns) {
    if (p.needs && candidates[p.id] !== undefined && candidates[p.needs.id] === undefined) candidates[p.id] = undefined;
  }
}

const compiled = new WeakMap<Lexicon, Compiled>();

/** The patterns compiled for a lexicon (Unicode, case-insensitive, sticky), cached. */
export function compiledFor(lex: Lexicon): Compiled {
  let c = compiled.get(lex);
  if (!c || c.regexes.length !== patterns.length) {
    c = {
      regexes: patterns.map((p) => new RegExp(p.source(lex), p.indices ? 'iuyd' : 'iuy')),
      trie: new StartTrie(lex, patterns.map((p) => p.starts)),
      wanted: [],
    };
    compiled.set(lex, c);
  }
  return c;
}

/** A match in the scanned span, with its absolute offsets. */
export interface Match {
  m: RegExpExecArray;
  start: number;
  end: number;
}

const NONE: readonly Match[] = [];

/**
 * Every match of a pattern in the scanned span, as a global scan of the span finds them (leftmost
 * first, none overlapping), but tried only where a match may begin (`scan.candidates`, starts.ts).
 */
export function matches(scan: Scan, pattern: Pattern): readonly Match[] {
  const candidates = scan.candidates[pattern.id];
  if (candidates === undefined) return NONE;
  const re = scan.regexes[pattern.id]!;
  const out: Match[] = [];
  let from = 0;
  for (let k = 0; k < candidates.length; k++) {
    const at = candidates[k]!;
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(scan.slice);
    if (m === null || m[0] === '') continue;
    out.push({ m, start: scan.start + at, end: scan.start + at + m[0].length });
    from = at + m[0].length;
  }
  return out;
}

/** Absolute offsets of capture group `g` of a match found by `matches` (regexes carry the `d` flag). */
export function groupSpan(m: RegExpExecArray, g: number, start: number): [number, number] | null {
  const span = m.indices?.[g];
  if (!span) return null;
  return [start - m.index + span[0], start - m.index + span[1]];
}

/**
 * True when a month or weekday name is written as the locale writes names (English: capitalized), or
 * when `tied` to a date by numbers that no other word takes (`april 2017`, `july 4th`): a lowercase
 * name stands alone as a word (`may`, `march`), not next to a year or an ordinal day.
 */
export function nameOk(lex: Lexicon, word: string, tied = false): boolean {
  if (!lex.locale.capitalizedNames || tied) return true;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A four-digit year, or a two-digit one written `'98` (nearest century to 2000). */
export function yearOf(s: string | undefined): number | null {
  if (!s) return null;
  const digits = s.replace(/^['’]/u, '');
  const n = Number(digits);
  if (!Number.isInteger(n)) return null;
  if (digits.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return digits.length === 4 ? n : null;
}

export const monthOf = (lex: Lexicon, word: string | undefined): number | null =>
  word === undefined ? null : lex.locale.months[keyOf(word)] ?? lex.locale.monthAbbreviations[keyOf(word).replace(/\.$/u, '')] ?? null;

export const countOf = (lex: Lexicon, word: string | undefined): number | null => {
  if (word === undefined) return null;
  const k = keyOf(word);
  if (/^\d+$/u.test(k)) return Number(k);
  return lex.locale.numbers[k] ?? null;
};

export function candidate(
  scan: Scan,
  start: number,
  end: number,
  rule: string,
  meaning: Meaning,
  kind: Candidate['kind'] = 'date',
): Candidate {
  return { start, end, rule: `${scan.code}/${rule}`, kind, meaning, direction: 0 };
}
