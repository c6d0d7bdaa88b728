import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocument } from '../../src/document/build.js';
import type { Document } from '../../src/document/types.js';
import { lexiconOf, type Lexicon } from '../../src/claims/lexicon.js';
import { mayBeListed, mayHoldNumbers } from '../../src/claims/numberish.js';
import { fineTokensOf } from '../../src/claims/tokens.js';
import { loadSeeds } from '../helpers/gold.js';

// mayHoldNumbers was tuned for speed (a first-letters table rules most words out) without changing
// what it returns. This reference is the straightforward original; the tuned one must agree.

function firstPart(w: string): string {
  const m = /[-‐’'.]/u.exec(w);
  return m ? w.slice(0, m.index) : w;
}
function referenceMayHoldNumbers(doc: Document, lex: Lexicon, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'number') return true;
    if (t.kind !== 'word') continue;
    const w = firstPart(t.lower);
    if (lex.numberWords.has(w) || lex.scaleWords.has(w) || lex.fractionWords.has(w)) return true;
  }
  return false;
}

const seeds = loadSeeds().map((g) => g.text);
const word = fc.constantFrom(
  'one', 'One', 'ONE', 'a', 'A', 'an', 'I', 'i', 'm', 'M', 'bn', 'Bn', 'mn', 'tn', 'k', 'twenty-one', 'Twenty‐one', 'half', 'Half',
  'halves', 'dozen', 'mln', 'mln.', 'tys.', 'Tys', 'pół', 'Pół', 'jeden', 'dwa', 'Dwóch', 'trzy', 'ćwierć', 'Ćwierć', 'million',
  'thousand', 'the', 'The', 'them', 'to', 'o', "o'clock", 'one’s', 'ONE.', 'zwei', 'Hundert', 'hundert', 'ein', 'eins', 'drei',
  'İki', 'İ', 'ǅ', 'Ａ', 'x1', '1', '²', '½', 'Ⅻ', 'o\u0301ne', 'on\u00ADe', ',', '.', '-', ' ', ' ', '\n',
);
const text = fc.oneof(
  fc.array(word, { maxLength: 40 }).map((ws) => ws.join('')),
  fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' ')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(...seeds).chain((t) => fc.nat(t.length).map((i) => t.slice(i, i + 400))),
);

describe('the tuned mayHoldNumbers agrees with the reference', () => {
  it('on every paragraph', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en' as const, 'pl' as const, 'de' as const), (t, language) => {
        const doc = buildDocument(t, { language, referenceDate: null });
        const lex = lexiconOf(doc.locale!.claims);
        for (const p of doc.paragraphs) {
          if (p.sentenceStart >= p.sentenceEnd) continue;
          const from = doc.sentences[p.sentenceStart]!.tokenStart;
          const to = doc.sentences[p.sentenceEnd - 1]!.tokenEnd;
          expect(mayHoldNumbers(doc, lex, from, to)).toBe(referenceMayHoldNumbers(doc, lex, from, to));
        }
      }),
      { numRuns: 4000, seed: 7 },
    );
  });

  it('on every token of the seeds', () => {
    for (const t of seeds) {
      const doc = buildDocument(t, { language: 'auto', referenceDate: null });
      if (!doc.locale) continue;
      const lex = lexiconOf(doc.locale.claims);
      for (let k = 0; k < doc.tokens.length; k++) expect(mayHoldNumbers(doc, lex, k, k + 1)).toBe(referenceMayHoldNumbers(doc, lex, k, k + 1));
    }
  });

  it('mayBeListed never rules out a fine word of wordStarts', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en' as const, 'pl' as const, 'de' as const), (t, language) => {
        const doc = buildDocument(t, { language, referenceDate: null });
        const lex = lexiconOf(doc.locale!.claims);
        for (const tok of fineTokensOf(doc, 0, doc.tokens.length)) {
          if (tok.kind === 'word' && lex.wordStarts.has(tok.lower)) expect(mayBeListed(t, tok.start, tok.end, lex.wordStartPrefixes)).toBe(true);
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
