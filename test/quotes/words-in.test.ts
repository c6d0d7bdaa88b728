import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsIn } from '../../src/quotes/rules/content.js';

// The definition wordsIn answers without a split and a regex per chunk.
const byDefinition = (text: string): number => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('wordsIn', () => {
  it('counts runs between white space that hold a letter or digit', () => {
    expect(wordsIn('He said — “no” , 42 times.', 0, 26, 100)).toBe(5);
    expect(wordsIn(' — , “” ', 0, 8, 100)).toBe(0);
    expect(wordsIn('a\u00a0b\u3000c\u2028d', 0, 7, 100)).toBe(4);
    expect(wordsIn('𝐀𝐁 𝟏', 0, 7, 100)).toBe(2);
  });

  it('stops counting at `enough`', () => {
    expect(wordsIn('one two three four five', 0, 23, 3)).toBe(3);
  });

  it('agrees with split-and-filter on any slice of any text', () => {
    const chars = fc.constantFrom('a', 'Ż', '7', ' ', '\n', '\u00a0', '\u2009', ',', '—', '“', '\ud835', '\udc00', '𝐀', '-', '\u200b');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        expect(wordsIn(text, start, end, Infinity)).toBe(byDefinition(text.slice(start, end)));
      }),
      { numRuns: 2000 },
    );
  });
});
