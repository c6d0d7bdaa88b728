import type { Sentence } from '../../document/types.js';
import type { QuoteContext, QuoteRule, SourceRef } from '../candidate.js';
import { cueLemma } from '../candidate.js';
import { isCapitalized, type Phrase } from '../phrases.js';
import { canSpeak, clauseEnd, mainSubject, subjectAfter, subjectBefore } from '../syntax.js';
import { addContent } from './content.js';
import { is, W } from '../word-facts.js';

/**
 * How a sentence with no cue of its own, outside quote marks, reports by mood: `none` (no reported-mood
 * verb form written in lowercase, or a cue); `whole` (the form in its main clause: `Zur Panik bestehe keine
 * Veranlassung`); or, when an indicative auxiliary of the main clause comes first (`Die Kanzlerin hat den
 * Plan abgelehnt, weil er zu teuer sei`), the index of that auxiliary: the main clause states, and the
 * subordinate clause after its comma gives its subject's reason or view.
 */
function reportsByMood(ctx: QuoteContext, s: Sentence): 'none' | 'whole' | number {
  const { tokens, lex } = ctx;
  if (s.tokenStart >= s.tokenEnd) return 'none';
  let mood = false;
  let aux = -1;
  // The main clause runs to the first comma, unless a subordinate clause opens the sentence (`Was sie wollten, sei …`).
  let main = !lex.clauseLinks.has(tokens[s.tokenStart]!.lower);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (ctx.spanOfToken[i]! >= 0) continue;
    const t = tokens[i]!;
    if (t.text === ',') main = false;
    if (t.text === t.lower && is(t, lex, W.reportedMood)) mood = true;
    else if (!mood && main && aux < 0 && lex.auxiliaries.has(t.lower)) aux = i;
    if (cueLemma(ctx, i, s.tokenStart)) return 'none';
  }
  return !mood ? 'none' : aux >= 0 ? aux : 'whole';
}

/**
 * The subject of a verb in the sentence that takes a position without reporting content
 * (`Die Stadtreinigung äußerte Zweifel.`, `Davon geht der Minister aus.`), or null.
 */
function stanceSubject(ctx: QuoteContext, s: Sentence): Phrase | null {
  const { tokens, lex } = ctx;
  for (let v = s.tokenStart + 1; v < s.tokenEnd; v++) {
    const t = tokens[v]!;
    if (ctx.spanOfToken[v]! >= 0 || t.kind !== 'word' || isCapitalized(t)) continue;
    if (!is(t, lex, W.stanceVerb)) continue;
    return subjectBefore(ctx, v, s.tokenStart) ?? (lex.subjectAfterVerb ? subjectAfter(ctx, v, s.tokenEnd) : null);
  }
  return null;
}

/**
 * Reported speech carried on by the verb's mood alone (German Konjunktiv I): `Er sagte: „…“ Zur Panik
 * bestehe keine Veranlassung.` A sentence with no cue of its own is the same speaker's when it follows
 * their quote in the same or the next paragraph; or, right after a sentence in which someone takes a
 * position (`Die Stadtreinigung äußerte Zweifel an der Darstellung.`), that someone's.
 */
export const reportedMoodQuotes: QuoteRule = (ctx) => {
  const { doc, tokens, lex } = ctx;
  if (!lex.reportedMood.size) return;
  // Candidates so far, by end: the speech a sentence may continue.
  const reported = [...ctx.candidates].sort((a, b) => a.end - b.end);
  let next = 0;
  let lastEnd = -1;
  for (const s of doc.sentences) {
    while (next < reported.length && reported[next]!.end <= s.start) lastEnd = reported[next++]!.end;
    if (s.index === 0 || doc.paragraphs[s.paragraph]!.boilerplate) continue;
    const prev = doc.sentences[s.index - 1]!;
    if (s.paragraph - prev.paragraph > 1) continue;
    const lastSentence = lastEnd >= 0 ? doc.sentenceAt(lastEnd - 1) : -1;
    const continues = lastSentence === prev.index;
    if (!continues && (!lex.stanceVerbs.size || doc.paragraphs[prev.paragraph]!.boilerplate)) continue;
    const mood = reportsByMood(ctx, s);
    if (mood === 'none') continue;
    let source: SourceRef | null = null;
    let c = s.tokenStart;
    if (mood !== 'whole') {
      // The subordinate clause after the main clause's comma, its subject's: `…, weil er zu teuer sei`.
      c = mood + 1;
      while (c < s.tokenEnd && tokens[c]!.text !== ',') c++;
      c++;
      const phrase = mainSubject(ctx, s.tokenStart, mood + 1);
      if (c >= s.tokenEnd || !phrase || !canSpeak(ctx, phrase, true)) continue;
      source = { phrase, fallback: 'none', gender: null };
    } else if (continues) source = { phrase: null, fallback: 'previous', gender: null };
    else {
      const phrase = stanceSubject(ctx, prev);
      if (phrase) source = { phrase, fallback: 'none', gender: null };
    }
    if (!source) continue;
    const e = clauseEnd(ctx, c, s.tokenEnd, s.tokenStart);
    if (e <= c) continue;
    if (addContent(ctx, tokens[c]!.start, tokens[e - 1]!.end, null, source, `${lex.locale.code}/quote-reported-mood`, 0.55)) {
      lastEnd = tokens[e - 1]!.end;
    }
  }
};
