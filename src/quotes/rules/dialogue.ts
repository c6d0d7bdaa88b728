import type { QuoteRule, SourceRef } from '../candidate.js';
import { cueLemma, verbGender } from '../candidate.js';
import { lower } from '../phrases.js';
import { isAdjunct, subjectAfter } from '../syntax.js';
import { addContent } from './content.js';
import { is, W } from '../word-facts.js';

/**
 * Dialogue-dash quotes (Polish, Russian and other styles): a sentence that opens with a dash,
 * closed by a dash and a speech verb: `- Na tym etapie … - powiedział.`, `– … – dodała rzeczniczka.`
 * A dash inside parentheses (`(… - red.)`) does not close it.
 */
export const dialogueQuotes: QuoteRule = (ctx) => {
  const { doc, tokens, lex } = ctx;
  for (const p of doc.paragraphs) {
    if (p.boilerplate || p.sentenceStart === p.sentenceEnd) continue;
    for (let si = p.sentenceStart; si < p.sentenceEnd; si++) {
      const s = doc.sentences[si]!;
      const open = s.tokenStart;
      if (open >= s.tokenEnd || !is(tokens[open]!, lex, W.dash)) continue;
      const pEnd = doc.sentences[p.sentenceEnd - 1]!.tokenEnd;
      let depth = 0;
      for (let i = open + 1; i < pEnd; i++) {
        const t = tokens[i]!.text;
        // A later sentence opening with a dash starts the next line of dialogue: this one is not closed.
        if (i > s.tokenEnd && lex.dashes.has(t) && doc.sentences[doc.sentenceAt(tokens[i]!.start)]!.tokenStart === i) break;
        if (t === '(' || t === '[') depth++;
        else if ((t === ')' || t === ']') && depth > 0) depth--;
        if (depth > 0 || !lex.dashes.has(t) || ctx.spanOfToken[i]! >= 0) continue;
        let v = i + 1;
        while (v < pEnd && v < i + 3 && isAdjunct(ctx, tokens[v]!)) v++;
        const lemma = v < pEnd ? cueLemma(ctx, v, v) : null;
        if (!lemma) continue;
        const sentenceEnd = doc.sentences[doc.sentenceAt(tokens[v]!.start)]!.tokenEnd;
        const phrase = subjectAfter(ctx, v, sentenceEnd);
        const verb = tokens[v]!;
        const source: SourceRef = { phrase, fallback: phrase ? 'none' : 'previous', gender: verbGender(lex, lower(verb)) };
        const cue = { start: verb.start, end: verb.end, lemma };
        if (addContent(ctx, tokens[open + 1]!.start, tokens[i - 1]!.end, cue, source, `${lex.locale.code}/quote-dialogue-dash`, 0.9, 2)) {
          const c = ctx.candidates[ctx.candidates.length - 1]!;
          c.kind = 'direct';
          ctx.usedCues.add(v);
        }
        si = doc.sentenceAt(verb.start);
        break;
      }
    }
  }
};
