import type { Candidate, QuoteContext, QuoteRule, SourceRef } from '../candidate.js';
import { cueLemma, sentenceOf, tokenAtOrAfter, verbGender } from '../candidate.js';
import { isCapitalized, lower, phraseStartingAt, type Phrase } from '../phrases.js';
import { canSpeak, impersonalSource, isAdjunct, isImpersonalCue, mainSubject, onlyPunct, subjectAfter, subjectBeforeCue } from '../syntax.js';
import type { QuotedSpan } from '../marks.js';
import type { Token } from '../../document/types.js';
import { is, W } from '../word-facts.js';

interface Attribution {
  cue: Candidate['cue'];
  source: SourceRef;
  /** Token index just after the attribution, for an interrupted quote's second half. */
  after: number;
  rule: string;
}

const source = (phrase: Phrase | null, gender: SourceRef['gender'] = null): SourceRef => ({
  phrase,
  fallback: phrase ? 'none' : 'previous',
  gender,
});

/**
 * A quoting verb's object followed by `as` + speech verb is the speaker:
 * `TASS quoted Peskov as telling reporters`, `Russian state media quoted Peskov on Sunday`.
 */
function quotedObject(ctx: QuoteContext, v: number, to: number): { phrase: Phrase; end: number } | null {
  const np = phraseStartingAt(ctx.tokens, v + 1, to, ctx.lex);
  if (!np) return null;
  let k = np.last + 1;
  if (k < to && ctx.lex.quotedAs.has(lower(ctx.tokens[k]!))) {
    k++;
    if (k < to && cueLemma(ctx, k, 0)) k++;
  }
  return { phrase: np, end: k };
}

/** True when tokens [from, to) are `, ` and an apposition: no speech verb and no quote among them. */
function appositionOnly(ctx: QuoteContext, from: number, to: number): boolean {
  if (from >= to || ctx.tokens[from]!.text !== ',' || to - from > 20) return false;
  for (let i = from + 1; i < to; i++) if (ctx.spanOfToken[i]! >= 0 || cueLemma(ctx, i, from)) return false;
  return true;
}

/** `“…,” Peskov said`, `“…,” said Peskov`, `“…” - napisał Riabkow`, `“…,” TASS quoted Peskov as saying`, `“…” – Peskov`. */
function attributionAfter(ctx: QuoteContext, first: number, limit: number): Attribution | null {
  const { tokens, lex } = ctx;
  let a = first;
  let dash = false;
  while (a < limit && tokens[a]!.kind === 'punct') {
    if (is(tokens[a]!, lex, W.dash)) dash = true;
    else if (tokens[a]!.text !== ',' && !is(tokens[a]!, lex, W.closer)) return null;
    a++;
  }
  if (a >= limit) return null;
  // `„…“, so der Minister`, `„…“, so charakterisierte ihn der Gewerkschafter Aubin`: `so` and the source alone,
  // or `so` and a verb (any verb) after the quote.
  if (lex.subjectAfterVerb && is(tokens[a]!, lex, W.anaphoricObject) && a + 1 < limit) {
    const att = soVerbSubject(ctx, a, limit);
    if (att) return att;
  }
  // Verb first: `said Peskov`, `napisał Siergiej Riabkow`, `- powiedział.`
  const lemma0 = cueLemma(ctx, a, a);
  if (lemma0) {
    const np = subjectAfter(ctx, a, limit);
    const t = tokens[a]!;
    return {
      cue: { start: t.start, end: t.end, lemma: lemma0 },
      source: source(np, verbGender(ctx.lex, lower(t))),
      after: (np ? np.last : a) + 1,
      rule: 'quote-direct-verb-subject',
    };
  }
  // Where the subject follows its verb, an auxiliary first and the speech verb closing the clause:
  // `„…“, hatte VW-Chef Winterkorn in einem Interview erklärt`, `„…“, habe er gesagt`.
  if (lex.subjectAfterVerb && isAdjunct(ctx, tokens[a]!)) {
    const att = auxiliaryFirst(ctx, a, limit);
    if (att) return att;
  }
  // Subject first: `Peskov said`, `TASS news agency quoted Peskov as telling`, `the spokesman was quoted as saying`.
  const np = phraseStartingAt(tokens, a, limit, lex);
  if (!np) return null;
  let v = np.last + 1;
  // `Leonard E. Burman, director of the Tax Policy Center, said`: skip the apposition.
  if (v < limit && tokens[v]!.text === ',') {
    for (let c = v + 1; c < Math.min(limit, v + 30); c++) {
      if (tokens[c]!.text !== ',') continue;
      let w = c + 1;
      while (w < limit && isAdjunct(ctx, tokens[w]!)) w++;
      if (w < limit && cueLemma(ctx, w, a)) v = w;
      break;
    }
  }
  while (v < limit && isAdjunct(ctx, tokens[v]!)) v++;
  const lemma = v < limit ? cueLemma(ctx, v, a) : null;
  if (!lemma) {
    // `“…” – Dmitry Peskov`: a dash and a name closing the sentence.
    // `“…” — Pamela Padilla, a voter in Texas`: an apposition may follow the name, with no verb of its own.
    if (dash && (onlyPunct(tokens, np.last + 1, limit) || appositionOnly(ctx, np.last + 1, limit)) && isCapitalized(tokens[np.first]!)) {
      return { cue: null, source: source(np), after: np.last + 1, rule: 'quote-direct-dash-source' };
    }
    return null;
  }
  const verb = tokens[v]!;
  if (lex.quotingVerbs.has(lemma)) {
    const passive = v > np.last + 1; // `was quoted as saying`: the subject is the speaker
    const obj = passive ? null : quotedObject(ctx, v, limit);
    if (obj) {
      const endTok = tokens[obj.end - 1]!;
      return {
        cue: { start: verb.start, end: endTok.end, lemma },
        source: source(obj.phrase),
        after: obj.end,
        rule: 'quote-direct-quoted-object',
      };
    }
  }
  return {
    cue: { start: verb.start, end: verb.end, lemma },
    source: source(np, verbGender(ctx.lex, lower(verb))),
    after: v + 1,
    rule: 'quote-direct-subject-verb',
  };
}

/**
 * After `so` closing a quote (at `so`): the source alone (`so der Minister`), or a verb (any verb:
 * `so charakterisierte`, `so beschrieb`) and an object pronoun or adverb maybe (`ihn`, `es`, `auch`); then
 * the subject, a name or a determiner's phrase, closing the sentence or clause.
 */
function soVerbSubject(ctx: QuoteContext, so: number, limit: number): Attribution | null {
  const { tokens, lex } = ctx;
  const next = tokens[so + 1]!;
  // No verb: `so` is the cue (`so der Minister`, `so Suttner`).
  const bare = is(next, lex, W.determiner) || isCapitalized(next);
  const v = bare ? so : so + 1;
  const verb = tokens[v]!;
  if (!bare && (verb.kind !== 'word' || is(verb, lex, W.pronoun))) return null;
  let s = v + 1;
  // One lowercase word between (an object pronoun or an adverb: `ihn`, `es`, `auch`).
  const t = tokens[s];
  if (!bare && s + 1 < limit && t!.kind === 'word' && !isCapitalized(t!) && !is(t!, lex, W.determiner) && (is(tokens[s + 1]!, lex, W.determiner) || isCapitalized(tokens[s + 1]!))) s++;
  if (s >= limit || !(is(tokens[s]!, lex, W.determiner) || isCapitalized(tokens[s]!))) return null;
  const np = phraseStartingAt(tokens, s, limit, lex);
  if (!np) return null;
  let e = np.last + 1;
  while (e < limit && isAdjunct(ctx, tokens[e]!)) e++;
  if (e < limit && tokens[e]!.kind !== 'punct') return null;
  const lemma = cueLemma(ctx, v, v) ?? verb.lower;
  return { cue: { start: verb.start, end: verb.end, lemma }, source: source(np), after: np.last + 1, rule: 'quote-direct-verb-subject' };
}

/** How far a clause closed by its participle may run after the quote (`hatte X in einem Interview erklärt`). */
const AUXILIARY_CLAUSE = 16;

/**
 * `„…“, hatte VW-Chef Winterkorn in einem Interview erklärt`: an auxiliary at `a`, the subject after it,
 * and a speech verb as the last word of the clause.
 */
function auxiliaryFirst(ctx: QuoteContext, a: number, limit: number): Attribution | null {
  const { tokens } = ctx;
  let e = a + 1;
  const reach = Math.min(limit, a + AUXILIARY_CLAUSE);
  while (e < reach && tokens[e]!.kind !== 'punct') e++;
  if (e === reach && e < limit) return null;
  const v = e - 1;
  if (v <= a + 1) return null;
  const lemma = cueLemma(ctx, v, a);
  if (!lemma) return null;
  const np = subjectAfter(ctx, a, v);
  if (!np) return null;
  const t = tokens[v]!;
  return { cue: { start: t.start, end: t.end, lemma }, source: source(np), after: v + 1, rule: 'quote-direct-verb-subject' };
}

/** `Peskov said: “…”`, `X told reporters, “…”`, `powiedział Riabkow: „…”`. */
function attributionBefore(ctx: QuoteContext, from: number, last: number): Attribution | null {
  const { tokens } = ctx;
  let b = last;
  const punct = b >= from ? tokens[b]!.text : '';
  if (punct === ':' || punct === ',') b--;
  else if (punct !== '' && tokens[b]!.kind === 'punct' && !ctx.lex.dashes.has(punct)) return null;
  // The cue is at most a few words before the quote: `told reporters at a briefing:`.
  for (let v = b; v >= Math.max(from, b - 8); v--) {
    if (ctx.spanOfToken[v]! >= 0) return null;
    const t = tokens[v]!;
    if (is(t, ctx.lex, W.complementizer)) return null; // `said that “…”` is a mixed quote
    const lemma = cueLemma(ctx, v, from);
    if (!lemma) continue;
    if (v < b && punct !== ':' && punct !== ',') return null;
    // Without a colon or comma only a plain speech verb introduces a quote (`he said “…”`, not `a film called “…”`).
    if (punct !== ':' && punct !== ',' && (ctx.lex.needsComplementizer.has(lemma) || ctx.lex.beliefVerbs.has(lemma))) return null;
    if (isImpersonalCue(ctx, v)) {
      // `So heißt es in dem Schreiben: „…“`: a document, or no one.
      const { phrase } = impersonalSource(ctx, v, from, b + 1);
      return { cue: { start: t.start, end: t.end, lemma }, source: { phrase, fallback: 'none', gender: null }, after: last + 1, rule: 'quote-direct-cue-before' };
    }
    // (`Dem Sender sagte Merkel: „…“`: the dative phrase before the verb is the addressee.)
    const np = subjectBeforeCue(ctx, v, from, b + 1) ?? subjectAfter(ctx, v, b + 1);
    return {
      cue: { start: t.start, end: t.end, lemma },
      source: source(np, verbGender(ctx.lex, lower(t))),
      after: last + 1,
      rule: 'quote-direct-cue-before',
    };
  }
  return null;
}

/** Words a quote introduced by a colon alone must hold: a statement, not a title or a slogan. */
const COLON_STATEMENT_WORDS = 4;
/** How many words a clause introducing a quote with a colon alone may run from its subject to the colon. */
const COLON_CLAUSE = 16;
const noPunct = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'punct') return false;
  return true;
};
const UPPER_FIRST = /^[\s'"‘“„«»‹›]*\p{Lu}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * `Trump was blunt: “We will not pay.”`, `Stegemann bestreitet jede Kenntnis: „Wenn ich …“`: a quoted
 * sentence after a colon that closes a clause with no speech verb near it. The speaker is the subject of
 * the clause, when it is a person or a body (`The message was clear: “…”` is no one's).
 */
function colonIntroduced(ctx: QuoteContext, from: number, colon: number, span: QuotedSpan): Attribution | null {
  const { tokens, lex } = ctx;
  const content = ctx.doc.text.slice(span.start, Math.min(span.end, span.start + 400));
  if (!UPPER_FIRST.test(content)) return null;
  let words = 0;
  for (WORD.lastIndex = 0; words < COLON_STATEMENT_WORDS && WORD.exec(content); ) words++;
  if (words < COLON_STATEMENT_WORDS) return null;
  const np = mainSubject(ctx, from, colon);
  // The clause runs from its subject to the colon in a few words, with no punctuation: one clause.
  if (!np || colon - np.last > COLON_CLAUSE || !noPunct(tokens, np.last + 1, colon)) return null;
  if (!canSpeak(ctx, np)) return null;
  return { cue: null, source: source(np), after: colon + 1, rule: 'quote-direct-colon' };
}

/**
 * Direct quotes: a quoted span set off from its sentence, with the cue before or after it.
 * An interrupted quote (`“A,” he said, “B.”`) becomes one quote from A to B.
 */
export const directQuotes: QuoteRule = (ctx) => {
  const { tokens, spans } = ctx;
  // The token after the last attribution read after a quote: what follows it starts afresh
  // (`“A.” ― Sonya Herridge “B.” ― Pamela Padilla`).
  let attributedUntil = -1;
  for (let k = 0; k < spans.length; k++) {
    if (ctx.usedSpans.has(k)) continue;
    const span = spans[k]!;
    const so = sentenceOf(ctx, span.open);
    const sc = sentenceOf(ctx, Math.max(span.open, span.close - 1));
    if (!so || !sc) continue;
    const openTok = tokenAtOrAfter(tokens, span.open);
    const afterTok = tokenAtOrAfter(tokens, span.close);
    const next = spans[k + 1];
    const limit = Math.min(sc.tokenEnd, next ? tokenAtOrAfter(tokens, next.open) : sc.tokenEnd);
    const prevSpan = k > 0 ? spans[k - 1]! : null;
    let from = prevSpan && prevSpan.close > tokens[so.tokenStart]!.start ? Math.max(so.tokenStart, tokenAtOrAfter(tokens, prevSpan.close)) : so.tokenStart;
    if (attributedUntil > from && attributedUntil <= tokenAtOrAfter(tokens, span.open)) from = attributedUntil;
    // Set off: nothing but punctuation before it in its sentence, or a cue and a colon/comma.
    const startsSentence = onlyPunct(tokens, from, openTok);
    let att: Attribution | null = null;
    if (startsSentence) att = attributionAfter(ctx, afterTok, limit);
    // `“…?” Vitter demanded.`: after `?”` or `!”` the attribution was split into a short sentence of its own.
    if (startsSentence && !att && onlyPunct(tokens, afterTok, sc.tokenEnd)) {
      const ns = ctx.doc.sentences[sc.index + 1];
      if (ns && ns.paragraph === sc.paragraph && ns.tokenEnd - ns.tokenStart <= 12) {
        const nextOpen = next ? tokenAtOrAfter(tokens, next.open) : ns.tokenEnd;
        const a2 = attributionAfter(ctx, ns.tokenStart, Math.min(ns.tokenEnd, nextOpen));
        const dashed = is(tokens[ns.tokenStart]!, ctx.lex, W.dash);
        if (a2 && (a2.cue !== null || dashed) && (dashed || /[?!…]$/u.test(ctx.doc.text.slice(span.start, span.end).trim()))) att = a2;
      }
    }
    // A quote introduced before must end its sentence; one with words after it is a fragment (`denounced “…” by the US`).
    if (!att && !startsSentence && onlyPunct(tokens, afterTok, limit)) {
      att = attributionBefore(ctx, from, openTok - 1);
      if (!att && openTok - 1 > from && tokens[openTok - 1]!.text === ':') att = colonIntroduced(ctx, from, openTok - 1, span);
    }
    // `He said:` closing the sentence (or paragraph) before the quote.
    if (!att && startsSentence && so.index > 0) {
      const prev = ctx.doc.sentences[so.index - 1]!;
      const lastTok = prev.tokenEnd - 1;
      if (lastTok >= prev.tokenStart && tokens[lastTok]!.text === ':' && so.paragraph - prev.paragraph <= 1) {
        att = attributionBefore(ctx, prev.tokenStart, lastTok);
      }
    }
    if (!att) continue;
    let end = span.end;
    ctx.usedSpans.add(k);
    // `“A,” he said, “B.”`: the second half follows the attribution after a comma.
    if (att.rule !== 'quote-direct-cue-before' && next && !ctx.usedSpans.has(k + 1)) {
      const nextTok = tokenAtOrAfter(tokens, next.open);
      // Nothing between the two, or only a comma or a colon.
      const gap = nextTok - att.after;
      const between = gap <= 0 ? '' : gap === 1 ? tokens[att.after]!.text : null;
      // With nothing between, the first half must leave its sentence open (`“A,” he said “B.”`): after a
      // full stop (`“A.” ― Sonya Herridge “B.”`) the next quote is someone else's.
      const open = between === '' && /[,:;–—-]$/u.test(ctx.doc.text.slice(span.start, span.end).trimEnd());
      if (nextTok < sc.tokenEnd + 1 && (between === ',' || between === ':' || open)) {
        end = next.end;
        ctx.usedSpans.add(k + 1);
      } else {
        // `“A,” she said. “B.”`: the next sentence is only a quote, with no cue of its own.
        const ns = sentenceOf(ctx, next.open);
        const nsc = sentenceOf(ctx, Math.max(next.open, next.close - 1));
        if (
          ns && nsc && ns.index === sc.index + 1 && ns.paragraph === sc.paragraph &&
          sc.tokenEnd - att.after <= 6 &&
          onlyPunct(tokens, ns.tokenStart, nextTok) &&
          onlyPunct(tokens, tokenAtOrAfter(tokens, next.close), nsc.tokenEnd)
        ) {
          end = next.end;
          ctx.usedSpans.add(k + 1);
        }
      }
    }
    if (att.cue) {
      const cueTok = tokenAtOrAfter(tokens, att.cue.start);
      ctx.usedCues.add(cueTok);
    }
    if (att.rule !== 'quote-direct-cue-before') attributedUntil = att.after;
    ctx.candidates.push({
      kind: 'direct',
      start: span.start,
      end,
      cue: att.cue,
      source: att.source,
      confidence: att.cue ? 0.95 : 0.8,
      rule: att.rule,
      anchor: att.cue ? att.cue.start : span.start,
    });
  }
};
