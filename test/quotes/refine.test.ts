import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import type { Candidate } from '../../src/quotes/candidate.js';
import { refine } from '../../src/quotes/index.js';

const text = 'Advertisement\n\n' + 'The minister said the plan would stay. “We will not change it,” he told reporters. '.repeat(8);
const doc = buildDocument(text, { language: 'en', referenceDate: null });

const candidate = fc.record({ start: fc.nat(text.length), length: fc.nat(120), confidence: fc.constantFrom(0.6, 0.8, 0.95), cue: fc.boolean() }).map(
  ({ start, length, confidence, cue }): Candidate => {
    const end = Math.min(text.length, start + length);
    return {
      kind: 'indirect', start, end, confidence, rule: 'test', anchor: start,
      cue: cue ? { start, end: Math.min(end, start + 4), lemma: 'say' } : null,
      source: { phrase: null, fallback: 'none', gender: null },
    };
  },
);

describe('refine', () => {
  it('keeps the same candidates whether it tests overlaps pair by pair or with a table of covered offsets', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 80 }), (cands) => {
        const pairwise = refine(doc, cands, Infinity);
        expect(refine(doc, cands, 0)).toEqual(pairwise);
        // What is kept never overlaps, and lies outside boilerplate.
        for (let i = 1; i < pairwise.length; i++) expect(pairwise[i]!.start).toBeGreaterThanOrEqual(pairwise[i - 1]!.end);
        for (const c of pairwise) expect(doc.inBoilerplate(c.start, c.end)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
