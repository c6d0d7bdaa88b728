import type { Token } from '../document/types.js';
import { cueLemma, impersonalCue, tokenAtOrAfter, type QuoteContext } from './candidate.js';
import { inCapitals, isCapitalized, isHeadWord, isSurnameWord, isPhraseWord, lower, MAX_PHRASE, phraseEndingAt, phraseStartingAt, type Phrase } from './phrases.js';
import { is, W, wordFacts } from './word-facts.js';
import { describePhrase } from '../speakers/describe.js';

const POSSESSIVE = /\p{L}['’]s?$/u;

/** Word lists whose words are no nouns: complementizers, prepositions opening content, connectors, … */
const NOT_NOUN = W.complementizer | W.nonContentStart | W.connector | W.adjunct | W.determiner | W.relativePronoun | W.coordinator;

/** A lowercase word that may be (part of) a noun: not a verb form, preposition or function word. */
function isCommonNoun(ctx: QuoteContext, t: Token): boolean {
  const f = wordFacts(t, ctx.lex);
  return !(ctx.lex.englishLexicon && f.verbOnly) && f.verb === undefined && (f.sets & NOT_NOUN) === 0;
}

/** True for a token that may stand between a subject and its verb: `has`, `also`, `on Thursday`, `publicly`. */
export function isAdjunct(ctx: QuoteContext, t: Token): boolean {
  const f = wordFacts(t, ctx.lex);
  return (f.sets & (W.adjunct | W.timeWord)) !== 0 || (t.kind === 'word' && f.adverbLy);
}

/**
 * The subject of the cue verb at token `v`, looking back to `from`: skips auxiliaries and
 * adverbs, follows relative pronouns (`the Post, which claimed`), report nouns
 * (`The Washington Post report saying`) and appositions (`Peskov, quoted by TASS, said`).
 */
export function subjectBefore(ctx: QuoteContext, v: number, from: number, depth = 0): (Phrase & { relative?: number }) | null {
  const { tokens, lex } = ctx;
  if (depth === 0 && lex.auxiliaries.size) {
    const second = secondPlaceSubject(ctx, v, from);
    if (second) return second;
  }
  let i = v - 1;
  // `at the weekend`, `on Thursday`, `has repeatedly`: adjuncts between subject and verb.
  while (i >= from && ((isAdjunct(ctx, tokens[i]!) && !isSurnameWord(tokens, i, lex)) || (is(tokens[i]!, lex, W.determiner) && i + 1 < v && isAdjunct(ctx, tokens[i + 1]!)))) i--;
  if (i < from) return null;
  const t = tokens[i]!;
  if (is(t, lex, W.relativePronoun) && !inCapitals(t)) {
    const rel = i;
    i--;
    if (i >= from && tokens[i]!.text === ',') i--;
    const np = phraseEndingAt(tokens, i, from, lex);
    return np ? { ...np, relative: rel } : null;
  }
  if (is(t, lex, W.reportNoun)) {
    // `The Washington Post report saying …`: the report's owner; `the study found`, `The report said`: the report itself.
    const np = phraseEndingAt(tokens, i - 1, from, lex);
    if (np && np.last >= np.first && !(np.first === np.last && is(tokens[np.first]!, lex, W.determiner))) return np;
    if (np && np.last === i - 1) return { first: np.first, last: i };
  }
  // `the ad’s narrator says`, `one questioner claimed`, `Gary Johnson’s doctor is calling`: a determiner or possessive and a common noun.
  if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && isCommonNoun(ctx, t)) {
    for (let d = i - 1; d >= Math.max(from, i - 4); d--) {
      const x = tokens[d]!;
      if (is(x, lex, W.determiner)) return phraseEndingAt(tokens, i, from, lex) ?? { first: d, last: i };
      if (POSSESSIVE.test(x.text) && x.kind === 'word') {
        const owner = phraseEndingAt(tokens, d, from, lex);
        return { first: owner ? owner.first : d, last: i };
      }
      if (x.kind !== 'word' || !isCommonNoun(ctx, x)) break;
    }
  }
  if (t.text === ',') {
    // `X, an apposition, said`: the phrase between the commas when it is a name (`The summit's president,
    // André Corrêa do Lago, said`), else the phrase before the first comma (`Tim Brightbill, a trade lawyer
    // who represents manufacturers, said`; `Peskov, quoted by TASS, said`).
    for (let j = i - 1; j >= Math.max(from, i - 30); j--) {
      const x = tokens[j]!.text;
      if (x === ',') {
        const inner = phraseEndingAt(tokens, i - 1, j + 1, lex);
        const last = inner ? tokens[inner.last]! : null;
        // (A name opens with a capital: `a former chief medical officer for Alaska` is an apposition.)
        if (inner && last && inner.first === j + 1 && isCapitalized(tokens[inner.first]!) && isCapitalized(last) && !isHeadWord(last, lex)) {
          return inner;
        }
        // `…, es gebe keine Möglichkeit, sich zu wehren, schreibt der Verein`: where the subject may follow its
        // verb, a phrase after the verb is the subject, and the words before the comma are content.
        if (lex.subjectAfterVerb && v + 1 < tokens.length && (is(tokens[v + 1]!, lex, W.determiner) || isCapitalized(tokens[v + 1]!))) return null;
        // (`A senior government source, speaking on condition of anonymity, said`: a common noun's phrase too.)
        return phraseEndingAt(tokens, j - 1, from, lex) ?? (depth < 4 ? subjectBefore(ctx, j, from, depth + 1) : null);
      }
      // (A `.` inside a sentence is an abbreviation's: `U.S.`.)
      if (x === ';' || x === ':' || ctx.spanOfToken[j]! >= 0) break;
    }
    return null;
  }
  const np = phraseEndingAt(tokens, i, from, lex);
  // `Sie wird mit den Worten zitiert`, `in Heidelberg erläutert`: a phrase governed by a preposition is an
  // object; the subject stands before the preposition (`Sascha Kempf vom Institut in Heidelberg erläutert`),
  // or, with none there, after the verb (`Bei einem Besuch in Zacatecas verkündete er`).
  if (np && np.first > from && lex.prepositions.size) {
    // Determiners and inflected adjectives may stand between the preposition and its noun
    // (`Bei ihrem heutigen Auftritt sagte Rice`, `hat mit einem Veto gedroht`).
    // One determiner at most, opening the noun's phrase: `von dem die Polizei glaubt` governs no `die Polizei`.
    let p = np.first - 1;
    let determined = is(tokens[np.first]!, lex, W.determiner);
    while (p > from && p >= np.first - 3 && !determined && isInflectedModifier(ctx, tokens[p]!)) {
      determined = is(tokens[p]!, lex, W.determiner);
      p--;
    }
    if (is(tokens[p]!, lex, W.preposition)) return depth < 4 ? subjectBefore(ctx, p, from, depth + 1) : null;
  }
  return np;
}

/** How far before its cue a second-place auxiliary is looked for (`hat … am Montag in Berlin gesagt`). */
const AUX_REACH = 16;

/**
 * `Der Präsident hat sein Veto angekündigt`, `Am Montag hat der Minister gesagt`: in a main clause whose
 * auxiliary takes the second place and whose cue at `v` closes it, the subject is the phrase opening the
 * clause before the auxiliary (unless an object's determiner opens it), else the phrase right after it.
 */
function secondPlaceSubject(ctx: QuoteContext, v: number, from: number): Phrase | null {
  const { tokens, lex } = ctx;
  for (let x = v - 1; x > from && x >= v - AUX_REACH; x--) {
    const t = tokens[x]!;
    if (t.kind === 'punct' || ctx.spanOfToken[x]! >= 0) return null;
    if (!lex.auxiliaries.has(t.lower)) continue;
    // A reported form (`sie habe … angegeben`) is reported content, not an attribution's clause.
    if (is(t, lex, W.reportedMood)) return null;
    // The clause's start: the sentence's, or after its last comma or semicolon, looked for no further back than
    // a phrase can reach (so that the work per cue stays constant); beyond it, no phrase ending before the
    // auxiliary could open the clause.
    let start = x - 1;
    while (start > from && start > x - 1 - MAX_PHRASE && tokens[start - 1]!.text !== ',' && tokens[start - 1]!.text !== ';') start--;
    const opens = start === from || tokens[start - 1]!.text === ',' || tokens[start - 1]!.text === ';';
    while (start < x && is(tokens[start]!, lex, W.coordinator)) start++;
    const first = opens && start < x ? phraseEndingAt(tokens, x - 1, start, lex) : null;
    if (first && first.first === start && !lex.obliqueDeterminers.has(tokens[start]!.lower)) return first;
    const after = phraseStartingAt(tokens, x + 1, v, lex);
    return after && (is(tokens[after.first]!, lex, W.determiner) || isCapitalized(tokens[after.first]!) || is(tokens[after.first]!, lex, W.pronoun)) &&
      !lex.obliqueDeterminers.has(tokens[after.first]!.lower)
      ? after
      : null;
  }
  return null;
}

/** A lowercase determiner or inflected adjective (`einem`, `ihrem`, `heutigen`), as before a German noun. */
export function isInflectedModifier(ctx: QuoteContext, t: Token): boolean {
  if (t.kind !== 'word' || isCapitalized(t)) return false;
  const sets = wordFacts(t, ctx.lex).sets;
  return !(sets & W.preposition) && ((sets & W.determiner) !== 0 || INFLECTED.test(t.lower));
}
const INFLECTED = /\p{L}{2}(?:e|en|em|er|es)$/u;

/** The subject after the cue verb at `v` (`said Mr. Peskov`, `napisał Siergiej Riabkow`), up to `to`. */
export function subjectAfter(ctx: QuoteContext, v: number, to: number): Phrase | null {
  const { tokens, lex } = ctx;
  let i = v + 1;
  const limit = Math.min(to, v + 12);
  for (;;) {
    while (i < limit && isAdjunct(ctx, tokens[i]!) && !is(tokens[i]!, lex, W.pronoun)) i++;
    // `podał w piątek GUS`, `ocenił w rozmowie z PAP poseł Jan Kowalski`: short prepositional phrases
    // before the subject, a phrase governed by a preposition (`z PAP`) among them.
    if (i + 1 < limit && is(tokens[i]!, lex, W.nonContentStart) && lex.subjectAfterVerb) {
      let j = i + 1;
      while (j < limit && j < i + 3 && tokens[j]!.kind !== 'punct' && !isPhraseWord(tokens[j]!, lex)) j++;
      if (j > i + 1 && j < limit && isPhraseWord(tokens[j]!, lex)) {
        if (!is(tokens[j - 1]!, lex, W.nonContentStart)) {
          i = j;
          continue;
        }
        // The governed name (its capitalized words, up to a title word): skip it, the subject follows.
        let g = j;
        while (g < limit && isCapitalized(tokens[g]!) && !is(tokens[g]!, lex, W.title)) g++;
        if (g > j && g < limit && isPhraseWord(tokens[g]!, lex)) {
          i = g;
          continue;
        }
      }
    }
    break;
  }
  return phraseStartingAt(tokens, i, to, lex);
}

/** True when the tokens [from, to) are only punctuation (and quote marks). */
export function onlyPunct(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.kind !== 'punct') return false;
  return true;
}

/** The longest content clause, in tokens (news sentences stay far below it). */
export const MAX_CLAUSE = 200;

const CLAUSE_STOP = new Set([';', '(', ')', '[', ']']);
const TRAILING = /^[.,;:!?…\-–—([]+$/u;

/**
 * The end (exclusive token index) of a content clause starting at `c` in a sentence ending at `end`:
 * the sentence end, or earlier at `; `, at a coordinated cue (`and urged`, `i zaapelował`), or at a
 * participle cue after a comma (`, adding that`). Trailing punctuation is left out.
 */
export function clauseEnd(ctx: QuoteContext, c: number, end: number, from: number): number {
  const { tokens, lex } = ctx;
  // No content clause runs longer: a sentence without end (scraped text, hostile input) holding a cue
  // every few words would otherwise make every cue read to its end, in time quadratic in its length.
  end = Math.min(end, c + MAX_CLAUSE);
  let e = end;
  for (let i = c; i < end; i++) {
    const t = tokens[i]!;
    if (CLAUSE_STOP.has(t.text) && ctx.spanOfToken[i]! < 0) {
      e = i;
      break;
    }
    if (ctx.spanOfToken[i]! >= 0 || i + 1 >= end) continue;
    const w = lower(t);
    // `and urged …`, `i zaapelował …`: a second cue of the same speaker ends the first content.
    // `, adding that …`: a participle cue after a comma does too.
    let j = i + 1;
    const dash = is(t, lex, W.dash);
    if (dash && j < end && is(tokens[j]!, lex, W.coordinator)) j++;
    // `and he noted`, `— and the spokesman added`: a short subject may come between.
    if (is(t, lex, W.coordinator) || dash) {
      const np = phraseStartingAt(tokens, j, Math.min(end, j + 5), lex);
      if (np) j = np.last + 1;
    }
    while (j < end && j < i + 8 && isAdjunct(ctx, tokens[j]!)) j++;
    if (j >= end || !cueLemma(ctx, j, from)) continue;
    const participle = w === ',' && /ing$/u.test(tokens[j]!.text);
    if (is(t, lex, W.coordinator) || dash || participle) {
      e = i;
      break;
    }
  }
  while (e > c && TRAILING.test(tokens[e - 1]!.text) && !is(tokens[e - 1]!, ctx.lex, W.closer)) e--;
  return e;
}


/**
 * The speaker of a participle cue (`saying`, `adding`): the name or pronoun right before it (`footage
 * of Trump saying …`), or a report (`the Post report saying`); after a comma or a common noun, the
 * subject of the sentence's main clause (`Clinton mocked the complaint, saying …`).
 */
export function participleSubject(ctx: QuoteContext, v: number, from: number): (Phrase & { relative?: number }) | null {
  const { tokens, lex } = ctx;
  if (v > from && tokens[v - 1]!.text !== ',') {
    const before = subjectBefore(ctx, v, from);
    if (before && (is(tokens[v - 1]!, lex, W.reportNoun) || isCapitalized(tokens[before.last]!) || is(tokens[before.last]!, lex, W.pronoun))) {
      return before;
    }
  }
  return mainSubject(ctx, from, v);
}

/**
 * The subject of the sentence's main clause, for a participle cue with none of its own
 * (`Rival Hillary Clinton had mocked the complaint, saying …`): the first noun phrase,
 * after opening adjuncts (`On September 27 they published …`), followed by a verb.
 */
/** How far into its sentence a main clause's subject is looked for: the walk stays constant-time per cue. */
const SUBJECT_REACH = 48;

export function mainSubject(ctx: QuoteContext, from: number, before: number): Phrase | null {
  const { tokens, lex } = ctx;
  let i = from;
  const reach = Math.min(before, from + SUBJECT_REACH);
  // An opening prepositional phrase or attribution with its comma holds no subject: `At a news conference at City
  // Hall, Mr. Adams …`, `Jak relacjonuje „Rzeczpospolita”, ukraiński przywódca …`.
  if (is(tokens[i]!, lex, W.nonContentStart | W.asCue | W.accordingStart)) {
    let comma = i + 1;
    while (comma < reach && tokens[comma]!.text !== ',') comma++;
    if (comma < reach) i = comma + 1;
  }
  // (A capitalized opener is no subject: `Jak relacjonuje „Rzeczpospolita”, …`, `Earlier, …`.)
  // A quote opening the sentence is passed over whole (`“…,” she said at a news conference announcing …`).
  let steps = 0;
  while (i < before && steps++ < SUBJECT_REACH) {
    const k = ctx.spanOfToken[i]!;
    if (k >= 0) i = Math.max(i + 1, tokenAtOrAfter(tokens, ctx.spans[k]!.close));
    else if (isAdjunct(ctx, tokens[i]!) || tokens[i]!.kind !== 'word' || is(tokens[i]!, lex, W.nonContentStart) || wordFacts(tokens[i]!, lex).opener) i++;
    else break;
  }
  if (i >= before || steps > SUBJECT_REACH) return null;
  let np = phraseStartingAt(tokens, i, before, lex);
  // `The spot concludes …`, `The family, protesters and civic leaders said …`: a determiner and common nouns.
  if (np && np.first === np.last && is(tokens[np.first]!, lex, W.determiner)) {
    let j = np.first + 1;
    while (j < before && j < np.first + 4 && tokens[j]!.kind === 'word' && !isCapitalized(tokens[j]!) && isCommonNoun(ctx, tokens[j]!)) j++;
    np = j > np.first + 1 ? { first: np.first, last: j - 1 } : null;
  }
  if (!np || np.last + 1 >= before) return null;
  const next = tokens[np.last + 1]!;
  return next.kind === 'word' && !is(next, lex, W.connector) ? np : null;
}

/**
 * True when a phrase can be a source with no speech verb to say so: a person's name, a pronoun for a
 * person, an organization or medium, or a personal title (`Trump`, `er`, `Der Sprecher`), not a thing
 * (`The message`, `A lesson`).
 */
export function canSpeak(ctx: QuoteContext, np: Phrase, evidence = false): boolean {
  const { tokens, lex } = ctx;
  const info = describePhrase(ctx.doc.text, tokens, np, lex);
  if (info.type === 'pronoun') return info.gender !== null || info.kind === 'person';
  if (info.kind === 'organization' || info.kind === 'media') return true;
  // (With `evidence`, a name must show it is a person's, by a first name or a title: German capitalizes every
  // noun, and `Im Vorfeld war …` opens with no one.)
  if (info.type === 'name') return info.kind === 'person' && (!evidence || info.personEvidence || info.title !== null);
  return is(tokens[np.last]!, lex, W.title);
}

/** True when the cue at `v` is impersonal (`heißt es`): it has no subject, only a document it reads from. */
export function isImpersonalCue(ctx: QuoteContext, v: number): boolean {
  return impersonalCue(ctx, v, wordFacts(ctx.tokens[v]!, ctx.lex).impersonal) !== undefined;
}

/**
 * The source of the impersonal cue at `v` (`In einem Positionspapier des Ministeriums heißt es, …`,
 * `So heißt es in dem Schreiben: „…“`): the phrase after a place word before it in its clause, or after
 * the impersonal subject; null when no document is named. `after` is the token after the cue, its
 * subject and a document named after them.
 */
export function impersonalSource(ctx: QuoteContext, v: number, from: number, to: number): { phrase: Phrase | null; after: number } {
  const { tokens, lex } = ctx;
  let after = v + 1;
  if (after < to && tokens[after]!.lower === lex.impersonalSubject) after++;
  // Before the cue: `In einem Papier des Ministeriums heißt es` (no punctuation between).
  for (let j = v - 1; j >= from && j >= v - MAX_PHRASE; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || ctx.spanOfToken[j]! >= 0) break;
    if (!lex.impersonalPlaces.has(t.lower)) continue;
    const np = phraseStartingAt(tokens, j + 1, v, lex);
    if (np) return { phrase: np, after };
  }
  // After it: `heißt es in dem Schreiben wörtlich`.
  if (after + 1 < to && lex.impersonalPlaces.has(tokens[after]!.lower)) {
    const np = phraseStartingAt(tokens, after + 1, to, lex);
    if (np) return { phrase: np, after: np.last + 1 };
  }
  return { phrase: null, after };
}

/**
 * The subject of the cue at `v` read before it, or, when that is an addressee put first (`Der Zeitung
 * sagte der Minister, …`), the speaker right after the verb, up to `to`.
 */
export function subjectBeforeCue(ctx: QuoteContext, v: number, from: number, to: number): (Phrase & { relative?: number }) | null {
  const before = subjectBefore(ctx, v, from);
  return (before && dativeFirst(ctx, before, v, to)) ?? before;
}

/**
 * `Der Zeitung sagte der Minister, …`, `Dem Sender sagte Merkel: …`: where the subject may follow its
 * verb, a medium or body in a dative phrase before the cue at `v` is the addressee, and the person right
 * after the verb the subject. Returns that person's phrase, or null when `before` stays the subject.
 */
function dativeFirst(ctx: QuoteContext, before: Phrase, v: number, to: number): Phrase | null {
  const { tokens, lex } = ctx;
  if (before.last !== v - 1) return null;
  // The determiner opens the phrase, or stands before its lowercase adjectives (`Der englisch-sprachigen Zeitung`).
  let d = before.first;
  while (
    d > 0 && d > before.first - 3 && !lex.dativeDeterminers.has(tokens[d]!.lower) &&
    (isInflectedModifier(ctx, tokens[d - 1]!) || lex.dativeDeterminers.has(tokens[d - 1]!.lower))
  ) d--;
  if (!lex.dativeDeterminers.has(tokens[d]!.lower)) return null;
  const addressee = describePhrase(ctx.doc.text, tokens, before, lex);
  if (addressee.kind === 'person' && addressee.type === 'name') return null;
  const body = addressee.kind === 'media' || addressee.kind === 'organization';
  const after = v + 1 < to ? phraseStartingAt(tokens, v + 1, to, lex) : null;
  if (!after) return null;
  // A person, or someone speaking for a body (`ein Sprecher des Ministeriums`: a title says who speaks). An
  // addressee not known as a body (`Der englisch-sprachigen Zeitung sagte Filep Karma`) yields only to a full name.
  const subject = describePhrase(ctx.doc.text, tokens, after, lex);
  if (body) return subject.kind === 'person' || subject.title !== null ? after : null;
  return subject.type === 'name' && subject.kind === 'person' && after.last > after.first && isCapitalized(tokens[after.first]!) ? after : null;
}
