import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/document/tokens.js';
import { splitSentences } from '../../src/document/sentences.js';
import { buildDocument } from '../../src/document/build.js';
import { splitParagraphs } from '../../src/document/paragraphs.js';
import { anyOf } from '../../src/document/boilerplate.js';
import { locales } from '../../src/locales/registry.js';
import type { Token } from '../../src/document/types.js';
import { loadSeeds } from '../helpers/gold.js';

// The Document builder was tuned for speed (issue 7) without changing what it returns.
// These reference versions are the straightforward originals; the tuned ones must agree.

const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:[’'.\-‐][\p{L}\p{M}\p{N}]+)*(?:,\p{N}{3}(?![\p{L}\p{N}]))*|[^\s\p{L}\p{M}\p{N}\p{Cf}]/gu;
function referenceTokenize(text: string, start: number, end: number, sentence: number): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const t = m[0];
    const kind: Token['kind'] = /^\p{N}/u.test(t) ? 'number' : /^[\p{L}\p{M}\p{N}]/u.test(t) ? 'word' : 'punct';
    out.push({ start: start + m.index, end: start + m.index + t.length, text: t, lower: t.toLowerCase(), kind, sentence, memo: null });
  }
  return out;
}

const TERMINATOR = new Set(['.', '!', '?', '…', '。', '！', '？']);
const CLOSER = new Set(['"', '”', '’', "'", '»', '«', ')', ']', '“', '‘']);
// The splitter as it was before its scan was tuned (a loop over every code unit, the tests as
// regexes and sets), with initials and ordinal followers: the tuned one must agree with it.
function originalSentences(
  text: string,
  start: number,
  end: number,
  abbreviations: ReadonlySet<string>,
  ordinalFollowers: ReadonlySet<string>,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let sStart = start;
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (!TERMINATOR.has(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && (TERMINATOR.has(text[j]!) || CLOSER.has(text[j]!))) j++;
    if (j >= end) break;
    if (!/\s/u.test(text[j]!)) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && /\s/u.test(text[k]!)) k++;
    if (k >= end || !/[\p{Lu}\p{Lt}\p{N}"“„«»‘'(\[—–\-¿¡]/u.test(text[k]!)) {
      i = k;
      continue;
    }
    if (ch === '.' && j === i + 1) {
      let w = i;
      const limit = Math.max(sStart, i - 12);
      while (w > limit && /[\p{L}\p{M}.]/u.test(text[w - 1]!)) w--;
      const cut = w === i || (w === limit && w > sStart && /[\p{L}\p{M}.]/u.test(text[w - 1]!));
      const word = text.slice(w, i);
      if (!cut && (/^\p{Lu}(?:\.\p{Lu})*$/u.test(word) || abbreviations.has(word.toLowerCase()))) {
        i = k;
        continue;
      }
    }
    if (ch === '.' && j === i + 1 && ordinalFollowers.size && /^\p{N}{1,2}$/u.test(text.slice(Math.max(sStart, i - 2), i).trim())) {
      const next = /[\p{L}\p{M}]+/uy;
      next.lastIndex = k;
      const m = next.exec(text);
      if (m && ordinalFollowers.has(m[0].toLowerCase())) {
        i = k;
        continue;
      }
    }
    out.push({ start: sStart, end: j });
    sStart = k;
    i = k;
  }
  if (sStart < end) out.push({ start: sStart, end });
  return out;
}

function referenceParagraphs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const blank = (ch: string): boolean => /[\s\u200B-\u200D\u2060\uFEFF]/u.test(ch);
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i]! : '\n';
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      let s = lineStart;
      let e = i;
      while (s < e && blank(text[s]!)) s++;
      while (e > s && blank(text[e - 1]!)) e--;
      if (e > s) out.push({ start: s, end: e });
      lineStart = i + 1;
    }
  }
  return out;
}

const seeds = loadSeeds().map((g) => g.text);
const hostile = fc.string({
  unit: fc.constantFrom(
    'a', 'Z', 'ł', '1', '2', ',', '.', '!', '?', '…', '-', '‐', '’', "'", '"', '“', '”', '«', '»', ')', ' ', '\n', '\r\n',
    '\u00A0', '\u200B', '\uFEFF', '\u0301', '😀', '\uD83D', '\uDE00', '𝒳', 'Mr.', 'U.S.', '1,200', '4.5',
    ',', ',12', ',123', ',1234', '٣', '²', 'ǅ', '\u00AD', '\u2028', '𝟙', '\t', 'İ', 'Σ', 'ΟΔΟΣ', '𐐀',
  ),
  maxLength: 120,
});
const text = fc.oneof(
  hostile,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(...seeds).chain((t) => fc.nat(t.length).map((i) => t.slice(i, i + 400))),
);
const ABBR = new Set(['mr', 'u.s', 'dr']);

describe('the tuned Document builder agrees with the reference', () => {
  it('tokenize', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const s = a % (t.length + 1);
        const e = s + (b % (t.length - s + 1));
        const got: Token[] = [];
        tokenize(t, s, e, 3, got);
        expect(got).toEqual(referenceTokenize(t, s, e, 3));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('splitSentences', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const s = a % (t.length + 1);
        const e = s + (b % (t.length - s + 1));
        expect(splitSentences(t, s, e, ABBR)).toEqual(originalSentences(t, s, e, ABBR, new Set()));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('splitSentences with initials and ordinal followers, as before its scan was tuned', () => {
    const MONTHS = new Set(['oktober', 'maja']);
    const word = fc.constantFrom(
      '3.', '12.', '123.', 'Oktober', 'oktober', 'maja', 'Mai', 'G.K.', 'J.', 'Mr.', 'U.S.', 'the', 'end.', 'Z.', 'Ä.', '1.',
      '“Quote.”', 'Why?!', '(aside.)', 'ł', '😀', '\uD83D', '…', '\n', '3.\u00A0Oktober', '3.Oktober',
    );
    const dated = fc.tuple(fc.array(word, { maxLength: 14 }), fc.constantFrom(' ', '  ', '', ' \n ')).map(([xs, sep]) => xs.join(sep));
    fc.assert(
      fc.property(fc.oneof(text, dated), fc.nat(), fc.nat(), (t, a, b) => {
        const s = a % (t.length + 1);
        const e = s + (b % (t.length - s + 1));
        expect(splitSentences(t, s, e, ABBR, MONTHS)).toEqual(originalSentences(t, s, e, ABBR, MONTHS));
        expect(splitSentences(t, s, e, ABBR)).toEqual(originalSentences(t, s, e, ABBR, new Set()));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('splitSentences with the abbreviations and months of each locale', () => {
    const word = fc.constantFrom(
      ...locales.flatMap((l) => l.text.abbreviations.slice(0, 40).map((a) => `${a}.`)),
      ...locales.flatMap((l) => l.text.abbreviations.slice(0, 10).map((a) => `${a.toUpperCase()}.`)),
      'Approx.', 'approximately.', 'İnc.', 'Σt.', '3.', '12.', 'Oktober', 'maja', 'J.', 'G.K.', 'the', 'end.', '“Quote.”', '😀.', '\u00A03.',
    );
    const line = fc.array(word, { maxLength: 14 }).map((xs) => xs.join(' '));
    fc.assert(
      fc.property(fc.oneof(text, line), fc.nat(locales.length - 1), (t, k) => {
        const l = locales[k]!;
        const abbreviations = new Set(l.text.abbreviations);
        const months = new Set(Object.keys(l.dates.months));
        expect(splitSentences(t, 0, t.length, abbreviations, months)).toEqual(originalSentences(t, 0, t.length, abbreviations, months));
      }),
      { numRuns: 3000, seed: 17 },
    );
  });

  it('toLowerCase never shortens a character (splitSentences relies on it)', () => {
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase().length < ch.length) expect.fail(`U+${cp.toString(16)}`);
    }
  });

  it('splitParagraphs', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitParagraphs(t)).toEqual(referenceParagraphs(t));
      }),
      { numRuns: 3000, seed: 7 },
    );
    // Every code unit, as a line's edge and as a line of its own.
    for (let c = 0; c < 0x10000; c++) {
      const t = `\n${String.fromCharCode(c)}a${String.fromCharCode(c)}\n${String.fromCharCode(c)}`;
      expect(splitParagraphs(t)).toEqual(referenceParagraphs(t));
    }
  });

  it('anyOf: one test per flags group says what testing each regex says', () => {
    const lists = locales.flatMap((l) => [l.text.boilerplateLines, l.text.boilerplateTails]);
    lists.push([/a(b)\1/u, /^x|y$/u, /(?<n>q)/u, /Z/iu]);
    const crafted = [
      'Read more', 'READ MORE here', 'Also read next', '(Reporting by Jane Doe)', 'Writing by X', 'REUTERS/Jane Doe',
      'Photo: AP', '• Menu item', '* 12 items', 'Advertisement', 'advertisement.', 'Fot. PAP', 'czytaj też', 'Zobacz wideo',
      '(PAP)', 'PAP/EPA', 'Obserwuj nas na X', 'Mehr zum Thema', 'Lesen Sie auch', 'dpa / Max Mustermann', 'Anzeige',
      'A message from the editor', 'Dear readers,', 'Next In World', 'recommended for you', 'Tagi:', 'Themen',
      'abb', 'x', 'ay', 'q', 'z', 'Z', '',
    ];
    const lines = fc.oneof(text, fc.constantFrom(...crafted), fc.constantFrom(...seeds.flatMap((t) => t.split('\n'))));
    fc.assert(
      fc.property(lines, (line) => {
        for (const list of lists) expect(anyOf(list)(line)).toBe(list.some((re) => re.test(line)));
      }),
      { numRuns: 3000, seed: 5 },
    );
    for (const line of crafted) for (const list of lists) expect(anyOf(list)(line)).toBe(list.some((re) => re.test(line)));
  });

  it('the tokens of a whole Document are those of its sentences', () => {
    for (const t of [...seeds, 'He said “1,200.”\u200Bok\r\nNew 𝒳 line.\u0301 End']) {
      const d = buildDocument(t, { language: 'auto', referenceDate: null });
      const expected = d.sentences.flatMap((s) => referenceTokenize(t, s.start, s.end, s.index));
      expect(d.tokens).toEqual(expected);
    }
  });
});
