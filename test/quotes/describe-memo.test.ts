import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { locales } from '../../src/locales/registry.js';
import { lexiconOf } from '../../src/quotes/lexicon.js';
import { phraseStartingAt } from '../../src/quotes/phrases.js';
import { describePhrase, readPhrase, type MentionInfo } from '../../src/speakers/describe.js';

const withoutMemo = ({ memo: _memo, ...info }: MentionInfo): MentionInfo => info;

// describePhrase remembers a reading by the phrase's text, the word before it and the token offsets:
// every phrase, met first or again at another offset, must read exactly as a fresh reading.
const TEXTS: Record<string, string> = {
  en: [
    'Mr Smith said the talks failed. Later, Mr Smith told reporters that Smith was tired.',
    'Smith said so. Press Secretary of the Russian President Dmitry Peskov said it. Dmitry  Peskov said it again.',
    'A Kremlin spokesman said the U.S. Embassy in Moscow was closed. The U.S. Embassy in Moscow denied it.',
    'Rep. Gwen Moore (D-Wis.) said no. Gwen Moore (D-Wis.) said no again, and so did the Miami Herald.',
  ].join('\n\n'),
  pl: 'Minister finansów Anna Wiśniewska powiedziała to. Według ministra Jana Kowalskiego nie. Zdaniem Riabkowa tak. Riabkow powiedział, że nie. Według Riabkowa tak.',
  de: 'Laut Bundeskanzler Olaf Scholz sei das falsch. Olaf Scholz sagte, der Minister Olaf Scholz habe recht.',
};

describe('describePhrase remembers readings', () => {
  for (const [code, text] of Object.entries(TEXTS)) {
    it(`reads every ${code} phrase as a fresh reading, at every offset`, () => {
      const locale = locales.find((l) => l.code === code)!;
      const lex = lexiconOf(locale);
      const doc = buildDocument(text, { language: code, referenceDate: null });
      let phrases = 0;
      for (let pass = 0; pass < 2; pass++) {
        for (let i = 0; i < doc.tokens.length; i++) {
          const p = phraseStartingAt(doc.tokens, i, doc.tokens.length, lex);
          if (!p) continue;
          phrases++;
          expect(withoutMemo(describePhrase(doc.text, doc.tokens, p, lex))).toEqual(readPhrase(doc.text, doc.tokens, p, lex));
        }
      }
      expect(phrases).toBeGreaterThan(10);
    });
  }

  it('tells a phrase opening the text from the same words after another word', () => {
    const lex = lexiconOf(locales.find((l) => l.code === 'en')!);
    const a = buildDocument('Mr Smith said so.', { language: 'en', referenceDate: null });
    const b = buildDocument('Then Mr Smith said so.', { language: 'en', referenceDate: null });
    const pa = { first: 0, last: 1 };
    const pb = { first: 2, last: 2 };
    expect(withoutMemo(describePhrase(a.text, a.tokens, pa, lex))).toEqual(readPhrase(a.text, a.tokens, pa, lex));
    expect(withoutMemo(describePhrase(b.text, b.tokens, pb, lex))).toEqual(readPhrase(b.text, b.tokens, pb, lex));
  });
});
