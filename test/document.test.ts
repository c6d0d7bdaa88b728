import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.js';
import { loadSeeds } from './helpers/gold.js';

const build = (text: string, language = 'en') => buildDocument(text, { language, referenceDate: null });
const sentenceTexts = (text: string): string[] => {
  const d = build(text);
  return d.sentences.map((s) => text.slice(s.start, s.end));
};

describe('Document', () => {
  it('splits paragraphs on every kind of line break and trims them', () => {
    const text = ' One.\r\nTwo.\rThree.\u2028\n\n\u200BFour.\u00A0';
    const d = build(text);
    expect(d.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('keeps offsets exact across CRLF, NBSP, zero-width and astral characters', () => {
    const text = '🙂 “Hello,” he said.\r\n\u200BMr.\u00A0Smith 𝒳 said 4.5 million.';
    const d = build(text);
    for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(d.tokens.map((t) => t.text)).toContain('𝒳');
    expect(d.tokens.map((t) => t.text)).toContain('4.5');
    expect(d.tokens.some((t) => t.text.includes('\u200B'))).toBe(false);
  });

  it('does not end a sentence at abbreviations or initials', () => {
    expect(sentenceTexts('Mr. Peskov said the U.S. Navy left. J. R. Smith agreed. “Yes.” He left!')).toEqual([
      'Mr. Peskov said the U.S. Navy left.',
      'J. R. Smith agreed.',
      '“Yes.”',
      'He left!',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentenceTexts('He said: “It is over.” Then he left.')).toEqual(['He said: “It is over.”', 'Then he left.']);
  });

  it('finds the boilerplate of the seeds', () => {
    const seeds = loadSeeds();
    for (const g of seeds) {
      const d = buildDocument(g.text, { language: 'auto', referenceDate: g.referenceDate });
      for (const b of g.boilerplate ?? []) {
        const at = g.text.indexOf(b);
        expect(d.inBoilerplate(at, at + b.length), `${g.doc}: ${b}`).toBe(true);
      }
      // The article body is never boilerplate: every gold quote lies outside it.
      for (const q of g.quotes ?? []) {
        if (q.optional || !q.text) continue;
        const at = g.text.indexOf(q.text);
        expect(d.inBoilerplate(at, at + q.text.length), `${g.doc}: ${q.text}`).toBe(false);
      }
    }
  });

  it('detects the language of each seed', () => {
    for (const g of loadSeeds()) expect(build(g.text, 'auto').language).toBe(g.language);
    expect(build('ok', 'auto').language).toBe('und');
  });

  it('reads the publication date from a dateline', () => {
    const seeds = loadSeeds();
    const reuters = seeds.find((g) => g.doc.startsWith('004'))!;
    expect(buildDocument(reuters.text, { language: 'auto', referenceDate: null }).publishedAt).toBe('2025-11-05');
    const tass = seeds.find((g) => g.doc.startsWith('003'))!;
    expect(buildDocument(tass.text, { language: 'auto', referenceDate: '2025-11-02' }).publishedAt).toBe('2025-11-02');
  });

  it('reads the publication date from common dateline and byline formats', () => {
    const at = (text: string, ref: string | null = null, language = 'en') =>
      buildDocument(text, { language, referenceDate: ref }).publishedAt;
    const body = '\n\nThe government said the measure would take effect after a vote in parliament later this year.';
    expect(at('MOSCOW, November 2. /TASS/. Russia said on Sunday it was ready for talks.', '2025-11-05')).toBe('2025-11-02');
    expect(at('MOSCOW, November 2. /TASS/. Russia said on Sunday it was ready for talks.')).toBeNull();
    expect(at('World\n\nWednesday, 05 Nov 2025' + body)).toBe('2025-11-05');
    expect(at('Talks resume\n\nPublished 3 March 2024' + body)).toBe('2024-03-03');
    expect(at('Talks resume\n\nUpdated: 2024-03-04T10:15:00Z' + body)).toBe('2024-03-04');
    expect(at('Rozmowy\n\n05.11.2025, 10:15' + body, null, 'pl')).toBe('2025-11-05');
    expect(at('Rozmowy\n\nOpublikowano 2 listopada 2025 r.' + body, null, 'pl')).toBe('2025-11-02');
    // A date deep in a body paragraph is a fallback only: the byline date wins.
    expect(at('The treaty, first signed in Paris by many of the parties present on May 4, 2001, was renewed.\n\nBy Jane Doe, 6 June 2024')).toBe('2024-06-06');
  });

  it('finds paragraph and sentence by offset', () => {
    const text = 'A b. C d.\nE f.';
    const d = build(text);
    expect(d.paragraphAt(text.indexOf('E'))).toBe(1);
    expect(d.sentenceAt(text.indexOf('C'))).toBe(1);
    expect(d.sentenceAt(text.indexOf('\n'))).toBe(-1);
  });
});

describe('language of short texts', () => {
  it('reads a short text by its function words where trigrams are too few', async () => {
    const { detectLanguage } = await import('../src/index.js');
    expect(detectLanguage('Twenty-six people die in accident at Techiman')).toBe('en');
    expect(detectLanguage('Premier powiedział, że rząd nie zmieni planów.')).toBe('pl');
    expect(detectLanguage('Der Minister sagte, dass die Regierung den Plan ändert.')).toBe('de');
  });
});

describe('detectLanguage', () => {
  it('answers as analyze() does, on articles and on mixed or foreign text', async () => {
    const { analyze, detectLanguage } = await import('../src/index.js');
    const { readdirSync, readFileSync } = await import('node:fs');
    const texts: string[] = [];
    for (const dir of ['seeds/texts', 'test/fixtures/en-dev/texts', 'test/fixtures/pl-dev/texts']) {
      for (const f of readdirSync(dir).sort().slice(0, 12)) texts.push(readFileSync(`${dir}/${f}`, 'utf8'));
    }
    texts.push(
      'De minister van Buitenlandse Zaken zei dat de regering het plan niet zal wijzigen. '.repeat(12),
      'Ministr zahraničí řekl, že vláda plán nezmění a že jednání budou pokračovat příští týden. '.repeat(12),
      `Subscribe to our newsletter\n\n${'Le ministre a déclaré que le gouvernement ne changerait pas son plan. '.repeat(10)}`,
      '',
      '!!! ??? ...',
    );
    let decided = 0;
    for (const text of texts) {
      const language = analyze(text, { layers: [] }).language;
      expect(detectLanguage(text)).toBe(language);
      if (language !== 'und') decided++;
    }
    expect(decided).toBeGreaterThan(30);
  });
});
