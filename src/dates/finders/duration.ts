import { keyOf, L, R } from '../lexicon.js';
import type { Candidate } from '../types.js';
import { UNIT } from './features.js';
import { candidate, finder, matches, pattern } from './scan.js';

/** `three months`, `100 years`, `several weeks`, `trzy miesiące`, `100 lat`. */
const counted = pattern({
  source: (lex) =>
    `${L}(\\d+(?:[.,]\\d+)?|${lex.number}|${lex.vague})\\s+(${lex.unit})${R}`,
  starts: { digits: ['# {unit}', '#.#', '#,#'], lists: ['number', 'vague'] },
  anchor: UNIT,
});

/** `in recent months`, `the coming days`, `the past two years`, `w ostatnich miesiącach`. */
const span = pattern({
  source: (lex) =>
    `${L}(${lex.spanModifier})\\s+(?:(\\d+|${lex.number}|${lex.vague})\\s+)?(${lex.unit})${R}`,
  starts: { lists: ['spanModifier'] },
  anchor: UNIT,
});

/** Lengths of time and vague spans: durations, with no value. */
export const findDuration = finder([counted, span], (scan) => {
  const out: Candidate[] = [];
  const { locale, singular } = scan.lex;
  for (const { m, start, end } of matches(scan, counted)) {
    const unit = locale.units[keyOf(m[2]!)];
    if (!unit) continue;
    // `a year` alone is too often `once a year`, `a year earlier`: only counts from two up, or spelled-out one.
    if (keyOf(m[1]!) === 'a' || keyOf(m[1]!) === 'an') continue;
    out.push(candidate(scan, start, end, 'duration-count', { type: 'none', unit }, 'duration'));
  }
  for (const { m, start, end } of matches(scan, span)) {
    const unitWord = keyOf(m[3]!);
    const unit = locale.units[unitWord];
    // `last week` (singular, no count) is a date; `the last two weeks`, `recent months` are spans.
    if (!unit || (m[2] === undefined && singular.has(unitWord))) continue;
    out.push(candidate(scan, start, end, 'duration-span', { type: 'none', unit }, 'duration'));
  }
  return out;
});
