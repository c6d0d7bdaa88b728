import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/document/tokens.js';
import type { Token } from '../../src/document/types.js';
import { dateFinders, scanSpan } from '../../src/dates/finders/index.js';
import { featuresOfTokens } from '../../src/dates/finders/features.js';
import { compiledFor, declaredPatterns } from '../../src/dates/finders/scan.js';
import { candidatesOf } from '../../src/dates/finders/starts.js';
import type { Candidate, Scan } from '../../src/dates/types.js';
import { lexiconOf, type Lexicon } from '../../src/dates/lexicon.js';
import { locales } from '../../src/locales/registry.js';

// A span is searched only for the patterns whose anchor its features hold (finders/index.ts). The
// features read from the Document's tokens may hold more than the span has, never less of what
// counts: the candidates of a span are those found with every pattern looked for. Phrases of several words (`the day before
// yesterday`, `new year's day`) count only with their words after the first: `the` alone is no
// relative day.

const ROOT = join(__dirname, '../..');
const TEXT_DIRS = ['seeds/texts', 'test/fixtures/en-dev/texts', 'test/fixtures/pl-dev/texts'];

const TRICKY = [
  'the day before yesterday, The Day  Before\tYesterday, the day before yesterday’s, the day before\u00a0yesterday',
  'mid-the day after tomorrow, the day after tomorrow\u0301, the day after tomorrows, the day yeſterday, the day before yeſterday',
  'the day, the day before, the day before. Yesterday, the-day before yesterday, the\u200bday before yesterday',
  "new year's day, New Year’s Day, new year's eve, NEW YEAR'S EVE, new year's, Valentine's Day, valentine day, Christmas  Eve",
  // One phrase a line: the features are the span's.
  'Labor Day-weekend sales',
  "this morning's talks",
  'Boxing Day’s sales',
  'THE DAY BEFORE YEſTERDAY',
  'Poniedziałek Wiel\u212Aanocny',
  'this morning, THIS  MORNING, this morning’s, last night, last nights, this evening, this afternoonish',
  'wczoraj, zeszłej nocy, ZESZŁEJ NOCY, tej nocy, dziś rano, Boże Narodzenie, bożego narodzenia, Wszystkich Świętych',
  'heute morgen, Heute Abend, in der Nacht zu heute, in der nacht zu Heute, Tag der Deutschen Einheit, Tag der Arbeit',
  'the 𝐝ay before yesterday, the day before yesterday', // a word beyond ASCII, a phrase cut at the line's end
];

/** Every word of each list of several words, and each with a word of the next list after it. */
function phrases(lex: Lexicon): string[] {
  const out: string[] = [];
  const lists = Object.values(lex.lists);
  lists.forEach((list, i) => {
    const next = lists[(i + 1) % lists.length]!;
    list.forEach((word, j) => {
      const title = word.replace(/(^|\s)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
      out.push(`${word}, ${title} ${next[j % Math.max(1, next.length)] ?? ''}. ${word.toUpperCase()} 5`);
    });
  });
  return out;
}

/** The candidates of a line with every pattern looked for: what the features only save time on. */
function everyPattern(lex: Lexicon, code: string, line: string): Candidate[] {
  const { regexes, trie } = compiledFor(lex);
  const scan: Scan = { text: line, start: 0, end: line.length, slice: line, candidates: candidatesOf(line, trie, -1), regexes, lex, code };
  return dateFinders.flatMap((find) => find(scan)).sort((a, b) => a.start - b.start || b.end - a.end);
}

function lines(): string[] {
  const out = [...TRICKY];
  for (const dir of TEXT_DIRS) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) out.push(...readFileSync(join(ROOT, dir, f), 'utf8').split(/\r?\n/u));
  }
  return out.filter((l) => l.trim() !== '');
}

describe('span features from tokens', () => {
  const all = lines();
  it('has patterns to check', () => {
    expect(scanSpan).toBeTypeOf('function'); // loads every finder, and so every pattern
    expect(declaredPatterns.length).toBeGreaterThan(10);
  });
  for (const locale of locales) {
    it(`find what every pattern finds (${locale.code})`, () => {
      const lex = lexiconOf(locale.dates);
      let found = 0;
      for (const line of [...all, ...phrases(lex)]) {
        const tokens: Token[] = [];
        tokenize(line, 0, line.length, 0, tokens);
        const everywhere = everyPattern(lex, locale.code, line);
        const fromTokens = scanSpan(line, 0, line.length, lex, locale.code, { tokens, from: 0, to: tokens.length });
        expect(fromTokens, JSON.stringify(line.slice(0, 120))).toEqual(everywhere);
        found += everywhere.length;
      }
      expect(found).toBeGreaterThan(100);
    });
  }

  it('leave out a phrase whose first word stands alone', () => {
    const lex = lexiconOf(locales.find((l) => l.code === 'en')!.dates);
    const bitsOf = (line: string): number => {
      const tokens: Token[] = [];
      tokenize(line, 0, line.length, 0, tokens);
      return featuresOfTokens(tokens, 0, tokens.length, lex);
    };
    expect(bitsOf('the company said this was the last one of the new ones')).toBe(0);
    expect(bitsOf('the day before yesterday')).not.toBe(0);
    expect(bitsOf("new year's day")).not.toBe(0);
  });
});
