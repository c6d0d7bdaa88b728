import type { QuoteRule } from '../candidate.js';
import { cueLemma } from '../candidate.js';
import { lower } from '../phrases.js';
import { clauseEnd } from '../syntax.js';
import { addContent } from './content.js';

/**
 * Reported speech carried on by the verb's mood alone (German Konjunktiv I): `Er sagte, er sei
 * zuversichtlich. Zur Panik bestehe keine Veranlassung.` The second sentence, with no cue of its own,
 * is the same speaker's, when it follows their reported speech in the same or the next paragraph.
 */
export const reportedMoodQuotes: QuoteRule = (ctx) => {
  const { doc, tokens, lex } = ctx;
  if (!lex.reportedMood.size) return;
  // Candidates so far, by end: the reported speech a sentence may continue.
  const reported = ctx.candidates.filter((c) => c.kind !== 'direct').sort((a, b) => a.end - b.end);
  let next = 0;
  let lastEnd = -1;
  for (const s of doc.sentences) {
    while (next < reported.length && reported[next]!.end <= s.start) lastEnd = reported[next++]!.end;
    if (lastEnd < 0 || doc.paragraphs[s.paragraph]!.boilerplate) continue;
    const lastSentence = doc.sentenceAt(lastEnd - 1);
    if (lastSentence < 0 || s.index - lastSentence !== 1 || s.paragraph - doc.sentences[lastSentence]!.paragraph > 1) continue;
    let mood = false;
    let cue = false;
    for (let i = s.tokenStart; i < s.tokenEnd && !cue; i++) {
      if (ctx.spanOfToken[i]! >= 0) continue;
      if (lex.reportedMood.has(lower(tokens[i]!))) mood = true;
      if (cueLemma(ctx, i, s.tokenStart)) cue = true;
    }
    if (!mood || cue) continue;
    const e = clauseEnd(ctx, s.tokenStart, s.tokenEnd, s.tokenStart);
    if (e <= s.tokenStart) continue;
    if (addContent(ctx, tokens[s.tokenStart]!.start, tokens[e - 1]!.end, null, { phrase: null, fallback: 'previous', gender: null }, `${lex.locale.code}/quote-reported-mood`, 0.55)) {
      lastEnd = tokens[e - 1]!.end;
    }
  }
};
