import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocument } from '../../src/document/build.js';
import { tokenize } from '../../src/document/tokens.js';
import type { Token } from '../../src/document/types.js';
import { loadSeeds } from '../helpers/gold.js';

// buildDocument tokenizes whole paragraphs and hands each sentence its run of tokens: the tokens
// must be those of tokenizing each sentence by itself, tagged with it.

const seeds = loadSeeds().map((g) => g.text);
const hostile = fc.string({
  unit: fc.constantFrom(
    'a', 'Z', 'ł', '1', ',', '.', '!', '?', '…', '-', '’', "'", '"', '”', '»', ')', ' ', '  ', '\n', '\r\n', '\u00A0', '\u200B',
    '\uFEFF', '\u0301', '😀', '\uD83D', '\uDE00', 'Mr.', 'U.S.', '1,200', ',123', '4.5', '3.', 'Oktober', 'İ', 'Σ', '\u2028', '\t',
    'The', 'said', 'Der', 'und', 'się', 'w',
  ),
  maxLength: 200,
});

describe('buildDocument', () => {
  it('gives each sentence the tokens of its own span', () => {
    const texts = fc.oneof(hostile, fc.constantFrom(...seeds).chain((t) => fc.nat(t.length).map((i) => t.slice(i, i + 700))));
    fc.assert(
      fc.property(texts, fc.constantFrom('auto', 'en', 'pl', 'de', 'fr'), (t, language) => {
        const d = buildDocument(t, { language, referenceDate: null });
        const expected: Token[] = [];
        for (const s of d.sentences) {
          expect(s.tokenStart).toBe(expected.length);
          tokenize(t, s.start, s.end, s.index, expected);
          expect(s.tokenEnd).toBe(expected.length);
        }
        expect(d.tokens).toEqual(expected);
      }),
      { numRuns: 2000, seed: 13 },
    );
  });
});
