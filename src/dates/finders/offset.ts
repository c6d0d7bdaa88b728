import { keyOf, L, R, type Lexicon } from '../lexicon.js';
import type { Candidate, Finder } from '../types.js';
import { UNIT } from './features.js';
import { candidate, countOf, finder, matches, pattern } from './scan.js';

const COUNT = (lex: Lexicon): string => `(\\d+|${lex.number}|${lex.vague})`;

/** A word that counts back or forth after a span of time (`ago`, `later`, `temu`): what `after` needs. */
const afterWord = pattern({
  source: (lex) => `${L}(?:${lex.offsetAfter})${R}`,
  starts: { lists: ['offsetAfter'] },
  anchor: 0,
});

/** `two years ago`, `a year earlier`, `rok temu`, `dwa tygodnie później`. */
const after = pattern({
  source: (lex) =>
    `${L}(?:${COUNT(lex)}\\s+(?:or\\s+so\\s+)?)?(${lex.unit})\\s+(?:or\\s+so\\s+)?(${lex.offsetAfter})${R}`,
  starts: { digits: ['# {unit}', '# or so'], lists: ['number', 'vague', 'unit'] },
  anchor: UNIT,
  // Its last word comes after white space.
  needs: afterWord,
});

/** `przed dwoma laty`, `przed rokiem`, `za tydzień`. */
const before = pattern({
  source: (lex) =>
    `${L}(${lex.offsetBefore})\\s+(?:${COUNT(lex)}\\s+)?(${lex.unit})${R}`,
  starts: { lists: ['offsetBefore'] },
  anchor: UNIT,
});

function offsetCandidate(scan: Parameters<Finder>[0], start: number, end: number, count: string | undefined, unitWord: string, sign: -1 | 1): Candidate | null {
  const { locale, singular, vagueSet } = scan.lex;
  const unit = locale.units[keyOf(unitWord)];
  if (!unit) return null;
  if (count !== undefined && vagueSet.has(keyOf(count))) {
    return candidate(scan, start, end, 'date-offset-vague', { type: 'none', unit });
  }
  const n = count === undefined ? (singular.has(keyOf(unitWord)) ? 1 : null) : countOf(scan.lex, count);
  if (n === null || !Number.isInteger(n)) return candidate(scan, start, end, 'date-offset-vague', { type: 'none', unit });
  return candidate(scan, start, end, 'date-offset', { type: 'relative', unit, offset: sign * n });
}

/** A count of units before or after the reference date. */
export const findOffset = finder([after, before], (scan) => {
  const out: Candidate[] = [];
  const offsets = scan.lex.locale.offsets;
  for (const { m, start, end } of matches(scan, after)) {
    const c = offsetCandidate(scan, start, end, m[1], m[2]!, offsets[keyOf(m[3]!)]?.sign ?? -1);
    if (c) out.push(c);
  }
  for (const { m, start, end } of matches(scan, before)) {
    const c = offsetCandidate(scan, start, end, m[2], m[3]!, offsets[keyOf(m[1]!)]?.sign ?? -1);
    if (c) out.push(c);
  }
  return out;
});
