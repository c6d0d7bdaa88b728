import { matchBackward, matchForward } from './lexicon.js';
import type { Candidate, ClaimContext, Refiner } from './types.js';

function qualify(ctx: ClaimContext, c: Candidate): void {
  const { toks, lex } = ctx;
  if (!c.range) {
    const q = matchBackward(lex.qualifiers, toks, c.anchor);
    // A bound word after a verb of change is a new value, not a bound: `wzrósł do 20 proc.`, `rose to 5`.
    let changed = false;
    if (q) for (let k = Math.max(0, q.first - 3); k < q.first; k++) if (lex.changeVerbs.has(toks[k]!.lower)) changed = true;
    if (q && !(changed && q.value === 'at_most' && q.first === c.anchor)) {
      c.qualifier = q.value;
      c.spanFirst = q.first;
      c.anchor = q.first - 1;
    }
  }
  const post = matchForward(lex.postQualifiers, toks, c.tail + 1);
  if (post && c.qualifier === 'exact') {
    c.qualifier = post.value;
    c.tail = post.last;
  }
}

/** Refiner: the qualifier from the words before (`at least`, `około`) or after (`or more`, `z okładem`) the number. */
export const readQualifiers: Refiner = (ctx, cands) => {
  for (const c of cands) if (!c.drop) qualify(ctx, c);
  return cands;
};
