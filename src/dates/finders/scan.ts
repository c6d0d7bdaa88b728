import type { Lexicon } from '../lexicon.js';
import { keyOf } from '../lexicon.js';
import type { Candidate, Meaning, Scan } from '../types.js';

/** Regexes compiled once per lexicon and pattern builder. */
const compiled = new WeakMap<Lexicon, Map<(lex: Lexicon) => string, RegExp>>();

/** The global, Unicode, case-insensitive regex a builder makes of a lexicon, cached. */
export function regexOf(lex: Lexicon, build: (lex: Lexicon) => string): RegExp {
  let byBuilder = compiled.get(lex);
  if (!byBuilder) compiled.set(lex, (byBuilder = new Map()));
  let re = byBuilder.get(build);
  if (!re) byBuilder.set(build, (re = new RegExp(build(lex), 'giud')));
  return re;
}

/** Every match of `re` in the scanned span, with its absolute offset. */
export function* matches(scan: Scan, re: RegExp): Generator<{ m: RegExpExecArray; start: number; end: number }> {
  const slice = scan.text.slice(scan.start, scan.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    yield { m, start: scan.start + m.index, end: scan.start + m.index + m[0].length };
  }
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
