import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSpaceCode, splitOnSpace, withoutPossessive, wordsOf } from '../../src/speakers/strings.js';
import { textFacts, wordFacts } from '../../src/quotes/word-facts.js';
import { lexiconOf } from '../../src/quotes/lexicon.js';
import { locales } from '../../src/locales/registry.js';
import type { Token } from '../../src/document/types.js';

// Speaker resolution and the quote rules were tuned for speed (issue 7) by replacing regexes on
// their hot paths with hand-written scans and per-word tables. These tests hold the replacements
// to the regexes they stand for, on hostile strings.

const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const pieces = fc.constantFrom(...spaces, 'a', 'Ł', 'ó', "'", '’', 's', 'S', '-', 'Peskov', "'s", '’s', '\u200b', '\u0085', 'al-', 'Ala', 'X', '.');
const hostile = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')));

describe('string helpers agree with the regexes they replace', () => {
  it('isSpaceCode is /\\s/u for every BMP code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('splitOnSpace, wordsOf and withoutPossessive', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expect(splitOnSpace(s)).toEqual(s.split(/\s+/u));
        expect(wordsOf(s)).toEqual(s.split(/\s+/u).filter(Boolean));
        expect(withoutPossessive(s)).toBe(s.replace(/['’]s$/u, ''));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('word facts agree with their definitions', () => {
  const word = (text: string): Token => ({ start: 0, end: text.length, text, lower: text.toLowerCase(), kind: 'word', sentence: 0, memo: null });
  const words = fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    fc.constantFrom('Peskov', 'al-Ansari', 'el-Sisi', 'US', 'U.S', 'Mr', 'The', 'Earlier', 'Jak', 'spokesman', 'president’s', "Kremlin's", 'publicly', 'December', 'Ministry', 'prof', 'Łukasz', 'ŁÓDŹ', 'ǅemal'),
  );

  it('text facts', () => {
    fc.assert(
      fc.property(words, (text) => {
        const f = textFacts(text);
        expect(f.upperFirst).toBe(/^\p{Lu}/u.test(text));
        expect(f.titlecase).toBe(/^\p{Lu}\p{Ll}/u.test(text));
        expect(f.allUpper).toBe(/^\p{Lu}+$/u.test(text));
        const lower = text.toLowerCase();
        expect(f.bare).toBe(lower.replace(/['’]s?$/u, ''));
        const capital = text.charCodeAt(0) !== lower.charCodeAt(0) ? /^\p{Lu}/u.test(text) : /^(?:al|el|ad|as|ash|at|bin|ibn|ben|d|o)[-‐'’]\p{Lu}/u.test(text) && text.search(/[-‐'’]/u) <= 3;
        expect(f.capitalized).toBe(capital);
      }),
      { numRuns: 3000 },
    );
  });

  it('word facts, in every locale', () => {
    for (const locale of locales) {
      const lex = lexiconOf(locale);
      fc.assert(
        fc.property(words, (text) => {
          const t = word(text);
          const f = wordFacts(t, lex);
          const bare = textFacts(text).bare;
          const head = lex.titleWords.has(bare) || lex.orgWords.has(bare) || lex.mediaWords.has(bare) || lex.groupWords.has(bare);
          expect(f.headWord).toBe(head);
          const phrase = !lex.timeWords.has(bare) && (textFacts(text).capitalized || head || lex.modifiers.has(bare) ||
            (lex.adjectiveSuffixes.some((s) => bare.length > s.length + 2 && bare.endsWith(s)) && !lex.verbs.has(bare)));
          expect(f.phraseWord).toBe(phrase);
          expect(f.opener).toBe(/^\p{Lu}\p{Ll}/u.test(text) && lex.openingWords.has(t.lower) && !lex.determiners.has(t.lower));
          expect(f.abbreviation).toBe(/^(?:\p{Lu}[\p{Ll}]{0,3}|\p{Lu}(?:\.\p{Lu})+)$/u.test(text) || lex.abbreviations.has(t.lower));
          expect(f.adverbLy).toBe(/^\p{Ll}{3,}ly$/u.test(text));
        }),
        { numRuns: 1000 },
      );
    }
  });
});
