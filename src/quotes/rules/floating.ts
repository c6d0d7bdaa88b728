import type { QuoteRule } from '../candidate.js';
import { sentenceOf, tokenAtOrAfter } from '../candidate.js';
import { isCapitalized, phraseEndingAt } from '../phrases.js';
import { onlyPunct } from '../syntax.js';
import { firstSpanEndingAfter } from './content.js';
import { is, W } from '../word-facts.js';

const UPPER_NAME = /^\p{Lu}[\p{Lu}\p{M}'’.-]+$/u;

/**
 * Transcript and headline style: `PENCE: Well, look …` (a name in capitals and a colon opening
 * the paragraph), and `Peskov: “…”` (a name, a colon, then a quote).
 */
export const colonQuotes: QuoteRule = (ctx) => {
  const { doc, tokens, lex } = ctx;
  for (const p of doc.paragraphs) {
    if (p.boilerplate || p.sentenceStart === p.sentenceEnd) continue;
    const first = doc.sentences[p.sentenceStart]!.tokenStart;
    const last = doc.sentences[p.sentenceEnd - 1]!.tokenEnd;
    let i = first;
    if (i < last && is(tokens[i]!, lex, W.opener)) i++;
    const nameStart = i;
    while (i < last && i < nameStart + 4 && UPPER_NAME.test(tokens[i]!.text)) i++;
    if (i === nameStart || i >= last || tokens[i]!.text !== ':' || i + 1 >= last) continue;
    const phrase = phraseEndingAt(tokens, i - 1, nameStart, lex);
    if (!phrase || !isCapitalized(tokens[phrase.first]!)) continue;
    let c = i + 1;
    let e = last;
    while (c < e && is(tokens[c]!, lex, W.opener)) c++;
    while (e > c && (is(tokens[e - 1]!, lex, W.closer) || tokens[e - 1]!.text === '"')) e--;
    if (e - c < 3) continue;
    const start = tokens[c]!.start;
    const end = tokens[e - 1]!.end;
    for (let k = firstSpanEndingAfter(ctx, tokens[first]!.start); k < ctx.spans.length; k++) {
      if (ctx.spans[k]!.open >= tokens[last - 1]!.end) break;
      ctx.usedSpans.add(k);
    }
    ctx.candidates.push({
      kind: 'direct',
      start,
      end,
      cue: { start: tokens[i]!.start, end: tokens[i]!.end, lemma: ':' },
      source: { phrase, fallback: 'none', gender: null },
      confidence: 0.75,
      rule: `${lex.locale.code}/quote-colon-speaker`,
      anchor: tokens[i]!.start,
    });
  }
};

/**
 * Floating quotes: a quoted sentence with no cue of its own, right after an attributed
 * quote (in the same or the previous two paragraphs), is that speaker's too.
 */
export const floatingQuotes: QuoteRule = (ctx) => {
  const { tokens, spans, doc } = ctx;
  // Attributed candidates by end, walked once alongside the spans (both in text order).
  const attributed = ctx.candidates.filter((c) => c.source.phrase).sort((a, b) => a.end - b.end);
  let next = 0;
  let lastPara = -1;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    while (next < attributed.length && attributed[next]!.end <= span.open) lastPara = doc.paragraphAt(attributed[next++]!.end - 1);
    if (ctx.usedSpans.has(k) || lastPara < 0) continue;
    const so = sentenceOf(ctx, span.open);
    const sc = sentenceOf(ctx, Math.max(span.open, span.close - 1));
    if (!so || !sc) continue;
    const openTok = tokenAtOrAfter(tokens, span.open);
    const afterTok = tokenAtOrAfter(tokens, span.close);
    if (!onlyPunct(tokens, so.tokenStart, openTok) || !onlyPunct(tokens, afterTok, sc.tokenEnd)) continue;
    if (doc.text.slice(span.start, span.end).split(/\s+/u).length < 4) continue;
    if (span.firstParagraph - lastPara > 2) continue;
    ctx.usedSpans.add(k);
    lastPara = span.lastParagraph;
    ctx.candidates.push({
      kind: 'direct',
      start: span.start,
      end: span.end,
      cue: null,
      source: { phrase: null, fallback: 'previous', gender: null },
      confidence: 0.6,
      rule: `${ctx.lex.locale.code}/quote-floating`,
      anchor: span.start,
    });
  }
};
