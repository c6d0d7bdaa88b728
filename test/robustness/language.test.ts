import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { franc } from 'franc';
import { CANDIDATES, francOnly } from '../../src/document/language.js';
import { loadSeeds } from '../helpers/gold.js';

// src/document/language.ts reimplements franc, restricted to our candidate languages, for
// speed. It must give franc's answer on every input.
const reference = (s: string): string => franc(s, { only: [...CANDIDATES], minLength: 20 });

const seeds = loadSeeds().map((g) => g.text);
const scripts = [
  'Кремль заявил, что Россия поддерживает тесные контакты с Каракасом. ',
  'Україна та Польща підписали угоду про співпрацю. ',
  'Der Kreml erklärte am Donnerstag, dass Russland in engem Kontakt steht. ',
  'Le porte-parole a déclaré que la situation restait calme. ',
  'El portavoz dijo que la situación era tranquila. ',
  'Mluvčí uvedl, že situace je klidná. ',
  '北京时间周四，发言人表示局势平稳。',
  'الناطق باسم الكرملين قال إن الوضع هادئ. ',
  'דובר הקרמלין אמר כי המצב רגוע. ',
  '東京の記者会見でスポークスマンは述べた。',
  'Rzecznik Kremla powiedział, że sytuacja jest spokojna. ',
  '🙂𝒳 \uD800 \uDC00 “”„«» — 1,200 12.5% ',
];

describe('language detection', () => {
  it('gives the same answer as franc on the seeds and their slices', () => {
    for (const t of seeds) {
      for (let start = 0; start < t.length; start += 97) {
        for (const len of [20, 60, 200, 800, 2400]) {
          const s = t.slice(start, start + len);
          expect(francOnly(s, 20), JSON.stringify(s)).toBe(reference(s));
        }
      }
    }
  });

  it('gives the same answer as franc on random mixtures of scripts', () => {
    const piece = fc.oneof(
      fc.constantFrom(...scripts),
      fc.constantFrom(...seeds).chain((t) => fc.nat(t.length).map((i) => t.slice(i, i + 150))),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00A0', '.', ',', '1', '@', 'İ', 'ß', 'a', 'e', 'ą', 'я', 'Σ', 'ΟΔΟΣ ', 'K', 'Ä', '\u2028', '\uFEFF', '\u0085', '\u180E', '𐐀', 'A', 'Ł'), maxLength: 60 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((xs) => xs.join('')), (s) => {
        expect(francOnly(s, 20)).toBe(reference(s));
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});
