import type { Token } from '../../document/types.js';
import type { QuoteContext, QuoteRule, SourceRef } from '../candidate.js';
import type { Lexicon } from '../lexicon.js';
import { cueLemma, verbGender } from '../candidate.js';
import { isCapitalized, lower, phraseStartingAt, type Phrase } from '../phrases.js';
import { clauseEnd, impersonalSource, isAdjunct, isImpersonalCue, isInflectedModifier, mainSubject, participleSubject, subjectAfter, subjectBeforeCue } from '../syntax.js';
import { addContent } from './content.js';
import { isTitleSpan } from '../marks.js';
import { is, W, wordFacts } from '../word-facts.js';

const PARTICIPLE = /ing$/u;
// A leading `(Reuters) -` or `MOSCOW (AP) —` dateline is not part of what was said.
const DATELINE_END = new Set(['-', '–', '—', '_']);

function sourceOf(ctx: QuoteContext, v: number, from: number, to: number, allowAfter: boolean): { phrase: Phrase | null; gender: SourceRef['gender']; written?: Phrase } {
  const t = ctx.tokens[v]!;
  const gender = verbGender(ctx.lex, lower(t));
  const participle = PARTICIPLE.test(t.text) && ctx.lex.locale.code === 'en';
  let before: (Phrase & { relative?: number }) | null;
  if (participle) {
    // `Mr. Peskov said, adding that …`: the speaker of the sentence's earlier cue; else the name before
    // the participle, or the main clause's subject (`a news conference announcing that …` is no one's).
    if (v > from && ctx.tokens[v - 1]!.text === ',') {
      for (let i = from; i < v; i++) if (ctx.spanOfToken[i]! < 0 && cueLemma(ctx, i, from)) return { phrase: null, gender };
    }
    before = participleSubject(ctx, v, from);
  } else {
    // `…, the meeting deteriorated from there, said one GOP source.`: right after a comma, a subject after
    // the verb that closes the sentence (or meets a comma) is the source, not an apposition's phrase before it.
    if (allowAfter && !ctx.lex.subjectAfterVerb) {
      const after = subjectAfter(ctx, v, to);
      if (after) {
        let n = after.last + 1;
        while (n < to && ctx.tokens[n]!.kind === 'punct' && ctx.tokens[n]!.text !== ',' && ctx.tokens[n]!.text !== '(') n++;
        if (n >= to || ctx.tokens[n]!.text === ',' || ctx.tokens[n]!.text === '(') return { phrase: after, gender };
      }
    }
    before = subjectBeforeCue(ctx, v, from, to);
    // `Police arrested two men and said …`: a cue coordinated with the main verb shares its subject.
    if (!before && v - 1 > from && is(ctx.tokens[v - 1]!, ctx.lex, W.coordinator) && ctx.spanOfToken[v - 1]! < 0) before = mainSubject(ctx, from, v - 1);
  }
  if (before) {
    const { relative, ...phrase } = before;
    return relative !== undefined ? { phrase, gender, written: { first: relative, last: relative } } : { phrase, gender };
  }
  if (participle) return { phrase: null, gender };
  return { phrase: allowAfter ? subjectAfter(ctx, v, to) : null, gender };
}

/** An article's noun may follow inflected adjectives (`die neue Regierung`), up to this many. */
const MAX_ADJECTIVES = 3;
/** How near the start of content before a cue another cue makes it that cue's (`She said …, she declined`). */
const OWN_ATTRIBUTION = 4;
/** How far a subordinate clause opening the content is read for a reported verb form. */
const MAX_CLAUSE_LOOKAHEAD = 40;

/**
 * True when the clause opening at token `c` is a main clause, as reported content after a bare comma must
 * be: it opens with no linking word (`nachdem`, `wo`, `dennoch`) unless a reported verb form follows, with
 * no speech verb, and with no relative pronoun, which, unlike an article (`der Plan`, `die neue Regierung`),
 * comes before no noun (`der am Sonntag …`).
 */
function mainClauseAfter(ctx: QuoteContext, c: number, to: number): boolean {
  const { tokens, lex } = ctx;
  if (c >= to) return false;
  const first = tokens[c]!;
  if (first.kind === 'word' && !isCapitalized(first) && cueLemma(ctx, c, c) !== null) return false;
  // A subordinate clause may open the content when a reported verb form follows (`…, nachdem es dunkel war, sei …`).
  if (lex.clauseLinks.has(first.lower)) {
    for (let i = c + 1; i < Math.min(to, c + MAX_CLAUSE_LOOKAHEAD); i++) if (is(tokens[i]!, lex, W.reportedMood)) return true;
    return false;
  }
  if (!is(first, lex, W.relativePronoun)) return true;
  if (!is(first, lex, W.determiner)) return false;
  for (let i = c + 1; i < Math.min(to, c + 1 + MAX_ADJECTIVES + 1); i++) {
    const t = tokens[i]!;
    if (t.kind === 'number' || isCapitalized(t)) return true;
    if (!isInflectedModifier(ctx, t)) return false;
  }
  return false;
}

/** True when a complementizer word or a colon follows within the clause from `k`: the cue has content of its own. */
function contentFollows(ctx: QuoteContext, k: number, to: number): boolean {
  const { tokens, lex } = ctx;
  for (let i = k; i < Math.min(to, k + MAX_CLAUSE_LOOKAHEAD); i++) {
    const t = tokens[i]!;
    if (t.text === ':' || (t.kind === 'word' && is(t, lex, W.complementizer))) return true;
    if (t.text === '.' || t.text === ';') return false;
  }
  return false;
}

const qualifierCache = new WeakMap<Lexicon, Set<string>>();
/** Two-word qualifiers of numbers in the locale (`at least`, `co najmniej`), lowercase. */
function qualifierStarts(lex: Lexicon): Set<string> {
  let set = qualifierCache.get(lex);
  if (!set) {
    set = new Set(Object.keys(lex.locale.claims.qualifiers).filter((q) => q.split(/\s+/u).length === 2).map((q) => q.toLowerCase()));
    qualifierCache.set(lex, set);
  }
  return set;
}

/** Start of the content before a cue: the sentence start, or after a `(Reuters) -` dateline. */
function contentStart(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 1; i < Math.min(to, from + 14); i++) {
    if (DATELINE_END.has(tokens[i]!.text) && tokens[i - 1]!.text === ')') return i + 1;
  }
  return from;
}

/**
 * Reported speech around a speech verb, in the ways news writes it:
 * `X said (that) …`, `X told TASS (that) …`, `…, X said.`, `…, said X.`, `X stated this` (the
 * sentence before), `the Post, which claimed that …`, `X, quoted by TASS, said that …`.
 */
export const indirectQuotes: QuoteRule = (ctx) => {
  const { doc, tokens, lex } = ctx;
  const freeOrder = lex.subjectAfterVerb;
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]!.boilerplate) continue;
    const from = s.tokenStart;
    const to = s.tokenEnd;
    for (let v = from; v < to; v++) {
      if (ctx.spanOfToken[v]! >= 0) continue;
      const lemma = cueLemma(ctx, v, from);
      if (!lemma || ctx.usedCues.has(v)) continue;
      const verb = tokens[v]!;
      const cue = { start: verb.start, end: verb.end, lemma };
      // `…, said X`, `…,” said X` (a quote that does not open the sentence): the subject may follow the verb.
      let pv = v - 1;
      while (pv > from && is(tokens[pv]!, lex, W.closer)) pv--;
      // `In einem Papier heißt es, …`: an impersonal cue reads from a document, or from no one.
      const impersonal = isImpersonalCue(ctx, v) ? impersonalSource(ctx, v, from, to) : null;
      const { phrase, gender, written } = impersonal
        ? { phrase: impersonal.phrase, gender: null, written: undefined }
        : sourceOf(ctx, v, from, to, freeOrder || (pv >= from && pv < v && tokens[pv]!.text === ','));
      const src: SourceRef = { phrase, fallback: phrase || impersonal ? 'none' : 'previous', gender, ...(written ? { written } : {}) };
      const ruleBase = `${lex.locale.code}/quote-indirect`;

      // After the verb: skip an inverted subject, an addressee (`told reporters at a briefing`), adjuncts.
      let k = v + 1;
      const inverted = phrase && phrase.first > v ? phrase : null;
      if (inverted) k = inverted.last + 1;
      if (impersonal) k = impersonal.after;
      // `X stated this when commenting …`: the content is the sentence before.
      // So does `Das teilte die Polizei mit.`, `Dies gab Airbus bekannt.`: the object first, then the verb.
      // (`So berichtete X dem Sender, dass …`: with content of its own after it, `so` only introduces it.)
      const anaphorFirst = freeOrder && v === from + 1 && inverted !== null && is(tokens[from]!, lex, W.anaphoricObject) && !contentFollows(ctx, k, to);
      if ((anaphorFirst || (k < to && is(tokens[k]!, lex, W.anaphoricObject))) && s.index > 0) {
        const prev = doc.sentences[s.index - 1]!;
        if (prev.paragraph === s.paragraph || doc.paragraphs[s.paragraph]!.sentenceStart === s.index) {
          if (addContent(ctx, tokens[prev.tokenStart]!.start, tokens[clauseEnd(ctx, prev.tokenStart, prev.tokenEnd, prev.tokenStart) - 1]!.end, cue, src, `${ruleBase}-anaphoric`, 0.6)) {
            ctx.usedCues.add(v);
            continue;
          }
        }
      }
      // A complementizer within reach: `said that`, `denied in a conversation with reporters that`, `stwierdził, że`.
      let comp = -1;
      for (let i = k; i < Math.min(to, k + 14); i++) {
        const w = lower(tokens[i]!);
        // `told MSNBC’s “Morning Joe” on Friday that …`: a show's or a work's title is passed over.
        const sk = ctx.spanOfToken[i]!;
        if (sk >= 0 && i > k && isTitleSpan(ctx.doc.text, ctx.spans[sk]!)) {
          while (i + 1 < to && ctx.spanOfToken[i + 1] === sk) i++;
          continue;
        }
        if (sk >= 0 || w === '.' || w === ';' || w === ':') break;
        // A comma ends the search unless the complementizer comes right after it (`stwierdził, że`):
        // `…, and that 74 drones …` belongs to the first content.
        if (w === ',' && !lex.complementizers.has(',') && !(i + 1 < to && is(tokens[i + 1]!, lex, W.complementizer))) break;
        if (is(tokens[i]!, lex, W.complementizer)) {
          // `a percentage that is likely …`: a relative `that` is followed by a verb, not a clause.
          const after = tokens[i + 1];
          if (after && lex.englishLexicon && wordFacts(after, lex).verbOnly) break;
          comp = i;
          break;
        }
        if (i > k && cueLemma(ctx, i, from)) break;
      }
      // A bare comma introduces content only when a main clause follows it (`sagte, es sei …`), not a relative or
      // subordinate clause (`…, der am Sonntag …`, `…, nachdem …`) or another verb (`…, berichtete X`).
      if (comp >= 0 && tokens[comp]!.text === ',' && !mainClauseAfter(ctx, comp + 1, to)) comp = -1;
      if (comp >= 0) {
        const e = clauseEnd(ctx, comp + 1, to, from);
        if (e > comp + 1 && addContent(ctx, tokens[comp + 1]!.start, tokens[e - 1]!.end, cue, src, `${ruleBase}-that`, 0.85)) {
          ctx.usedCues.add(v);
          continue;
        }
      }
      // The content before: `…, Kremlin spokesman Dmitry Peskov told TASS.`, `…, the spokesman said.`
      const subjStart = phrase ? Math.min(phrase.first, v) : v;
      // The comma before the source, maybe behind a closing quote mark: `…,” he said.`
      let comma = subjStart - 1;
      // `…, retired general Lloyd Newton said`: lowercase modifiers the name phrase left out. (Only in a
      // fixed-order language: before a German or Polish subject they are conjunctions: `, nachdem Mitglieder …`.)
      if (phrase && phrase.first < v && !freeOrder) {
        let m = comma;
        while (
          m > from && m > comma - 3 && tokens[m]!.kind === 'word' && /^\p{Ll}/u.test(tokens[m]!.text) && wordFacts(tokens[m]!, lex).verb === undefined &&
          !is(tokens[m]!, lex, W.coordinator) && !is(tokens[m]!, lex, W.nonContentStart) && !is(tokens[m]!, lex, W.complementizer) &&
          !isAdjunct(ctx, tokens[m]!)
        ) m--;
        if (m < comma && (tokens[m]!.text === ',' || is(tokens[m]!, lex, W.closer))) comma = m;
      }
      while (comma > from && is(tokens[comma]!, lex, W.closer)) comma--;
      // `…, the spokesman said.` — or, in dash style, `… - podał w piątek GUS.`
      const sep = comma >= from ? tokens[comma]!.text : '';
      const separator = sep === ',' || (lex.dashes.has(sep) && freeOrder);
      // An English participle (`…, speaking on condition of anonymity, said`) reports nothing before it.
      const participleCue = PARTICIPLE.test(verb.text) && lex.locale.code === 'en';
      if (subjStart > from + 1 && separator && (phrase || freeOrder) && !participleCue) {
        // What follows the verb is only an addressee, adjuncts or a participle clause.
        let j = Math.max(v, phrase ? phrase.last : v) + 1;
        if (lex.addresseeVerbs.has(lemma) || lex.quotingVerbs.has(lemma)) {
          const obj = phraseStartingAt(tokens, j, to, lex);
          if (obj) j = obj.last + 1;
        }
        // What follows must be adjuncts (`on Tuesday`, `in a statement`), not a clause of its own
        // (`The summit's president, André Corrêa do Lago, said the talks would continue`).
        const tailStart = j;
        let tail = 0;
        while (j < to && tokens[j]!.text !== ',' && tokens[j]!.text !== '.' && tail < 10) {
          j++;
          tail++;
        }
        const first = tokens[tailStart];
        const adjunctTail = tail === 0 || (first !== undefined && (first.text === '(' || is(first, lex, W.nonContentStart) || isAdjunct(ctx, first) || is(first, lex, W.timeWord)));
        // The cue closes the content before it: at the sentence end, before another cue, or before a
        // comma after a short adjunct (`…, the company said in a statement Wednesday, compared with …`).
        const closes =
          j >= to || tokens[j]!.text === '.' ||
          // `…,” said Victor Cha, who served …`: an apposition of a subject after its verb.
          (inverted !== null && tail === 0 && tokens[j]!.text === ',') ||
          (tokens[j]!.text === ',' && j + 1 < to && cueLemma(ctx, j + 1, from) !== null) ||
          (tokens[j]!.text === ',' && tail > 0 && tail <= 6 && (is(tokens[Math.max(v, phrase ? phrase.last : v) + 1]!, lex, W.nonContentStart) || is(tokens[Math.max(v, phrase ? phrase.last : v) + 1]!, lex, W.timeWord)));
        const cStart = contentStart(tokens, from, subjStart);
        // The content must be a statement, not an opening phrase (`At a fundraiser, Clinton called …`, `Speaking at a rally, …`).
        // An opening adverbial with its own comma (`At the same time, Moscow is …`) is left out of the content.
        let h = cStart;
        let phraseOnly = false;
        for (;;) {
          while (h < comma && is(tokens[h]!, lex, W.coordinator)) h++;
          const opener = lower(tokens[h]!);
          const participle = /ing$/u.test(opener);
          if (!(lex.nonContentStarts.has(opener) || participle)) break;
          let k2 = h + 1;
          while (k2 < comma && tokens[k2]!.text !== ',') k2++;
          if (k2 >= comma) {
            // A gerund with no comma of its own is the subject of the content (`Walking … was associated …`).
            // Where the finite verb follows the first phrase (German, Polish: `Im Bundesstaat Guerrero wurden
            // 500 Gebäude beschädigt, teilte …`), an opening prepositional phrase starts a statement when the
            // stretch is longer than a phrase.
            phraseOnly = !participle && (!freeOrder || comma - h <= 6);
            break;
          }
          h = k2 + 1;
        }
        // (Two words are a phrase too: `These employees, Stumpf explained, were …`.)
        if (comma - h < 3) phraseOnly = true;
        const c0 = h;
        // The cue in parentheses, its content on both sides: `The museum, Mr. Obama said, would make …`,
        // `But to prevent problems, he said, local officials should …` (an opening phrase is the content's
        // start, not a statement of its own), `These employees, Stumpf explained at the hearing, were …`.
        const parenthetical =
          j < to && tokens[j]!.text === ',' && !lex.complementizers.has(lower(tokens[j + 1] ?? tokens[j]!)) &&
          (tail === 0 || (phraseOnly && adjunctTail && tail <= 6));
        // Content that opens with an attribution of its own, a speech verb after a pronoun or name (`She said
        // fathers … would not be eligible, and when pressed …, she declined`), is that cue's, not this one's.
        let attributed = false;
        for (let a = c0 + 1; a < Math.min(comma, c0 + OWN_ATTRIBUTION); a++) {
          const who = tokens[a - 1]!;
          const said = ctx.spanOfToken[a]! < 0 && (is(who, lex, W.pronoun) || isCapitalized(who)) ? cueLemma(ctx, a, from) : null;
          // (A verb of belief or wish is content's own verb: `Russia wants peace, Peskov told TASS`.)
          if (said !== null && !lex.beliefVerbs.has(said)) attributed = true;
        }
        if (closes && tail < 10 && adjunctTail && !phraseOnly && !attributed) {
          const e = clauseEnd(ctx, c0, comma + 1, from);
          if (e > c0 && addContent(ctx, tokens[c0]!.start, tokens[e - 1]!.end, cue, src, `${ruleBase}-before`, 0.8)) {
            ctx.usedCues.add(v);
            continue;
          }
        } else if (parenthetical) {
          // With only a phrase before the cue, the content opens where the sentence does (after `and`, `but`).
          let p0 = phraseOnly ? cStart : c0;
          while (phraseOnly && p0 < comma && is(tokens[p0]!, lex, W.coordinator)) p0++;
          const e = clauseEnd(ctx, j + 1, to, from);
          if (e - (j + 1) >= 3 && addContent(ctx, tokens[p0]!.start, tokens[e - 1]!.end, cue, src, `${ruleBase}-parenthetical`, 0.75)) {
            ctx.usedCues.add(v);
            continue;
          }
        }
      }
      // No complementizer: `the Miami Herald reported the US administration had decided …`, `Tass said Peskov declined …`.
      if (lex.needsComplementizer.has(lemma)) continue;
      let c = k;
      if (lex.addresseeVerbs.has(lemma)) {
        // The addressee: a name or title, or one common noun (`told reporters`).
        const obj = phraseStartingAt(tokens, c, to, lex);
        if (obj) c = obj.last + 1;
        else if (c < to && tokens[c]!.kind === 'word' && !is(tokens[c]!, lex, W.determiner) && !is(tokens[c]!, lex, W.pronoun) && !is(tokens[c]!, lex, W.nonContentStart)) c++;
        else continue;
        if (c < to && tokens[c]!.text === ',') continue;
      }
      if (c >= to) continue;
      const first = tokens[c]!;
      // `said at least 40 people …`: a qualifier of a number opens content though it starts with a preposition.
      const qualified = c + 1 < to && qualifierStarts(lex).has(`${lower(first)} ${lower(tokens[c + 1]!)}`);
      if (!qualified && (first.kind === 'punct' || is(first, lex, W.nonContentStart) || is(first, lex, W.timeWord) || is(first, lex, W.connector))) continue;
      const e = clauseEnd(ctx, c, to, from);
      if (e - c >= 3 && addContent(ctx, first.start, tokens[e - 1]!.end, cue, src, `${ruleBase}-bare`, 0.65, 3)) ctx.usedCues.add(v);
    }
  }
};
