import type { Candidate, QuoteContext, SourceRef } from '../candidate.js';

/** Index of the first span whose closing mark is after `offset` (spans are in text order). */
export function firstSpanEndingAfter(ctx: QuoteContext, offset: number): number {
  let lo = 0;
  let hi = ctx.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.spans[mid]!.close <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Adds a reported-speech candidate over [start, end): `mixed` when it carries quoted
 * fragments (which it then owns), `indirect` otherwise. Refuses a content that overlaps
 * a span already used, or that has fewer than `minWords` words.
 */
export function addContent(
  ctx: QuoteContext,
  start: number,
  end: number,
  cue: Candidate['cue'],
  source: SourceRef,
  rule: string,
  confidence: number,
  minWords = 3,
): boolean {
  if (end <= start) return false;
  const text = ctx.doc.text.slice(start, end);
  if (text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < minWords) return false;
  const inside: number[] = [];
  for (let k = firstSpanEndingAfter(ctx, start); k < ctx.spans.length; k++) {
    const s = ctx.spans[k]!;
    if (s.open >= end) break;
    if (ctx.usedSpans.has(k)) return false;
    inside.push(k);
  }
  for (const k of inside) ctx.usedSpans.add(k);
  ctx.candidates.push({
    kind: inside.length ? 'mixed' : 'indirect',
    start,
    end,
    cue,
    source,
    confidence,
    rule,
    anchor: cue ? cue.start : start,
  });
  return true;
}
