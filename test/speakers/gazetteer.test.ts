import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { firstNameGender, isVerbOnly, wordClass } from '../../src/speakers/gazetteer.js';
// @ts-expect-error: a plain .mjs build script, without types.
import { codeOf, compile } from '../../scripts/build-gazetteer.mjs';

const require = createRequire(import.meta.url);

describe('the compiled gazetteer', () => {
  it('is what compromise’s installed lexicon gives (run `npm run gazetteer` after upgrading compromise)', () => {
    expect(readFileSync(join(__dirname, '../../src/speakers/gazetteer-data.ts'), 'utf8')).toBe(compile());
  });

  it('answers every word as compromise’s tags do', () => {
    const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    const classes: Record<string, string | null> = { F: 'first-name', L: 'last-name', D: 'demonym', P: 'place', O: 'organization', A: 'person-word', '-': null };
    let checked = 0;
    for (const [word, raw] of Object.entries(nlp.model().one.lexicon)) {
      if (/\s|\|/u.test(word)) continue;
      const code = (codeOf as (tags: string) => string)(Array.isArray(raw) ? raw.join(',') : raw);
      expect(wordClass(word), word).toBe(classes[code[0]!]);
      expect(firstNameGender(word), word).toBe(code[1] === '-' ? null : code[1]);
      expect(isVerbOnly(word), word).toBe(code[2] === 'v');
      checked++;
    }
    expect(checked).toBeGreaterThan(20_000);
    // Spot checks, as a reader knows them.
    expect(wordClass('Maria')).toBe('first-name');
    expect(firstNameGender('maria')).toBe('f');
    expect(wordClass('Caracas')).toBe('place');
    expect(isVerbOnly('overlooks')).toBe(true);
    expect(isVerbOnly('ending')).toBe(false);
  });
});
