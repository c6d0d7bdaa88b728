import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { locales } from '../../src/locales/registry.js';
import { cueLemma, type QuoteContext } from '../../src/quotes/candidate.js';
import { lexiconOf } from '../../src/quotes/lexicon.js';

// cueLemma remembers its answer per token and per place of the token from the stretch's start:
// asked in any order, with any start, it must answer as a fresh context does.
const TEXTS: Record<string, string> = {
  en: 'The agency says talks failed. Reports said so, Post reported. The Post said he told reporters. State media report that Continued attacks stated nothing, press secretary said.',
  pl: 'Powiedział, że nie. Rzecznik powiedziała wczoraj, że tak. - Nie - odpowiedział minister.',
  de: 'Der Sprecher sagte, das sei falsch. Laut Polizei erklärte er, er habe nichts gesagt.',
};

function contextOf(code: string): QuoteContext {
  const lex = lexiconOf(locales.find((l) => l.code === code)!);
  const doc = buildDocument(TEXTS[code]!, { language: code, referenceDate: null });
  const n = doc.tokens.length;
  return { doc, tokens: doc.tokens, lex, spans: [], usedSpans: new Set(), usedCues: new Set(), candidates: [], spanOfToken: new Array<number>(n).fill(-1), cueLemmas: new Map() };
}

describe('cueLemma remembers answers', () => {
  for (const code of Object.keys(TEXTS)) {
    it(`answers as a fresh context for every token and start (${code})`, () => {
      const shared = contextOf(code);
      let cues = 0;
      for (let from = 0; from < shared.tokens.length; from++) {
        for (let i = Math.max(0, from - 2); i < Math.min(shared.tokens.length, from + 4); i++) {
          const fresh = cueLemma(contextOf(code), i, from);
          expect(cueLemma(shared, i, from)).toBe(fresh);
          if (fresh) cues++;
        }
      }
      expect(cues).toBeGreaterThan(3);
    });
  }
});
