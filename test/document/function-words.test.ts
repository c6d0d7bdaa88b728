import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FunctionWordTally } from '../../src/document/function-words.js';
import { detectLanguageOfSample, LANGUAGE_SAMPLE } from '../../src/document/language.js';
import { tokenize } from '../../src/document/tokens.js';
import { buildDocument } from '../../src/document/build.js';
import { splitParagraphs } from '../../src/document/paragraphs.js';
import { findBoilerplate } from '../../src/document/boilerplate.js';
import { locales } from '../../src/locales/registry.js';
import type { Token } from '../../src/document/types.js';
import { foreign, supported } from './foreign-samples.js';

// The language of a Document is decided by function words when they leave no doubt, else by franc
// (src/document/function-words.ts). It must never answer what franc would not.

const ROOT = join(import.meta.dirname, '..', '..');
const articles = ['seeds/texts', 'test/fixtures/en-dev/texts', 'test/fixtures/pl-dev/texts'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .sort()
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
);

/** The tally's answer for the words of `sample`. */
function decide(sample: string): string | null {
  const tokens: Token[] = [];
  tokenize(sample, 0, sample.length, 0, tokens);
  const tally = new FunctionWordTally();
  for (const t of tokens) if (t.kind === 'word') tally.add(t.lower);
  return tally.decide();
}

/** The language as the Document read it before the fast path: franc (or short-text stopwords) on the sample. */
function referenceLanguage(text: string): string {
  const raw = splitParagraphs(text);
  const inside = new Set(findBoilerplate(text, raw, locales[0]!.text).map((b) => b.start));
  let sample = '';
  for (const p of raw.filter((q) => !inside.has(q.start))) {
    if (sample.length >= LANGUAGE_SAMPLE) break;
    sample += text.slice(p.start, Math.min(p.end, p.start + LANGUAGE_SAMPLE)) + '\n';
  }
  return detectLanguageOfSample(sample);
}

const sentencesOf = (text: string): string[] => text.match(/[^.!?]+[.!?]+["”“»]?\s*/gu) ?? [];

describe('language by function words', () => {
  it('leaves Dutch, Czech, Slovak, Spanish, French, Swedish, … to franc', () => {
    for (const [code, text] of Object.entries(foreign)) {
      expect(decide(text), code).toBeNull();
      // Twice as long, and in a Document (where franc then decides, as before).
      expect(decide(`${text} ${text}`), code).toBeNull();
      const doubled = `${text}\n\n${text}`;
      expect(buildDocument(doubled, { language: 'auto', referenceDate: null }).language, code).toBe(referenceLanguage(doubled));
    }
  });

  it('leaves each foreign sentence, repeated, to franc', () => {
    for (const [code, text] of Object.entries(foreign)) {
      for (const s of sentencesOf(text)) expect(decide(`${s.trim()} `.repeat(8)), `${code}: ${s}`).toBeNull();
    }
  });

  it('decides English, Polish and German news as franc does', () => {
    for (const [code, text] of Object.entries(supported)) {
      expect(decide(text), code).toBe(code);
      expect(detectLanguageOfSample(text), code).toBe(code);
      expect(buildDocument(text, { language: 'auto', referenceDate: null }).language).toBe(code);
    }
  });

  it('agrees with franc on every window of the seed and fixture articles, and decides most of them', () => {
    let windows = 0;
    let decided = 0;
    for (const text of articles) {
      for (let at = 0; at + 400 <= text.length; at += 150) {
        const s = text.slice(at, at + LANGUAGE_SAMPLE);
        const got = decide(s);
        windows++;
        if (got === null) continue;
        decided++;
        expect(got, JSON.stringify(s)).toBe(detectLanguageOfSample(s));
      }
    }
    expect(decided / windows).toBeGreaterThan(0.95);
  });

  it('decides nothing for a mixture of other languages', () => {
    const pools = Object.values(foreign).map(sentencesOf);
    const sample = fc
      .tuple(fc.nat(pools.length - 1), fc.nat(pools.length - 1), fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 4, maxLength: 14 }))
      .map(([a, b, picks]) => picks.map(([first, k]) => (first ? pools[a]! : pools[b]!)[k % (first ? pools[a]! : pools[b]!).length]).join('').slice(0, LANGUAGE_SAMPLE));
    fc.assert(
      fc.property(sample, (s) => {
        expect(decide(s)).toBeNull();
      }),
      { numRuns: 3000, seed: 3 },
    );
  });

  it('reads an article with a sentence of another language in it as franc does, or leaves it to franc', () => {
    const inserts = Object.values(foreign).flatMap(sentencesOf);
    let decided = 0;
    for (const article of [...articles, ...Object.values(supported)]) {
      const text = article.replace(/\s+/gu, ' ');
      for (const insert of inserts) {
        for (const at of [0, 200, 400]) {
          const s = (text.slice(0, at) + insert + text.slice(at)).slice(0, LANGUAGE_SAMPLE);
          const got = decide(s);
          if (got === null) continue;
          decided++;
          expect(got, JSON.stringify(s)).toBe(detectLanguageOfSample(s));
        }
      }
    }
    expect(decided).toBeGreaterThan(1000);
  });

  // Not checked: text unlike an article, such as one English sentence repeated and then a few words
  // of Dutch, where franc can answer a third language (French); the function words answer English.

  it('gives a Document the language franc gives its sample', () => {
    const texts = [...articles, ...Object.values(foreign), ...Object.values(supported)];
    const junk = fc.string({ unit: fc.constantFrom('the ', 'w ', 'der ', 'de ', 'a ', 'się ', 'und ', '\n', 'Read more\n', '. ', 'x', 'İ', '😀'), maxLength: 300 });
    for (const t of texts) expect(buildDocument(t, { language: 'auto', referenceDate: null }).language).toBe(referenceLanguage(t));
    fc.assert(
      fc.property(fc.oneof(junk, fc.constantFrom(...texts).chain((t) => fc.nat(t.length).map((i) => t.slice(i, i + 900)))), (t) => {
        expect(buildDocument(t, { language: 'auto', referenceDate: null }).language).toBe(referenceLanguage(t));
      }),
      { numRuns: 1000, seed: 9 },
    );
  });
});
