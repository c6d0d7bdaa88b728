import type { Document, Token } from '../../document/types.js';
import type { Lexicon } from '../lexicon.js';
import { needsTense } from '../resolve.js';
import type { Refiner } from '../types.js';

/** How many words either side of a mention are read for its tense. */
const REACH = 12;

/** +1 future, -1 past, 0 no tense of its own. */
function tenseOf(tokens: readonly Token[], i: number, first: number, lex: Lexicon): -1 | 0 | 1 {
  const t = tokens[i]!;
  if (t.kind !== 'word') return 0;
  const w = t.lower;
  if (lex.future.has(w)) return 1;
  // `he'll`, `we’ll`
  const apos = w.search(/['’]/u);
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
    let i0 = s.tokenStart;
    while (i0 < s.tokenEnd && doc.tokens[i0]!.end <= c.start) i0++;
    let i1 = i0;
    while (i1 < s.tokenEnd && doc.tokens[i1]!.start < c.end) i1++;
    let dir: -1 | 0 | 1 = 0;
    for (let i = i0 - 1; i >= Math.max(s.tokenStart, i0 - REACH) && !dir; i--) dir = tenseOf(doc.tokens, i, s.tokenStart, lex);
    for (let i = i1; i < Math.min(s.tokenEnd, i1 + REACH) && !dir; i++) dir = tenseOf(doc.tokens, i, s.tokenStart, lex);
    c.direction = dir;
  }
  return candidates;
};
