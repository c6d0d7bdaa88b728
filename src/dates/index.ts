import type { Document } from '../document/types.js';
import type { DateMention } from '../schema.js';
import { parseIsoDay } from './calendar.js';
import { dateFinders, scanSpan, type SpanTokens } from './finders/index.js';
import { lexiconOf } from './lexicon.js';
import { extendMentions } from './refiners/extend.js';
import { mergeAdjacent } from './refiners/merge.js';
import { dropOverlaps } from './refiners/overlap.js';
import { applyTense } from './refiners/tense.js';
import { resolveMeaning } from './resolve.js';
import type { Candidate, Refiner } from './types.js';

export { dateFinders, scanSpan };

/** The refiners, in order: settle overlaps, join adjacent parts, widen, read the tense. */
export const dateRefiners: readonly Refiner[] = [dropOverlaps, mergeAdjacent, dropOverlaps, extendMentions, applyTense];

/** Date expressions of the document, in text order, resolved against `doc.referenceDate`. */
export interface DateOptions {
  /** Report durations (`three months`, `100 years`) too, with `kind: 'duration'`; they name no date. */
  durations: boolean;
}

export function findDates(doc: Document, options: DateOptions = { durations: false }): DateMention[] {
  if (!doc.locale) return [];
  const lex = lexiconOf(doc.locale.dates);
  const code = doc.locale.code;
  // Related-article lists at the end are not the article's dates; captions and other lines are.
  const tails = doc.boilerplate.filter((b) => b.rule === 'tail');
  const inTail = (s: number, e: number): boolean => tails.some((b) => b.start < e && s < b.end);
  let candidates: Candidate[] = [];
  // One span object, moved from sentence to sentence; most sentences find nothing (no spread then).
  const span: SpanTokens = { tokens: doc.tokens, from: 0, to: 0 };
  for (const s of doc.sentences) {
    if (tails.length !== 0 && inTail(s.start, s.end)) continue;
    span.from = s.tokenStart;
    span.to = s.tokenEnd;
    const found = scanSpan(doc.text, s.start, s.end, lex, code, span);
    for (let k = 0; k < found.length; k++) candidates.push(found[k]!);
  }
  for (const refine of dateRefiners) candidates = refine(candidates, doc, lex);
  // Durations are found (so that they never pass for dates) and reported only when asked for.
  if (!options.durations) candidates = candidates.filter((c) => c.kind !== 'duration');
  const ref = parseIsoDay(doc.referenceDate);
  return candidates.map((c) => {
    const r = resolveMeaning(c.meaning, ref, c.direction);
    return {
      text: doc.text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      value: r.value,
      granularity: r.granularity,
      kind: c.kind,
      relative: r.relative,
      rule: c.rule,
    };
  });
}
