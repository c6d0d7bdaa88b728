import type { Lexicon } from '../lexicon.js';
import { keyOf } from '../lexicon.js';
import type { Candidate, Meaning, Scan } from '../types.js';
import { firstCharOf, type FirstChar, type Starts } from './starts.js';

/** A finder's regex: its source for a lexicon, and what its matches begin with. */
export interface Pattern {
  /** Opens with a lookbehind ruling out a letter or digit before the match (see starts.ts). */
  source: (lex: Lexicon) => string;
  /** Every character a match can begin with comes from these (checked against the source by the tests). */
  starts: Starts;
  /** The finder reads capture-group offsets (`groupSpan`): the regex needs the `d` flag. */
  indices?: boolean;
}

/** A pattern compiled for one lexicon: a sticky regex, and the test of where to try it. */
export interface Compiled {
  re: RegExp;
  first: FirstChar;
}

/** Patterns compiled once per lexicon. */
const compiled = new WeakMap<Lexicon, Map<Pattern, Compiled>>();

/** The sticky, Unicode, case-insensitive regex of a pattern for a lexicon, cached. */
export function regexOf(lex: Lexicon, pattern: Pattern): Compiled {
  let byPattern = compiled.get(lex);
  if (!byPattern) compiled.set(lex, (byPattern = new Map()));
  let c = byPattern.get(pattern);
  if (!c) {
    c = { re: new RegExp(pattern.source(lex), pattern.indices ? 'iuyd' : 'iuy'), first: firstCharOf(lex, pattern.starts) };
    byPattern.set(pattern, c);
  }
  return c;
}

/** A match in the scanned span, with its absolute offsets. */
export interface Match {
  m: RegExpExecArray;
  start: number;
  end: number;
}

/**
 * Every match of a pattern in the scanned span, as a global scan of the span finds them (leftmost
 * first, none overlapping), but tried only where a match may begin (`scan.starts`, see starts.ts).
 */
export function matches(scan: Scan, { re, first }: Compiled): Match[] {
  const out: Match[] = [];
  const { slice, starts } = scan;
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < from || !first(slice, at)) continue;
    re.lastIndex = at;
    const m = re.exec(slice);
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

/** True when a month or weekday name is written as the locale writes names (English: capitalized). */
export function nameOk(lex: Lexicon, word: string): boolean {
  if (!lex.locale.capitalizedNames) return true;
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
