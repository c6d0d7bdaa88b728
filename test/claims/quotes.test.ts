import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';
import type { Quote } from '../../src/schema.js';

const quote = (id: string, start: number, end: number, text: string): Quote => ({
  id, kind: 'direct', text: text.slice(start, end), start, end, cue: null, speaker: null, confidence: 1, rule: 'test',
});

describe('quoteId', () => {
  it('gives a claim inside a quote that quote\'s id, and null outside', () => {
    const text = '"We lost 40 soldiers," the general said. The army has 2,000 tanks.';
    const q = quote('q1', 1, text.indexOf(',"') + 1, text);
    const cs = claimsOf(text, 'en', [q]);
    expect(cs.map((c) => [c.text, c.quoteId])).toEqual([['40 soldiers', 'q1'], ['2,000 tanks', null]]);
  });
  it('picks the innermost quote', () => {
    const text = 'Ministerstwo podało, że "zginęło 12 osób" w nocy.';
    const outer = quote('q1', 0, text.length, text);
    const inner = quote('q2', text.indexOf('"') + 1, text.lastIndexOf('"'), text);
    expect(claimsOf(text, 'pl', [outer, inner])[0]?.quoteId).toBe('q2');
  });
});

describe('claim shape', () => {
  it('numbers ids in text order and keeps text equal to the input slice', () => {
    const text = 'About 300 people fled and 12 boats sank; 4 ministers resigned.';
    const cs = claimsOf(text, 'en');
    expect(cs.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    for (const c of cs) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.rule).toMatch(/^en\/claim-/u);
    }
  });
});
