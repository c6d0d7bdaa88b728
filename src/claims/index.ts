import type { Document } from '../document/types.js';
import type { NumericClaim, Quote } from '../schema.js';
import { categorize, spanVerb } from './category.js';
import { readCurrencyPrefix } from './currency.js';
import { readDigits, readLeadingDecimal } from './digits.js';
import { dropNonClaims } from './filters.js';
import { lexiconOf } from './lexicon.js';
import { mayBeListed, mayHoldNumbers } from './numberish.js';
import { readQualifiers } from './qualifier.js';
import { readSign } from './sign.js';
import { shareUnits } from './share.js';
import { attachQuotes } from './quotes.js';
import { mergeRanges } from './ranges.js';
import { fineTokensOf } from './tokens.js';
import { readUnits } from './unit.js';
import { readWords } from './words.js';
import type { Candidate, ClaimContext, Finder, NumberRead, Refiner, Tok } from './types.js';

/** Finders, tried in order at each token: the first that reads a number wins. */
export const finders: Finder[] = [readDigits, readLeadingDecimal, readWords];

/** Refiners, in order: each reads and rewrites the candidates of one sentence. */
export const refiners: Refiner[] = [readCurrencyPrefix, readSign, mergeRanges, readUnits, shareUnits, readQualifiers, dropNonClaims, categorize, spanVerb];

/**
 * True when some finder may read a number at `t`: the first test of each finder (digits, the decimal separator,
 * a word in `wordStarts`). Most tokens fail it, so the finders run at a few tokens only. A new finder extends it.
 */
function mayStartNumber(ctx: ClaimContext, t: Tok): boolean {
  if (t.kind === 'digits') return true;
  // A fine word is letters only: its first part (what mayBeListed reads) is the whole word.
  if (t.kind === 'word') return mayBeListed(ctx.text, t.start, t.end, ctx.lex.wordStartPrefixes) && ctx.lex.wordStarts.has(t.lower);
  return t.text === ctx.locale.decimalSeparator;
}

function toCandidate(r: NumberRead): Candidate {
  // Every field written out (no spread): one object of one shape, built without copying.
  return {
    first: r.first, last: r.last, next: r.next, value: r.value, written: r.written, scaled: r.scaled, factor: r.factor,
    fraction: r.fraction, gluedUnit: r.gluedUnit, moneyScale: r.moneyScale, drop: r.drop,
    upper: null, qualifier: 'exact', spanFirst: r.first, spanLast: r.last, anchor: r.first - 1, tail: r.last,
    unit: null, unitTok: -1, money: false, category: 'count', range: false, rule: '',
  };
}

/** The numbers of one sentence, read by the finders left to right. */
function readNumbers(ctx: ClaimContext): Candidate[] {
  const out: Candidate[] = [];
  const { toks } = ctx;
  for (let i = 0; i < toks.length; ) {
    if (!mayStartNumber(ctx, toks[i]!)) {
      i++;
      continue;
    }
    let read: NumberRead | null = null;
    for (const f of finders) if ((read = f(ctx, i))) break;
    if (!read) {
      i++;
      continue;
    }
    out.push(toCandidate(read));
    i = Math.max(i + 1, read.next);
  }
  return out;
}

function ruleName(lang: string, c: Candidate): string {
  const what = c.range ? 'range' : c.money ? 'money' : c.category === 'percent' ? 'percent' : c.unit ? 'number-unit' : 'number';
  return `${lang}/claim-${c.written === 'words' ? 'words-' : ''}${what}`;
}

/** Numeric claims of the document, in text order. `quotes` gives each claim its `quoteId`. */
export function findClaims(doc: Document, quotes: readonly Quote[]): NumericClaim[] {
  const locale = doc.locale?.claims;
  if (!locale) return [];
  const lex = lexiconOf(locale);
  const lang = doc.locale!.code;
  const claims: NumericClaim[] = [];
  // Work per paragraph (the sentence splitter may cut at `art.` or `No.`), only where a number may be.
  for (const para of doc.paragraphs) {
    if (para.boilerplate || para.sentenceStart >= para.sentenceEnd) continue;
    const first = doc.sentences[para.sentenceStart]!;
    const last = doc.sentences[para.sentenceEnd - 1]!;
    if (!mayHoldNumbers(doc, lex, first.tokenStart, last.tokenEnd)) continue;
    const toks = fineTokensOf(doc, first.tokenStart, last.tokenEnd);
    if (!toks.length) continue;
    const ctx: ClaimContext = { doc, text: doc.text, toks, locale, lex, lang };
    let cands = readNumbers(ctx);
    // No number read (only a scale word like `millions`, or `half` as a noun): the refiners have nothing to do.
    if (!cands.length) continue;
    for (const r of refiners) cands = r(ctx, cands);
    for (const c of cands) {
      // A digit run past the largest double (`1` × 400) is no claim a reader could check.
      if (!Number.isFinite(c.value) || (c.upper !== null && !Number.isFinite(c.upper))) continue;
      const start = toks[c.spanFirst]!.start;
      const end = toks[Math.max(c.tail, c.last)]!.end;
      claims.push({
        id: '', text: doc.text.slice(start, end), start, end, value: c.value, upper: c.upper, qualifier: c.qualifier,
        unit: c.unit, category: c.category, quoteId: null, rule: ruleName(lang, c),
      });
    }
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  claims.forEach((c, k) => (c.id = `c${k + 1}`));
  return attachQuotes(claims, quotes);
}
