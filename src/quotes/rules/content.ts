import type { Candidate, QuoteContext, SourceRef } from '../candidate.js';
import { classesOf, codePointAt } from '../../document/code-points.js';

const SPACE = 2; // \s
const LETTER = 4; // \p{L} \p{N}
const classOf = classesOf((ch) => 1 | (/\s/u.test(ch) ? SPACE : 0) | (/[\p{L}\p{N}]/u.test(ch) ? LETTER : 0));

/**
 * How many words [start, end) of the text holds, counting no further than `enough`: runs between white
 * space that hold a letter or a digit (a dash or a quote mark alone is no word).
 */
export function wordsIn(text: string, start: number, end: number, enough: number): number {
  let n = 0;
  let counted = false;
  for (let i = start; i < end && n < enough; ) {
    const cp = codePointAt(text, i, end);
    const c = classOf(cp);
    if (c & SPACE) counted = false;
    else if (c & LETTER && !counted) {
      counted = true;
      n++;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}

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
  if (wordsIn(ctx.doc.text, start, end, minWords) < minWords) return false;
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
