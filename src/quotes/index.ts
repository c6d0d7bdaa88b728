import type { Document } from '../document/types.js';
import type { Quote, Speaker } from '../schema.js';
import { resolveSpeakers } from '../speakers/resolve.js';
import type { Candidate, QuoteContext, QuoteRule } from './candidate.js';
import { lexiconOf } from './lexicon.js';
import { findQuotedSpans } from './marks.js';
import { tokenAtOrAfter } from './candidate.js';
import { directQuotes } from './rules/direct.js';
import { dialogueQuotes } from './rules/dialogue.js';
import { indirectQuotes } from './rules/indirect.js';
import { accordingToQuotes, anaphoricAccordingToQuotes, inlineAccordingToQuotes } from './rules/according.js';
import { fragmentQuotes } from './rules/fragments.js';
import { reportedMoodQuotes } from './rules/reported-mood.js';
import { colonQuotes, floatingQuotes } from './rules/floating.js';

export interface QuotesResult {
  quotes: Quote[];
  speakers: Speaker[];
}

/** The quote finders, in order: each sees the spans and cues the earlier ones used. */
export const quoteRules: readonly QuoteRule[] = [
  colonQuotes,
  directQuotes,
  dialogueQuotes,
  accordingToQuotes,
  indirectQuotes,
  inlineAccordingToQuotes,
  anaphoricAccordingToQuotes,
  reportedMoodQuotes,
  fragmentQuotes,
  floatingQuotes,
];

/** Up to this many candidates, refine tests overlaps pair by pair (no table the length of the text). */
const FEW = 48;

/** Drops candidates in boilerplate and, of overlapping ones, keeps the surer (then the longer). */
export function refine(doc: Document, candidates: Candidate[], few = FEW): Candidate[] {
  const kept: Candidate[] = [];
  // Reported speech inside reported speech (`He said Obama hopes that …`): only the outer one is kept.
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const nested = new Set<Candidate>();
  let outer: Candidate | null = null;
  for (const c of byStart) {
    if (outer && c.end <= outer.end && c.cue && c.cue.start >= outer.start && c.cue.end <= outer.end && c !== outer) nested.add(c);
    else if (!outer || c.end > outer.end) outer = c;
  }
  const ranked = candidates
    .filter((c) => c.end > c.start && !nested.has(c) && !doc.inBoilerplate(c.start, c.end))
    .sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
  if (ranked.length <= few) {
    // A few candidates (an article's usual count): each is tested against those kept.
    for (const c of ranked) if (kept.every((k) => k.end <= c.start || c.end <= k.start)) kept.push(c);
  } else {
    // Offsets covered by kept candidates: each overlap test reads only the candidate's own span.
    const covered = new Uint8Array(doc.text.length);
    for (const c of ranked) {
      let free = true;
      for (let i = c.start; i < c.end && free; i++) free = covered[i] === 0;
      if (!free) continue;
      covered.fill(1, c.start, c.end);
      kept.push(c);
    }
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

/** Quotes of the document with their speakers resolved, in text order. */
export function findQuotes(doc: Document): QuotesResult {
  if (!doc.locale) return { quotes: [], speakers: [] };
  const lex = lexiconOf(doc.locale);
  const spans = findQuotedSpans(doc, lex);
  // (A plain array: a typed array this long lives outside the heap, and allocating one costs more.)
  const spanOfToken: number[] = new Array<number>(doc.tokens.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = tokenAtOrAfter(doc.tokens, s.start); i < doc.tokens.length && doc.tokens[i]!.start < s.end; i++) spanOfToken[i] = k;
  });
  const ctx: QuoteContext = { doc, tokens: doc.tokens, lex, spans, usedSpans: new Set(), usedCues: new Set(), candidates: [], spanOfToken, cueLemmas: new Map() };
  for (const rule of quoteRules) rule(ctx);
  const candidates = refine(doc, ctx.candidates);
  const { speakers, bySpeaker } = resolveSpeakers(doc, lex, candidates);
  const quotes: Quote[] = candidates.map((c, i) => ({
    id: `q${i + 1}`,
    kind: c.kind,
    text: doc.text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    cue: c.cue ? { text: doc.text.slice(c.cue.start, c.cue.end), start: c.cue.start, end: c.cue.end, lemma: c.cue.lemma } : null,
    speaker: bySpeaker[i] ?? null,
    confidence: c.confidence,
    rule: c.rule.includes('/') ? c.rule : `${doc.locale!.code}/${c.rule}`,
  }));
  return { quotes, speakers };
}
