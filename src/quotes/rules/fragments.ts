import type { QuoteRule, SourceRef } from '../candidate.js';
import { cueLemma, sentenceOf, tokenAtOrAfter, verbGender } from '../candidate.js';
import { lower } from '../phrases.js';
import { participleSubject, subjectAfter, subjectBefore } from '../syntax.js';
import { is, W } from '../word-facts.js';
import { isTitleSpan } from '../marks.js';

/**
 * Quoted fragments a speech verb governs inside a sentence: `denounced “excessive military force”`,
 * `what they called a “fatal mistake”`. A quoted fragment with no cue before it in its sentence is a
 * scare quote or a title, and is left out.
 */
export const fragmentQuotes: QuoteRule = (ctx) => {
  const { tokens, spans, lex } = ctx;
  for (let k = 0; k < spans.length; k++) {
    if (ctx.usedSpans.has(k)) continue;
    const span = spans[k]!;
    if (ctx.doc.inBoilerplate(span.open, span.close)) continue;
    const s = sentenceOf(ctx, span.open);
    if (!s) continue;
    const openTok = tokenAtOrAfter(tokens, span.open);
    let v = -1;
    for (let i = openTok - 1; i >= Math.max(s.tokenStart, openTok - 15); i--) {
      if (ctx.spanOfToken[i]! >= 0) break;
      const t = tokens[i]!.text;
      if (t === ';' || t === ':') break;
      if (cueLemma(ctx, i, s.tokenStart)) {
        v = i;
        break;
      }
    }
    if (v < 0) continue;
    const verb = tokens[v]!;
    const lemma = cueLemma(ctx, v, s.tokenStart)!;
    // `shown by …`, `known as …`, `found there had been “…”`: not someone's words.
    if ((lex.namingVerbs.has(lemma) && v + 1 === openTok) || lex.beliefVerbs.has(lemma)) continue;
    // `told MSNBC’s “Morning Joe”`, `said on “Fox and Friends”`: a show's or a work's title, not words said.
    const before = tokens[openTok - 1];
    // Titles are capitalized; a described quality is not (`described as ‘very soft’`).
    // Not after a naming verb's `as` (`bezeichnete das Opfer als ein „Beispiel …“`), where German capitalizes any noun.
    const namedAs = lex.namingVerbs.has(lemma) && [openTok - 1, openTok - 2].some((j) => j > v && lex.quotedAs.has(lower(tokens[j]!)));
    const titled = !namedAs && /^\p{Lu}/u.test(ctx.doc.text.slice(span.start, span.start + 1));
    if (titled && before && (is(before, lex, W.nonContentStart) || (lex.addresseeVerbs.has(lemma) && /['’]s?$/u.test(before.text)))) continue;
    // `Jak relacjonuje „Rzeczpospolita”, …`, `schreibt der „Spiegel“.`: where the subject may follow its verb, a
    // short title right after the verb, closing its clause, is the medium that reports, not its words.
    const subjectTitle = lex.subjectAfterVerb && (openTok === v + 1 || (openTok === v + 2 && is(before!, lex, W.determiner))) && isTitleSpan(ctx.doc.text, span);
    if (subjectTitle) {
      const after = tokens[tokenAtOrAfter(tokens, span.close)];
      if (!after || after.sentence !== verb.sentence || after.kind === 'punct') continue;
    }
    // `…, saying the system is ‘broken’`: a participle takes the sentence's main subject, or the name before it.
    const participle = /ing$/u.test(verb.text) && lex.locale.code === 'en';
    const phrase = participle
      ? participleSubject(ctx, v, s.tokenStart)
      : subjectBefore(ctx, v, s.tokenStart) ?? (lex.subjectAfterVerb ? subjectAfter(ctx, v, openTok) : null);
    const source: SourceRef = { phrase, fallback: phrase ? 'none' : 'previous', gender: verbGender(lex, lower(verb)) };
    ctx.usedSpans.add(k);
    ctx.candidates.push({
      kind: 'mixed',
      start: span.start,
      end: span.end,
      cue: { start: verb.start, end: verb.end, lemma },
      source,
      confidence: 0.6,
      rule: `${lex.locale.code}/quote-fragment`,
      anchor: verb.start,
    });
  }
};
