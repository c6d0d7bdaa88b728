import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prefixBefore } from '../../src/dates/before.js';
import { lexiconOf } from '../../src/dates/lexicon.js';
import { locales } from '../../src/locales/registry.js';

// prefixBefore tries the sticky `lex.before` only where a match can begin; it must find what an
// unanchored search finds, on the 40 characters before every word of the seed and fixture articles.

const ROOT = join(__dirname, '../..');
const TEXT_DIRS = ['seeds/texts', 'test/fixtures/en-dev/texts', 'test/fixtures/pl-dev/texts'];
const TRICKY = ['', ' ', 'on', '(in ', 'x-mid-', 'at the end of  ', 'na początku\u00a0', 'Anfang ', '𝐀 in ', 'é\u0301 on ', 'since\tthe start of ',
  // Places passed over: a word after them that opens no preposition or prefix; an astral character before one.
  'x😀on ', 'x😀 on ', 'said,on ', 'said ON the ', 'ſaid on', 'o the end of ', 'at the  end of ', '.w dniu ', 'x-Mid-', 'pod koniec', '(Ende ', 'x\u00a0in '];

function windows(): string[] {
  const out = [...TRICKY];
  for (const dir of TEXT_DIRS) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) {
      const text = readFileSync(join(ROOT, dir, f), 'utf8');
      for (const m of text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)) out.push(text.slice(Math.max(0, m.index - 40), m.index));
    }
  }
  return out;
}

describe('prefixBefore', () => {
  const all = windows();
  for (const locale of locales) {
    it(`finds what an unanchored search finds (${locale.code})`, () => {
      const lex = lexiconOf(locale.dates);
      const unanchored = new RegExp(lex.before.source, 'iu');
      let extended = 0;
      for (const w of all) {
        const expected = unanchored.exec(w);
        const actual = prefixBefore(lex, w);
        expect(actual && [actual.index, actual[0], actual[1], actual[2]], JSON.stringify(w)).toEqual(expected && [expected.index, expected[0], expected[1], expected[2]]);
        if (expected && (expected[1] || expected[2])) extended++;
      }
      expect(extended).toBeGreaterThan(20);
    });
  }
});
