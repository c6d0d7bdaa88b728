import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateFinders, scanSpan } from '../../src/dates/finders/index.js';
import { compiledFor, declaredPatterns, matches, patternsOf } from '../../src/dates/finders/scan.js';
import { candidatesAtEachCharacter, candidatesOf } from '../../src/dates/finders/starts.js';
import { lexiconOf, type Lexicon } from '../../src/dates/lexicon.js';
import type { Scan } from '../../src/dates/types.js';
import { locales } from '../../src/locales/registry.js';

// The finders try their regexes only where a match may begin (finders/starts.ts). That must find
// exactly what a global scan of the whole span finds: checked for every pattern of every locale
// on the seed and fixture articles, line by line, and on lines made to trip the start test.

const ROOT = join(__dirname, '../..');
const TEXT_DIRS = ['seeds/texts', 'test/fixtures/en-dev/texts', 'test/fixtures/pl-dev/texts'];

const TRICKY = [
  'November2 and Nov.2, 2025; MAY 5; may 5th; the  day\tbefore   yesterday; the day before\u00a0yesterday',
  'ſeptember 5, \u212Aelvin day, ſummer 1998, mid-1996, FY2019, fiscal  year 2020, the year 1999',
  "'90s and ’80s, rock'n'roll, x'90s, 5'10\", 1,200,000 people, 05.11.2025 r., 5 XI 2025, 11/05/2025",
  'a few weeks ago, a\u00a0few days later, a  couple of years earlier, an hour, and a year, about a decade',
  'w poniedziałek 3 listopada, przed dwoma laty, za tydzień, w zeszłym tygodniu, zimą, pod koniec grudnia',
  'am 3. Oktober 2025, vor zwei Jahren, letzte Woche, im Frühjahr, Heiligabend, Anfang März',
  'e\u0301 5.11.2025 a\u03015 May, 𝐀 May 5, May 5𝐀, \u00c9t\u00e9 2020, LAST WEEK, This Coming Sunday',
  'Dziś, DZIŚ, ŻYWIEC 2020, święta Bożego Narodzenia, ŚWIĘTA, Święto Pracy 2024, 1 maja, 3 Maja',
  // Runs of digits (the trie reads each as one symbol, by its length).
  '2025-11-05, 12025-11-05, 5.11.2025, 05/11/25, 123.4.2025, 1.5 years, 1,5 roku, 2,5 lat, 12345 years, 3\tweeks ago, 3\u00a0weeks ago',
  '5 or so years ago, 50 or  so years ago, 5th May, 5May, 5-7 May, 5–7 May, 05.11., 1990s, 1990-95, 2019–2021, 19905, 1990,5',
  '100 people, 2 percent, 3 weeks, 3  weeks earlier, 30 years ago, 4 dni temu, 10 lat temu, 7 Tage, vor 7 Jahren, 2025 r., 1 XII 2024',
  '1 2 3 4 5 6 7 8 9 0 11 22 333 4444 55555 666666 2025 2025. 2025, 2025- 2025-1 2025-11 2025-11-0 5. 5/ 5.1 5/1',
  '5of May, 5 of  May, 5th of May, 5TH MAY, 5 to 7 May, 05 -  07 listopada, 2 do 5 listopada, 3 bis 5. Mai, 5May, 5\tMay, 5\u00a0May, 15 people, 5,May',
  '3 I 2025, 4 IV 2024, 12. IX 2023, 7 v 2020, 7\tvi 2020, 7.  x 2020, 7.\u00a0X 2020, 1.2.2025, 01/2/2025, 1-2-2025, 2025-1-05, 2025-01-5',
  '3. Mai, 3.Mai, 3.-5. Mai, 3. - 5. Mai, 3. bis 5. Mai, 3.of May, 3. of May, 3.May, 3.Nov., 3. Nov 2025, 3.\u2013 5. Mai, 3. ale',
  // Letters beyond ASCII: a word goes on only with a letter it matches (any case), else it is no place.
  'ŚRODA 5 listopada, Środę, w środę, W ŚRODĘ, środa 5, łodzie 5 lat temu, się 3 dni później, że, ŻE, Święto Pracy 2024, ŚWIĘTO pracy',
  'März 2025, MÄRZ 5, im märz, Frühjahr, FRÜHJAHR 2020, Ostermontag, vor zwei Jahren, Donnerſtag, ſierpnia 2025, 5 ſierpnia, \u212Awiecień',
  'Wrzeſień, wrzeŚnia, 3 WRZEŚNIA, 3 wrześniaX, 3 wrześniaś, 3 wrześni\u0301a, 3 wrześ\u0301nia, 5 ǅuly, ǆ 5, Ωmega, ω 5 lat',
];

/** Every word of the lexicon's lists before a word of each list, a number and a year: `last May 5 2025`. */
function pairs(lex: Lexicon): string[] {
  const lists = Object.values(lex.lists);
  const out: string[] = [];
  for (const a of lists) {
    a.forEach((word, i) => {
      const title = word.charAt(0).toUpperCase() + word.slice(1);
      for (const b of lists) if (b.length) out.push(`${word} ${b[i % b.length]!} 5 2025, ${title} ${b[(i + 1) % b.length]!} ${i}`);
    });
  }
  return out;
}

function lines(): string[] {
  const out = [...TRICKY];
  for (const dir of TEXT_DIRS) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) out.push(...readFileSync(join(ROOT, dir, f), 'utf8').split(/\r?\n/u));
  }
  return out.filter((l) => l.trim() !== '');
}

/** The matches of a global scan of the whole span: what the finders used to run. */
function globalMatches(re: RegExp, slice: string): Array<[number, number]> {
  re.lastIndex = 0;
  const out: Array<[number, number]> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function scanOf(lex: Lexicon, slice: string, wanted = -1): Scan {
  const { regexes, trie } = compiledFor(lex);
  return { text: slice, start: 0, end: slice.length, slice, candidates: candidatesOf(slice, trie, wanted), regexes, lex, code: 'xx' };
}

describe('date patterns tried only where a match may begin', () => {
  const all = lines();
  it('has patterns to check', () => {
    expect(scanSpan).toBeTypeOf('function'); // loads every finder, and so every pattern
    expect(declaredPatterns.length).toBeGreaterThan(10);
  });
  for (const locale of locales) {
    it(`finds what a global scan finds (${locale.code})`, () => {
      const lex = lexiconOf(locale.dates);
      const global = declaredPatterns.map((p) => new RegExp(p.source(lex), 'giu'));
      let found = 0;
      for (const line of [...all, ...pairs(lex)]) {
        const scan = scanOf(lex, line);
        for (const p of declaredPatterns) {
          const expected = globalMatches(global[p.id]!, line);
          const actual = matches(scan, p).map((x): [number, number] => [x.start, x.end]);
          expect(actual, `${p.source(lex).slice(0, 80)} on ${JSON.stringify(line.slice(0, 120))}`).toEqual(expected);
          found += expected.length;
        }
      }
      expect(found).toBeGreaterThan(50);
    });
  }

  // A pattern that needs another (`Pattern.needs`) is dropped from a span where the other has no
  // place: every match of it must hold a place of the other.
  for (const locale of locales) {
    it(`finds a place of what a pattern needs in each of its matches (${locale.code})`, () => {
      const lex = lexiconOf(locale.dates);
      const needy = declaredPatterns.filter((p) => p.needs);
      expect(needy.length).toBeGreaterThan(0);
      let found = 0;
      for (const p of needy) {
        const global = new RegExp(p.source(lex), 'giu');
        for (const line of [...all, ...pairs(lex)]) {
          for (const [start, end] of globalMatches(global, line)) {
            const match = line.slice(start, end);
            const places = scanOf(lex, match, 1 << p.needs!.id).candidates[p.needs!.id];
            expect(places?.length ?? 0, `${JSON.stringify(match)} needs a place of ${p.needs!.source(lex).slice(0, 60)}`).toBeGreaterThan(0);
            found++;
          }
        }
      }
      expect(found).toBeGreaterThan(0);
    });
  }

  // A finder is run only where a pattern it declares may match (finder() in scan.ts): one that
  // read an undeclared pattern would miss its matches. With only the other patterns' places, each
  // finder must find nothing.
  for (const locale of locales) {
    it(`runs each finder on the patterns it declares (${locale.code})`, () => {
      const lex = lexiconOf(locale.dates);
      const lines = [...all, ...pairs(lex)];
      for (const find of dateFinders) {
        const reads = patternsOf(find);
        expect(reads, find.name).not.toBe(-1);
        for (const line of lines) expect(find(scanOf(lex, line, ~reads)), `${find.name} on ${line}`).toEqual([]);
      }
    });
  }

  // candidatesOf passes over each run of letters and digits at once, and asks the trie only where
  // a wanted pattern may begin with the character: it must find the places of the plain reading,
  // one code point at a time, for any set of wanted patterns.
  const ODD = ['a', 'Z', '5', ' ', "'", '’', '-', '.', ',', '\u0301', 'é', 'ł', 'ſ', '\u212A', '𝐀', '𝟓', '\ud800', '\udc00', '\u00a0', '\t', 'may', 'last', 'the day', 'Nov.'];
  function fuzz(seed: number, count: number): string[] {
    let x = seed;
    const next = (): number => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x >>> 8;
    };
    return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 30) }, () => ODD[next() % ODD.length]!).join(''));
  }
  for (const locale of locales) {
    it(`passes over runs as the plain reading does (${locale.code})`, () => {
      const lex = lexiconOf(locale.dates);
      const { trie } = compiledFor(lex);
      const each = [-1, 0, ...declaredPatterns.map((p) => 1 << p.id), ...declaredPatterns.map((p) => ~(1 << p.id))];
      const some = [-1, 0b1010_1010_1010_1010, 0b0101_0101_0101_0101];
      const odd = fuzz(locale.code.charCodeAt(0), 1500);
      let places = 0;
      for (const line of [...all, ...pairs(lex), ...odd]) {
        for (const wanted of line.length < 40 ? each : some) {
          const expected = candidatesAtEachCharacter(line, trie, wanted);
          expect(candidatesOf(line, trie, wanted), `${wanted} on ${JSON.stringify(line.slice(0, 120))}`).toEqual(expected);
          for (const at of expected) places += at?.length ?? 0;
        }
      }
      expect(places).toBeGreaterThan(1000);
    });
  }
});
