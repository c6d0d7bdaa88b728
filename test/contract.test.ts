import { describe, expect, it } from 'vitest';
import {
  analyze,
  AnalysisSchema,
  analysisJsonSchema,
  detectLanguage,
  extractClaims,
  extractDates,
  extractQuotes,
  extractSpeakers,
  type Analysis,
} from '../src/index.js';
import { loadSeeds } from './helpers/gold.js';

/** Every item with offsets must carry the exact slice of the input. */
export function expectOffsetsHold(text: string, a: Analysis): void {
  const items: Array<{ start: number; end: number; text: string }> = [
    ...a.quotes,
    ...a.claims,
    ...a.dates,
    ...a.boilerplate,
    ...a.quotes.flatMap((q) => [q.cue, q.speaker?.mention].filter((x): x is NonNullable<typeof x> => x != null)),
  ];
  for (const it of items) {
    expect(it.start).toBeGreaterThanOrEqual(0);
    expect(it.end).toBeLessThanOrEqual(text.length);
    expect(it.start).toBeLessThanOrEqual(it.end);
    expect(text.slice(it.start, it.end)).toBe(it.text);
  }
  for (const s of a.speakers) for (const m of s.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
}

describe('the Analysis contract on the seeds', () => {
  for (const g of loadSeeds()) {
    it(`${g.doc}: validates, holds its offsets and is deterministic`, () => {
      const a = analyze(g.text, { referenceDate: g.referenceDate });
      expect(AnalysisSchema.safeParse(a).success).toBe(true);
      expectOffsetsHold(g.text, a);
      expect(a.language).toBe(g.language);
      expect(JSON.stringify(analyze(g.text, { referenceDate: g.referenceDate }))).toBe(JSON.stringify(a));
    });
  }

  it('speaker ids of quotes point into speakers, and claim quote ids into quotes', () => {
    for (const g of loadSeeds()) {
      const a = analyze(g.text, { referenceDate: g.referenceDate });
      const speakerIds = new Set(a.speakers.map((s) => s.id));
      const quoteIds = new Set(a.quotes.map((q) => q.id));
      for (const q of a.quotes) if (q.speaker) expect(speakerIds.has(q.speaker.id)).toBe(true);
      for (const c of a.claims) if (c.quoteId) expect(quoteIds.has(c.quoteId)).toBe(true);
    }
  });

  it('the extract* functions return the layers of analyze()', () => {
    const g = loadSeeds()[4]!;
    const a = analyze(g.text, { referenceDate: g.referenceDate });
    expect(extractQuotes(g.text, { referenceDate: g.referenceDate })).toEqual(a.quotes);
    expect(extractSpeakers(g.text, { referenceDate: g.referenceDate })).toEqual(a.speakers);
    expect(extractClaims(g.text, { referenceDate: g.referenceDate })).toEqual(a.claims);
    expect(extractDates(g.text, { referenceDate: g.referenceDate })).toEqual(a.dates);
    expect(detectLanguage(g.text)).toBe('en');
  });

  it('ships a JSON Schema of the Analysis', () => {
    expect(analysisJsonSchema).toHaveProperty('type', 'object');
    expect(Object.keys((analysisJsonSchema as { properties: object }).properties)).toEqual([
      'language', 'referenceDate', 'publishedAt', 'quotes', 'speakers', 'claims', 'dates', 'boilerplate',
    ]);
  });
});

describe('bad input', () => {
  it.each([undefined, null, 42, {}, [], Buffer.from('x'), Symbol('s')])('a non-string text (%s) throws a hearsay TypeError', (v) => {
    expect(() => analyze(v as unknown as string)).toThrow(TypeError);
    expect(() => analyze(v as unknown as string)).toThrow(/^hearsay: /u);
  });

  it.each([
    [{ language: 'xx' }, RangeError],
    [{ language: 42 }, TypeError],
    [{ referenceDate: '2025-02-30' }, RangeError],
    [{ referenceDate: 'yesterday' }, RangeError],
    [{ referenceDate: new Date(Number.NaN) }, RangeError],
    [{ referenceDate: 20251105 }, TypeError],
    [{ layers: ['quotes', 'weather'] }, RangeError],
    [{ colour: 'red' }, TypeError],
    ['en', TypeError],
  ])('options %j throw %s starting with hearsay:', (options, Err) => {
    expect(() => analyze('text', options as never)).toThrow(Err);
    expect(() => analyze('text', options as never)).toThrow(/^hearsay: /u);
  });

  it('accepts a Date as the reference date and uses its UTC day', () => {
    expect(analyze('x', { referenceDate: new Date('2025-11-05T23:30:00Z') }).referenceDate).toBe('2025-11-05');
  });

  it.each(['', ' ', '\u0000\u0001', '“', '"'.repeat(1000), '\uD800', '🙂'.repeat(50)])('odd string %j gives a valid empty-ish Analysis', (s) => {
    const a = analyze(s);
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    expectOffsetsHold(s, a);
  });
});
