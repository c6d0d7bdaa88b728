import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

const texts = (text: string, lang: 'en' | 'pl'): string[] => claimsOf(text, lang).map((c) => c.text);

describe('not claims', () => {
  it('skips dates, years and times', () => {
    expect(texts('On November 2, 2024 and on 05 Nov 2025 at 3:15 pm the talks of 2019 resumed.', 'en')).toEqual([]);
    expect(texts('Spotkanie odbyło się 2 listopada 2025 r. o godz. 15.30, a w 2019 roku nie.', 'pl')).toEqual([]);
    expect(texts('Results are due at 10 a.m. GMT.', 'en')).toEqual([]);
  });
  it('skips ordinals, codes and labels', () => {
    expect(texts('The 21st summit on COVID-19 discussed F-16 jets, the G7 and 5G under Article 5.', 'en')).toEqual([]);
    expect(texts('He flew a Boeing 737 to gate 4.', 'en')).toEqual([]);
    expect(texts('Zgodnie z art. 5 ust. 2 ustawa weszła w życie.', 'pl')).toEqual([]);
  });
  it('skips list numbering', () => {
    expect(texts('1. Reform the courts.\n\n2) Cut the budget.', 'en')).toEqual([]);
  });
  it('skips one as a pronoun or article but keeps one counting', () => {
    expect(texts('No one knew, and one day they met one another.', 'en')).toEqual([]);
    expect(texts('Only one man survived.', 'en')).toEqual(['one man']);
  });
  it('skips numbers in boilerplate', () => {
    const text = 'The army sent 300 troops to the border.\n\nRead more:\n\nUK pledges 850 million pounds for global disease fight';
    const got = texts(text, 'en');
    expect(got).toContain('300 troops');
  });
  it('keeps decades out', () => {
    expect(texts('Prices rose in the 1990s.', 'en')).toEqual([]);
  });
});
