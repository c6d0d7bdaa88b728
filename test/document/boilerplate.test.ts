import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findBoilerplate } from '../../src/document/boilerplate.js';
import type { TextLocale } from '../../src/document/locale.js';
import { splitParagraphs, type RawParagraph } from '../../src/document/paragraphs.js';
import { locales } from '../../src/locales/registry.js';
import { loadSeeds } from '../helpers/gold.js';

// The boilerplate rules read a paragraph's text only when its length allows a match. This is the
// original, which read every paragraph, as the reference they must agree with.
function referenceBoilerplate(text: string, paragraphs: readonly RawParagraph[], locale: TextLocale | null) {
  const lines = paragraphs.map((p) => text.slice(p.start, p.end));
  const marks: Array<string | null> = paragraphs.map(() => null);
  const n = lines.length;
  const headlineLike = (line: string) => line.length <= 160 && !/[.!?…:;"”“»«’')\]]$/u.test(line) && /\p{L}/u.test(line);
  const prose = (line: string) => line.length >= 60 && /[.!?…"”»]$/u.test(line);
  const isTail = (line: string) => (locale?.boilerplateTails ?? []).some((re) => re.test(line));
  for (let i = Math.min(2, n); i < n; i++) {
    if (lines[i]!.length <= 80 && isTail(lines[i]!)) {
      for (let k = i; k < n; k++) marks[k] ??= 'tail';
      break;
    }
  }
  lines.forEach((line, i) => {
    if (!marks[i] && line.length <= 400 && (locale?.boilerplateLines ?? []).some((re) => re.test(line))) marks[i] = 'line';
  });
  let seenProse = false;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (!seenProse) {
      seenProse = prose(line);
      continue;
    }
    if (marks[i] || !headlineLike(line) || line.endsWith(':')) continue;
    const next = i + 1 < n ? lines[i + 1]! : '';
    if (prose(next) && line.split(/\s+/u).length >= 3) marks[i] = 'related-headline';
  }
  const out: Array<{ start: number; end: number; text: string; rule: string }> = [];
  for (let i = 0; i < n; i++) {
    const rule = marks[i];
    if (!rule) continue;
    let j = i;
    while (j + 1 < n && marks[j + 1] === rule) j++;
    out.push({ start: paragraphs[i]!.start, end: paragraphs[j]!.end, text: text.slice(paragraphs[i]!.start, paragraphs[j]!.end), rule });
    i = j;
  }
  return out;
}

const seedLines = loadSeeds().flatMap((g) => g.text.split('\n'));
const crafted = [
  `Related stories: ${'x'.repeat(60)}`, `Related stories: ${'x'.repeat(63)}`, `Related stories: ${'x'.repeat(64)}`, `Read more ${'y'.repeat(389)}`,
  `Read more ${'y'.repeat(390)}`, `${'z'.repeat(59)}.`, `${'z'.repeat(58)}.`, 'Read more', 'Read more about the ruling on our site and in the app today, with all the background you need', 'A message from the editor',
  'Next In World', 'Related stories', 'Czytaj też', 'Mehr zum Thema', 'Lesen Sie auch', 'Fot. PAP', 'REUTERS/Jane Doe',
  'Minister says talks will go on', 'Talks go on', 'What next for the talks:', 'x'.repeat(79), 'x'.repeat(81), `${'word '.repeat(40)}end.`,
  `${'word '.repeat(11)}end.`, `${'word '.repeat(12)}end.`, `${'Word '.repeat(31)}Word`, `${'Word '.repeat(33)}Word`, '• Menu item',
];

describe('findBoilerplate', () => {
  it('marks what the original rules marked', () => {
    const line = fc.oneof(fc.constantFrom(...seedLines), fc.constantFrom(...crafted), fc.string({ maxLength: 200 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.nat(locales.length), (lines, k) => {
        const text = lines.join('\n');
        const raw = splitParagraphs(text);
        const locale = k < locales.length ? locales[k]!.text : null;
        expect(findBoilerplate(text, raw, locale)).toEqual(referenceBoilerplate(text, raw, locale));
      }),
      { numRuns: 3000, seed: 21 },
    );
    for (const g of loadSeeds()) {
      const raw = splitParagraphs(g.text);
      for (const l of locales) expect(findBoilerplate(g.text, raw, l.text)).toEqual(referenceBoilerplate(g.text, raw, l.text));
    }
  });
});
