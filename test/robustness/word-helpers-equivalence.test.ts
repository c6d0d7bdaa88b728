import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasSpace, isSpaceCode, splitOnSpace, withoutPossessive, wordsOf } from '../../src/speakers/strings.js';
import { is, textFacts, W, wordFacts } from '../../src/quotes/word-facts.js';
import { lexiconOf } from '../../src/quotes/lexicon.js';
import { locales } from '../../src/locales/registry.js';
import type { Token } from '../../src/document/types.js';
import { isVerbOnly } from '../../src/speakers/gazetteer.js';

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
        expect(hasSpace(s)).toBe(/\s/u.test(s));
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

  it('word-list bits, the verb lemma and the token memo, in every locale', () => {
    for (const locale of locales) {
      const lex = lexiconOf(locale);
      const lists: Array<[number, ReadonlySet<string> | ReadonlyMap<string, unknown>, 'lower' | 'text' | 'bare']> = [
        [W.determiner, lex.determiners, 'lower'], [W.connector, lex.connectors, 'lower'], [W.coordinator, lex.coordinators, 'lower'],
        [W.nameParticle, lex.nameParticles, 'lower'], [W.complementizer, lex.complementizers, 'lower'], [W.timeWord, lex.timeWords, 'lower'],
        [W.nonContentStart, lex.nonContentStarts, 'lower'], [W.pronoun, lex.pronouns, 'lower'], [W.preposition, lex.prepositions, 'lower'],
        [W.adjunct, lex.adjuncts, 'lower'], [W.closer, lex.closers, 'text'], [W.opener, lex.openers, 'text'], [W.dash, lex.dashes, 'text'],
        [W.modifier, lex.modifiers, 'lower'], [W.cueBlocker, lex.cueBlockers, 'lower'], [W.nounLikeForm, lex.nounLikeForms, 'lower'],
        [W.title, lex.titleWords, 'bare'], [W.relativePronoun, lex.relativePronouns, 'lower'], [W.reportNoun, lex.reportNouns, 'lower'],
        [W.anaphoricObject, lex.anaphoricObjects, 'lower'], [W.obliqueMarker, lex.obliqueMarkers, 'lower'], [W.indefinite, lex.indefinites, 'lower'],
        [W.accordingStart, new Set(lex.accordingTo.map((p) => p[0]!)), 'lower'], [W.inlineAccordingTo, lex.inlineAccordingTo, 'lower'],
        [W.accordingToAfterSource, lex.accordingToAfterSource, 'lower'], [W.reportedMood, lex.reportedMood, 'lower'],
        [W.stanceVerb, lex.stanceVerbs, 'lower'], [W.quotedAs, lex.quotedAs, 'lower'], [W.asCue, lex.asCue, 'lower'],
        [W.separable, lex.separableVerbs, 'lower'], [W.anaphoricAccordingTo, lex.anaphoricAccordingTo, 'lower'],
      ];
      // Members of the lists, capitalized too, and arbitrary words.
      const members = lists.flatMap(([, set]) => [...set.keys()].slice(0, 40));
      const pool = fc.oneof(words, fc.constantFrom(...members), fc.constantFrom(...members).map((w) => w.charAt(0).toUpperCase() + w.slice(1)), fc.constantFrom(...[...lex.verbs.keys()].slice(0, 200)));
      fc.assert(
        fc.property(pool, (text) => {
          const t = word(text);
          const f = wordFacts(t, lex);
          expect(t.memo).toBe(f);
          expect(wordFacts(t, lex)).toBe(f);
          expect(f.text).toEqual(textFacts(text));
          expect(f.verb).toBe(lex.verbs.get(t.lower));
          expect(f.verbOnly).toBe(isVerbOnly(text));
          expect(f.impersonal).toBe(lex.impersonalForms.get(t.lower));
          const key = { lower: t.lower, text, bare: textFacts(text).bare };
          for (const [bit, set, by] of lists) expect([bit, is(t, lex, bit)]).toEqual([bit, set.has(key[by])]);
          expect(f.nameStart).toBe(f.phraseWord && (textFacts(text).capitalized || lex.groupWords.has(t.lower) || lex.titleWords.has(t.lower)));
        }),
        { numRuns: 1500 },
      );
    }
  });
});
