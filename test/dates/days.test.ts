import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateFinders, dayFinders, scanDays, scanSpan } from '../../src/dates/finders/index.js';
import { lexiconOf } from '../../src/dates/lexicon.js';
import { locales } from '../../src/locales/registry.js';

// The publication date is read from the head lines with `scanDays`: the day finders alone, on a
// line with a digit. It must find exactly the day candidates `scanSpan` finds on the same span,
// in the same order (the lookup takes the first that fits).

const ROOT = join(__dirname, '../..');
const TEXT_DIRS = ['seeds/texts', 'test/fixtures/en-dev/texts', 'test/fixtures/pl-dev/texts'];

const TRICKY = [
  'MOSCOW, November 2. /TASS/. Russia said on Sunday it was ready for talks.',
  'Wednesday, 05 Nov 2025', 'Published 3 March 2024', 'Updated: 2024-03-04T10:15:00Z', '05.11.2025, 10:15',
  'Opublikowano 2 listopada 2025 r.', '5 XI 2025', 'am 3. Oktober 2025', 'November2 and Nov.2, 2025; MAY 5; may 5th',
  'the 2nd of November, October 2-5, 2 do 5 listopada, 11/05/2025, 05/11/25, 2025-11-05, 123.4.2025',
  'Christmas Day 5, May Day 2025, new year’s day 2 May, 1990s, 2019–2021, 5,May, 5\u00a0May, 5𝐀 May',
  'no digit here at all: November, Thursday, last week',
  // A month glued to its day is no date word: the features leave the month patterns out.
  'MOSCOW, November2 /TASS/', '5listopada 2025', 'Sunday,November 2',
];

function lines(): string[] {
  const out = [...TRICKY];
  for (const dir of TEXT_DIRS) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) out.push(...readFileSync(join(ROOT, dir, f), 'utf8').split(/\r?\n/u));
  }
  return out.filter((l) => l.trim() !== '');
}

describe('day candidates of a head line', () => {
  it('are the day finders of the registry, in its order', () => {
    const order = dayFinders.map((f) => dateFinders.indexOf(f));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  for (const locale of locales) {
    it(`are what scanSpan finds that names a day (${locale.code})`, () => {
      const lex = lexiconOf(locale.dates);
      let found = 0;
      for (const line of lines()) {
        // As the lookup reads a line: its first 160 characters, and the whole of it.
        for (const end of [Math.min(line.length, 160), line.length]) {
          const all = scanSpan(line, 0, end, lex, locale.code).filter((c) => c.meaning.type === 'day');
          const days = scanDays(line, 0, end, lex, locale.code);
          expect(days, JSON.stringify(line.slice(0, 120))).toEqual(all);
          found += days.length;
        }
      }
      expect(found).toBeGreaterThan(10);
    });
  }
});
