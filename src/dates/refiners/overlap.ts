import type { Candidate, Refiner } from '../types.js';

const length = (c: Candidate): number => c.end - c.start;
/** The longer mention; a date over a duration of the same length. */
const better = (a: Candidate, b: Candidate): boolean =>
  length(a) > length(b) || (length(a) === length(b) && a.kind === 'date' && b.kind !== 'date');

/** Keeps one mention where several overlap: the longest, a date on a tie. */
export const dropOverlaps: Refiner = (candidates) => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (better(c, last)) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
};
