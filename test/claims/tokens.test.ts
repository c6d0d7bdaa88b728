import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fineTokens, fineTokensOf } from '../../src/claims/tokens.js';
import { buildDocument } from '../../src/document/build.js';
import type { Tok } from '../../src/claims/types.js';
import { loadSeeds } from '../helpers/gold.js';

// The claims tokenizer was tuned for speed (a scanner instead of a regex) without changing what
// it returns. This reference is the straightforward original; the tuned one must agree.

const FINE = /([0-9]+)|([\p{L}\p{M}]+)|[^\s\p{L}\p{M}0-9\p{Cf}]/gu;
function referenceFineTokens(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(FINE.source, FINE.flags);
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  while ((m = re.exec(slice)) !== null) {
    const t = m[0];
    const s = start + m.index;
    const kind: Tok['kind'] = m[1] !== undefined ? 'digits' : m[2] !== undefined ? 'word' : 'punct';
    out.push({ text: t, lower: kind === 'digits' ? t : t.toLowerCase(), start: s, end: s + t.length, kind, gap: s !== prevEnd });
    prevEnd = s + t.length;
  }
  return out;
}

const seeds = loadSeeds().map((g) => g.text);
const hostile = fc.string({
  unit: fc.constantFrom(
    'a', 'Z', 'ł', '1', '2', ',', '.', '!', '?', '…', '-', '‐', '’', "'", '"', '“', '”', '«', '»', ')', ' ', '\n', '\r\n',
    '\u00A0', '\u200B', '\uFEFF', '\u0301', '😀', '\uD83D', '\uDE00', '𝒳', '$5m', '10k', '1,200', '4.5', '%',
    '٣', '²', '½', 'Ⅻ', 'Ⓐ', 'ǅ', '\u00AD', '\u2028', '𝟙', '\t', 'İ', 'ẞ', 'ß', 'Σ',
  ),
  maxLength: 120,
});
const text = fc.oneof(
  hostile,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(...seeds).chain((t) => fc.nat(t.length).map((i) => t.slice(i, i + 400))),
);

describe('the tuned claims tokenizer agrees with the reference', () => {
  it('fineTokens', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const s = a % (t.length + 1);
        const e = s + (b % (t.length - s + 1));
        expect(fineTokens(t, s, e)).toEqual(referenceFineTokens(t, s, e));
      }),
      { numRuns: 5000, seed: 7 },
    );
  });

  it('fineTokensOf: from the Document tokens, the fine tokens of every paragraph', () => {
    const paragraphsAgree = (t: string, language: 'auto' | 'en' | 'pl'): void => {
      const doc = buildDocument(t, { language, referenceDate: null });
      for (const p of doc.paragraphs) {
        if (p.sentenceStart >= p.sentenceEnd) continue;
        const from = doc.sentences[p.sentenceStart]!.tokenStart;
        const to = doc.sentences[p.sentenceEnd - 1]!.tokenEnd;
        expect(fineTokensOf(doc, from, to)).toEqual(referenceFineTokens(t, p.start, p.end));
      }
    };
    fc.assert(
      fc.property(text, fc.constantFrom('auto' as const, 'en' as const, 'pl' as const), paragraphsAgree),
      { numRuns: 3000, seed: 7 },
    );
    for (const t of seeds) paragraphsAgree(t, 'auto');
  });

  it('fineTokens of whole seed articles', () => {
    for (const t of seeds) expect(fineTokens(t, 0, t.length)).toEqual(referenceFineTokens(t, 0, t.length));
  });
});
