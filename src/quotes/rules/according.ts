import type { QuoteContext, QuoteRule, SourceRef } from '../candidate.js';
import type { Lexicon } from '../lexicon.js';
import { cueLemma, verbGender } from '../candidate.js';
import type { Token } from '../../document/types.js';
import { isCapitalized, lower, phraseEndingAt, phraseStartingAt, type Phrase } from '../phrases.js';
import { clauseEnd } from '../syntax.js';
import { addContent } from './content.js';
import { is, W, wordFacts } from '../word-facts.js';

/** The 'according to' phrase starting at token i, as its words, or null. */
function accordingAt(ctx: QuoteContext, i: number, to: number): string[] | null {
  if (!is(ctx.tokens[i]!, ctx.lex, W.accordingStart)) return null;
  const candidates = ctx.lex.accordingByFirstWord.get(lower(ctx.tokens[i]!));
  if (!candidates) return null;
  for (const words of candidates) {
    if (i + words.length > to) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = lower(ctx.tokens[i + k]!) === words[k];
    if (ok) return words;
  }
  return null;
}

/**
 * `According to X, …`, `…, according to X.`, `Zdaniem Riabkowa, …`, `Według X …`, and the
 * parenthetical `Jak dodał, …` / `As Peskov said, …` whose content follows the comma.
 */
export const accordingToQuotes: QuoteRule = (ctx) => {
  const { doc, tokens, lex } = ctx;
  const code = lex.locale.code;
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]!.boilerplate) continue;
    const from = s.tokenStart;
    const to = s.tokenEnd;
    for (let i = from; i < to; i++) {
      if (ctx.spanOfToken[i]! >= 0) continue;
      const phraseWords = accordingAt(ctx, i, to);
      const n = phraseWords ? phraseWords.length : 0;
      const atStart = i === from || tokens[i - 1]!.text === ',' || tokens[i - 1]!.kind === 'punct';
      if (n) {
        // The source: whatever stands before a near comma (`according to the poll released Tuesday,`), else a
        // name or title, else the one word after the phrase (`Według prokuratury w latach …`, no comma).
        let comma = i + n;
        while (comma < to && comma < i + n + 10 && tokens[comma]!.text !== ',') comma++;
        let np = comma < to && tokens[comma]!.text === ',' && comma > i + n ? { first: i + n, last: comma - 1 } : null;
        // `…, according to a filing with regulators.`: at the end of the sentence, the rest of it is the source.
        // `“We will rebuild,” according to …`: a quote closing right before, its comma inside the marks.
        const afterQuote = i >= 2 && is(tokens[i - 1]!, lex, W.closer) && tokens[i - 2]!.text === ',';
        const trailing = i > from + 2 && (tokens[i - 1]!.text === ',' || afterQuote);
        if (!np && trailing) {
          let e = to;
          while (e > i + n && tokens[e - 1]!.kind === 'punct') e--;
          if (e > i + n && e - (i + n) <= 12) np = { first: i + n, last: e - 1 };
        }
        // `…, so gebe es keine Möglichkeit`, `so wird gesagt`: a verb after the word makes it no source's.
        if (np && trailing) {
          const sets = wordFacts(tokens[np.first]!, lex).sets;
          if (sets & W.reportedMood || (sets & W.adjunct && !(sets & W.determiner))) continue;
        }
        // A word with an adverbial reading too (`so`: `So stieg der Absatz`, `so: „…“`, `so dass`) reports only
        // before a noun's phrase: a determiner or a capitalized word, not a verb, a quote or a conjunction.
        if (n === 1 && is(tokens[i]!, lex, W.anaphoricObject)) {
          const next = tokens[i + n];
          if (!next || next.kind !== 'word' || ctx.spanOfToken[i + n]! >= 0 || is(next, lex, W.complementizer) || lex.clauseLinks.has(next.lower)) continue;
          if (!is(next, lex, W.determiner) && !isCapitalized(next)) continue;
        }
        np ??= phraseStartingAt(tokens, i + n, to, lex);
        if (!np && i + n < to && tokens[i + n]!.kind === 'word') {
          // One word, or a determiner and its noun (`Według prokuratury`, `according to a filing`).
          const d = is(tokens[i + n]!, lex, W.determiner) && i + n + 1 < to && tokens[i + n + 1]!.kind === 'word' ? 1 : 0;
          np = { first: i + n, last: i + n + d };
        }
        const cueTok = tokens[i + n - 1]!;
        const cue = { start: tokens[i]!.start, end: cueTok.end, lemma: phraseWords!.join(' ') };
        if (!np) continue;
        const src: SourceRef = { phrase: np, fallback: 'none', gender: null };
        if (i === from || (atStart && i < from + 4)) {
          // According to X, CONTENT.
          let c = np.last + 1;
          if (c < to && tokens[c]!.text === ',') c++;
          const e = clauseEnd(ctx, c, to, from);
          if (e > c) addContent(ctx, tokens[c]!.start, tokens[e - 1]!.end, cue, src, `${code}/quote-according-to-before`, 0.85, 2);
        } else if (i > from + 2 && tokens[i - 1]!.text === ',') {
          // CONTENT, according to X.
          const e = clauseEnd(ctx, from, i - 1, from);
          if (e > from) addContent(ctx, tokens[from]!.start, tokens[e - 1]!.end, cue, src, `${code}/quote-according-to-after`, 0.85, 2);
        } else if (afterQuote) {
          // `“We will rebuild,” according to a statement.`: the quote that closes right before is X's own words.
          const k = ctx.spanOfToken[i - 2]!;
          const span = k >= 0 ? ctx.spans[k]! : null;
          if (span && !ctx.usedSpans.has(k) && span.close === tokens[i - 1]!.end) {
            ctx.usedSpans.add(k);
            ctx.candidates.push({ kind: 'direct', start: span.start, end: span.end, cue, source: src, confidence: 0.85, rule: `${code}/quote-according-to-after`, anchor: cue.start });
          }
        }
        i += n;
        continue;
      }
      // `Jak dodał, …` / `As he said, …`: the word, a cue (and maybe its subject), a comma, then the content.
      if (i === from && is(tokens[i]!, lex, W.asCue)) {
        let v = i + 1;
        const lemma = v < to ? cueLemma(ctx, v, from) : null;
        let np = null;
        if (!lemma) {
          np = phraseStartingAt(tokens, v, to, lex);
          if (!np) continue;
          v = np.last + 1;
          if (v >= to || !cueLemma(ctx, v, from)) continue;
        } else {
          np = phraseStartingAt(tokens, v + 1, to, lex);
        }
        const after = np && np.first > v ? np.last + 1 : v + 1;
        if (after >= to || tokens[after]!.text !== ',') continue;
        const verb = tokens[v]!;
        const src: SourceRef = { phrase: np, fallback: np ? 'none' : 'previous', gender: verbGender(lex, lower(verb)) };
        const e = clauseEnd(ctx, after + 1, to, from);
        if (e > after + 1 && addContent(ctx, tokens[after + 1]!.start, tokens[e - 1]!.end, { start: verb.start, end: verb.end, lemma: lex.verbs.get(lower(verb)) ?? lower(verb) }, src, `${code}/quote-as-cue`, 0.8)) {
          ctx.usedCues.add(v);
        }
      }
    }
  }
};

/** True for a word that names a source's account, or ends in one (`Angaben`, `Polizeiangaben`). */
function isAccountNoun(lex: Lexicon, t: Token): boolean {
  if (t.kind !== 'word') return false;
  const w = lower(t);
  return lex.accountNouns.some((n) => w.endsWith(n) && (w.length === n.length || w.length - n.length >= 3));
}

/**
 * An 'according to' inside the sentence with no comma, the sentence being what the source said:
 * `Das Haus brannte laut Polizei völlig aus`, `Nach Polizeiangaben wurden zwei Menschen verletzt`,
 * `Medienberichten zufolge trat er zurück`. The source is the phrase after the word (before it, for
 * `zufolge`); the content is the rest of the sentence after a source that opens it, else the whole sentence.
 */
export const inlineAccordingToQuotes: QuoteRule = (ctx) => {
  const { doc, tokens, lex } = ctx;
  if (!lex.inlineAccordingTo.size && !lex.accordingToAfterSource.size) return;
  const code = lex.locale.code;
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]!.boilerplate) continue;
    const from = s.tokenStart;
    const to = s.tokenEnd;
    for (let i = from; i < to; i++) {
      if (ctx.spanOfToken[i]! >= 0) continue;
      const sets = wordFacts(tokens[i]!, lex).sets;
      if (!(sets & (W.inlineAccordingTo | W.accordingToAfterSource))) continue;
      const w = lower(tokens[i]!);
      let src: Phrase | null = null;
      // `ihrer Meinung nach`, `Angaben der Polizei nach`: a preposition of the inline kind standing after an
      // account noun, before no noun of its own.
      const after = tokens[i + 1];
      const postposed =
        sets & W.inlineAccordingTo && sets & W.preposition && i > from && isAccountNoun(lex, tokens[i - 1]!) &&
        (!after || after.kind !== 'word' || (!isCapitalized(after) && !is(after, lex, W.determiner)));
      if (sets & W.accordingToAfterSource || postposed) {
        // `Offiziellen Angaben zufolge`: the phrase before, with a lowercase adjective opening it.
        const np = i > from ? phraseEndingAt(tokens, i - 1, from, lex) : null;
        if (!np) continue;
        let first = np.first;
        while (first - 1 >= from && first > i - 6 && tokens[first - 1]!.kind === 'word' && !isCapitalized(tokens[first - 1]!) && (is(tokens[first - 1]!, lex, W.determiner) || is(tokens[first - 1]!, lex, W.modifier) || /(?:en|em|er|es|e)$/u.test(lower(tokens[first - 1]!))) && !is(tokens[first - 1]!, lex, W.preposition) && !is(tokens[first - 1]!, lex, W.adjunct)) {
          // Right after a noun (`Im Flugzeug saßen Berichten zufolge`) a lowercase word is the verb, not an adjective.
          const before = first - 2 >= from ? tokens[first - 2]! : null;
          if (before && isCapitalized(before) && !is(before, lex, W.determiner) && !is(tokens[first - 1]!, lex, W.determiner)) break;
          first--;
        }
        src = { first, last: np.last };
      } else if (sets & W.inlineAccordingTo) {
        const phraseWords = accordingAt(ctx, i, to);
        const n = phraseWords ? phraseWords.length : 1;
        // A listed phrase ending in an account noun (`nach ersten Angaben`) names its own source, unless a
        // genitive or a name follows (`nach Angaben der Polizei`, `nach Angaben von Anwohnern`).
        const after = tokens[i + n];
        if (n > 1 && isAccountNoun(lex, tokens[i + n - 1]!) && !(after && after.kind === 'word' && (isCapitalized(after) || is(after, lex, W.determiner) || is(after, lex, W.connector)))) {
          src = { first: i + 1, last: i + n - 1 };
        } else {
          // Lowercase adjectives before the noun: `laut vorläufigem Ergebnis`, `nach ersten Meldungen`.
          let j = i + n;
          while (j < to && j < i + n + 2 && tokens[j]!.kind === 'word' && !isCapitalized(tokens[j]!)) j++;
          const np = j < to ? phraseStartingAt(tokens, j, to, lex) : null;
          if (!np) continue;
          // A preposition (`nach`) is an 'according to' only as a listed phrase or before an account noun.
          if (sets & W.preposition && (!phraseWords || phraseWords.length < 2)) {
            let account = false;
            for (let h = j; h <= Math.min(np.last, j + 1) && !account; h++) account = isAccountNoun(lex, tokens[h]!);
            if (!account) continue;
          }
          src = { first: i + n, last: np.last };
        }
      } else continue;
      const srcFirst = Math.min(src.first, i);
      const srcLast = Math.max(src.last, i);
      const cue = { start: tokens[i]!.start, end: tokens[i]!.end, lemma: w };
      const ref: SourceRef = { phrase: src, fallback: 'none', gender: null };
      // The content is the source's clause: from the sentence start or the last `;` before the source (after
      // the source when it opens the clause), past the source (its parenthesis too: `(USGS)`) to the clause end.
      let c = from;
      for (let h = srcFirst - 1; h > from; h--) {
        if (tokens[h]!.text === ';' && ctx.spanOfToken[h]! < 0) {
          c = h + 1;
          break;
        }
      }
      if (srcFirst === c) {
        c = srcLast + 1;
        if (c < to && tokens[c]!.text === ',') c++;
      }
      const e = clauseEnd(ctx, Math.max(c, srcLast + 1), to, from);
      if (e > c) addContent(ctx, tokens[c]!.start, tokens[e - 1]!.end, cue, ref, `${code}/quote-according-to-inline`, 0.6);
      i = srcLast;
    }
  }
};

/**
 * A sentence a source's adverb hands to the source just quoted, with no cue of its own: `… teilten die
 * Vereinten Nationen mit. Demnach hätten sich die Menschen in eine Kirche geflüchtet.`, `Im Detail sollen
 * demnach die Geheimdienste …`. The content is the sentence (after the adverb when it opens it); the
 * speaker is the previous one, the adverb its mention.
 */
export const anaphoricAccordingToQuotes: QuoteRule = (ctx) => {
  const { doc, tokens, lex } = ctx;
  if (!lex.anaphoricAccordingTo.size) return;
  const code = lex.locale.code;
  // Per sentence: whether a candidate found so far lies in it (worked out on first need).
  let attributed: boolean[] | null = null;
  const attributedSentences = (): boolean[] => {
    const marks = new Array<boolean>(doc.sentences.length).fill(false);
    for (const k of ctx.candidates) {
      const first = doc.sentenceAt(k.start);
      const last = doc.sentenceAt(Math.max(k.start, k.end - 1));
      if (first >= 0) for (let i = first; i <= Math.max(first, last); i++) marks[i] = true;
    }
    return marks;
  };
  for (const s of doc.sentences) {
    if (s.index === 0 || doc.paragraphs[s.paragraph]!.boilerplate) continue;
    const from = s.tokenStart;
    const to = s.tokenEnd;
    let adverb = -1;
    let cue = false;
    for (let i = from; i < to && !cue; i++) {
      if (ctx.spanOfToken[i]! >= 0) continue;
      if (adverb < 0 && is(tokens[i]!, lex, W.anaphoricAccordingTo)) adverb = i;
      else cue = cueLemma(ctx, i, from) !== null;
    }
    // A sentence already attributed (`Laut Presseberichten ist er 24; demnach wäre er …`) is its source's.
    if (adverb < 0 || cue || (attributed ??= attributedSentences())[s.index]) continue;
    let c = adverb === from ? from + 1 : from;
    if (c < to && tokens[c]!.text === ',') c++;
    const e = clauseEnd(ctx, c, to, from);
    if (e <= c) continue;
    const t = tokens[adverb]!;
    const src: SourceRef = { phrase: null, fallback: 'previous', gender: null, written: { first: adverb, last: adverb } };
    addContent(ctx, tokens[c]!.start, tokens[e - 1]!.end, { start: t.start, end: t.end, lemma: t.lower }, src, `${code}/quote-according-anaphoric`, 0.6);
  }
};
