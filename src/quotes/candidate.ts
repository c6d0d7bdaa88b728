import type { Document, Sentence, Token } from '../document/types.js';
import type { QuoteKind } from '../schema.js';
import type { Gender } from '../speakers/locale.js';
import type { Lexicon } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import { isHeadWord, type Phrase } from './phrases.js';
import { is, W, wordFacts } from './word-facts.js';

/** Who a candidate quote is attributed to, before resolution to an entity. */
export interface SourceRef {
  /** The source as written in this quote's attribution, or null (subject-less verb, floating quote). */
  phrase: Phrase | null;
  /** How to find the speaker when there is no phrase: the last speaker, or the subject of the sentence's main cue. */
  fallback: 'previous' | 'none';
  /** Gender told by the cue verb's form (Polish `powiedziała` → f), if any. */
  gender: Gender | null;
  /** The source as written when it differs from `phrase`: a relative pronoun (`which`) whose antecedent is `phrase`. */
  written?: Phrase;
}

/** A quote found by a rule, before refinement and speaker resolution. */
export interface Candidate {
  kind: QuoteKind;
  start: number;
  end: number;
  cue: { start: number; end: number; lemma: string } | null;
  source: SourceRef;
  confidence: number;
  rule: string;
  /** Offset used for ordering and for "before this quote" in resolution: the cue, or the quote. */
  anchor: number;
}

/** What every quote rule sees. Rules add candidates and mark spans and cue tokens as used. */
export interface QuoteContext {
  doc: Document;
  tokens: readonly Token[];
  lex: Lexicon;
  spans: readonly QuotedSpan[];
  /** Indices of spans already part of a candidate. */
  usedSpans: Set<number>;
  /** Token indices of cues already used. */
  usedCues: Set<number>;
  candidates: Candidate[];
  /** Per token: index of the quoted span it lies in, or -1. */
  spanOfToken: number[];
  /**
   * Per speech-verb token, four times (before, at, right after and later than the start of the stretch
   * read): its cue lemma once worked out (`null`: no cue), keyed `4 * token + place`. Rules ask about
   * the same tokens again and again; a word that is no speech verb is told by its facts at once.
   */
  cueLemmas: Map<number, string | null>;
}

/** A rule reads the context and adds candidates. */
export type QuoteRule = (ctx: QuoteContext) => void;

export const sentenceOf = (ctx: QuoteContext, offset: number): Sentence | null => {
  const i = ctx.doc.sentenceAt(offset);
  return i >= 0 ? ctx.doc.sentences[i]! : null;
};

/** Index of the first token starting at or after `offset` (binary search), tokens.length if none. */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Gender told by a verb form's ending, from the locale (`powiedziała` → f). */
export function verbGender(lex: Lexicon, form: string): Gender | null {
  for (const [suffix, g] of lex.locale.speakers.verbGender) if (form.endsWith(suffix)) return g;
  return null;
}

/** The cue lemma of token i if it is a speech verb that is not blocked (`to answer`), else null. */
export function cueLemma(ctx: QuoteContext, i: number, from: number): string | null {
  const t = ctx.tokens[i]!;
  if (t.kind !== 'word') return null;
  const facts = wordFacts(t, ctx.lex);
  if (facts.verb === undefined && facts.impersonal === undefined && !(facts.sets & W.separable)) return null;
  // The answer depends on the token and on where it stands from `from`: before, at, right after, later.
  const slot = 4 * i + (i < from ? 0 : i === from ? 1 : i === from + 1 ? 2 : 3);
  let lemma = ctx.cueLemmas.get(slot);
  if (lemma === undefined) ctx.cueLemmas.set(slot, (lemma = readCue(ctx, i, from)));
  return lemma;
}

/** How far a separated particle may stand from its verb (`gab am Montag in Berlin bekannt`). */
const PARTICLE_REACH = 16;

/**
 * The lemma of a separable speech verb whose particle closes the clause after token i
 * (`gab … bekannt,`, `geht davon aus, dass`, `fuhr fort:`), or null.
 */
function separableCue(ctx: QuoteContext, i: number): string | null {
  const { tokens, lex } = ctx;
  const options = lex.separableVerbs.get(tokens[i]!.lower);
  if (!options) return null;
  const sentence = tokens[i]!.sentence;
  for (let j = i + 1; j < Math.min(tokens.length, i + PARTICLE_REACH); j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence || ctx.spanOfToken[j]! >= 0 || t.kind !== 'word') return null;
    const option = options.find((o) => o.particle === t.text);
    if (!option) continue;
    const after = tokens[j + 1];
    if (!after || after.sentence !== sentence || after.text === ',' || after.text === ':' || after.text === '.' || after.text === ';' || is(after, lex, W.opener)) return option.lemma;
  }
  return null;
}

/** The lemma of an impersonal cue (`heißt es`, `es hieß`): the form next to the impersonal subject. */
export function impersonalCue(ctx: QuoteContext, i: number, lemma: string | undefined): string | undefined {
  if (lemma === undefined) return undefined;
  const { tokens, lex } = ctx;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const subject = (x: typeof t | undefined): boolean => x !== undefined && x.sentence === t.sentence && x.lower === lex.impersonalSubject;
  return subject(next) || subject(prev) ? lemma : undefined;
}

function readCue(ctx: QuoteContext, i: number, from: number): string | null {
  const { tokens, lex } = ctx;
  const t = tokens[i]!;
  if (t.kind !== 'word') return null;
  const facts = wordFacts(t, lex);
  const lemma = (lex.separableVerbs.size ? separableCue(ctx, i) : null) ?? facts.verb ?? impersonalCue(ctx, i, facts.impersonal);
  if (!lemma) return null;
  // A capitalized form mid-sentence is a name or a title (Post, Says), not a verb.
  const written = facts.text;
  if (i > from && written.upperFirst && !written.allUpper) return null;
  if (i > from && is(tokens[i - 1]!, lex, W.cueBlocker)) return null;
  if (facts.sets & W.nounLikeForm) {
    // `state`, `reports`, `post`: a verb only right after its subject or after a quote (`…,” says X`).
    if (i === from) return null;
    const prev = tokens[i - 1]!;
    const p = wordFacts(prev, lex);
    // `the agency says`, `His nephews say`: a determined noun before a verb that agrees with it
    // (a 3rd-person `-s` form, or a plural subject); `a conference call` stays a noun.
    const determined = i >= 2 && is(tokens[i - 2]!, lex, W.determiner) && prev.kind === 'word' && (t.lower.endsWith('s') || prev.lower.endsWith('s'));
    const subjectLike =
      determined ||
      (p.sets & (W.pronoun | W.closer | W.dash)) !== 0 ||
      (prev.kind === 'word' && p.text.upperFirst && i - 1 > from) ||
      p.headWord ||
      prev.text === ',';
    if (!subjectLike || p.sets & W.determiner || prev.kind === 'number') return null;
    // `The Washington Post report saying that …`: followed by a speech verb, the form is the noun.
    const after = tokens[i + 1];
    if (after && after.kind === 'word' && wordFacts(after, lex).verb !== undefined) return null;
  }
  const next = tokens[i + 1];
  if (next && next.kind === 'word') {
    // `Russian state media`, `press secretary`: a verb form used as a modifier of the next noun.
    if (facts.sets & W.modifier && (isHeadWord(next, lex) || is(next, lex, W.modifier))) return null;
    // `Continued US attacks …`: a participle opening the sentence before a noun.
    if (i === from && t.lower.endsWith('ed') && wordFacts(next, lex).text.upperFirst) return null;
  }
  return lemma;
}
