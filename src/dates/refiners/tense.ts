import type { Document, Token } from '../../document/types.js';
import type { Lexicon } from '../lexicon.js';
import { needsTense } from '../resolve.js';
import type { Refiner } from '../types.js';

/** How many words either side of a mention are read for its tense. */
const REACH = 12;

/** The offset of the first `'` or `’` in `w`, or -1. */
function apostropheIn(w: string): number {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 39 || c === 0x2019) return i;
  }
  return -1;
}

/** The first token of `[from, to)` ending after `at` (tokens are in text order), or `to`. */
function firstEndingAfter(tokens: readonly Token[], from: number, to: number, at: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** +1 future, -1 past, 0 no tense of its own. */
function tenseOf(tokens: readonly Token[], i: number, first: number, lex: Lexicon): -1 | 0 | 1 {
  const t = tokens[i]!;
  if (t.kind !== 'word') return 0;
  const w = t.lower;
  if (lex.future.has(w)) return 1;
  // `he'll`, `we’ll`
  const apos = apostropheIn(w);
  if (apos > 0 && lex.future.has(w.slice(apos))) return 1;
  if (lex.past.has(w)) return -1;
  if (lex.neutral.has(w)) return 0;
  // A capitalized word inside a sentence is a name, not a verb.
  if (i > first && t.text[0] !== w[0]) return 0;
  if (w.length >= 4 && lex.locale.pastSuffixes.some((s) => w.endsWith(s))) {
    // `will be held`, `będzie mówił`: a participle after an auxiliary carries no past.
    const prev = i > first ? tokens[i - 1]! : null;
    if (prev && lex.passive.has(prev.lower)) return 0;
    return -1;
  }
  return 0;
}

/**
 * Sets the direction of mentions whose value depends on tense (`Friday`, `in May`):
 * the nearest tense marker before the mention in its sentence, else after it; 0 when none.
 */
export const applyTense: Refiner = (candidates, doc: Document, lex) => {
  for (const c of candidates) {
    if (!needsTense(c.meaning)) continue;
    const si = doc.sentenceAt(c.start);
    if (si < 0) continue;
    const s = doc.sentences[si]!;
    const i0 = firstEndingAfter(doc.tokens, s.tokenStart, s.tokenEnd, c.start);
    let i1 = i0;
    while (i1 < s.tokenEnd && doc.tokens[i1]!.start < c.end) i1++;
    let dir: -1 | 0 | 1 = 0;
    for (let i = i0 - 1; i >= Math.max(s.tokenStart, i0 - REACH) && !dir; i--) dir = tenseOf(doc.tokens, i, s.tokenStart, lex);
    for (let i = i1; i < Math.min(s.tokenEnd, i1 + REACH) && !dir; i++) dir = tenseOf(doc.tokens, i, s.tokenStart, lex);
    c.direction = dir;
  }
  return candidates;
};
