import { describe, expect, it } from 'vitest';
import { claimAt, claimsOf } from './helpers.js';

describe('signs, fractions and shared units', () => {
  it('reads negative numbers', () => {
    expect(claimAt('Temperatures fell to minus 5 degrees.', 'en', 'minus 5 degrees').value).toBe(-5);
    expect(claimAt('It was -12C overnight.', 'en', '-12C')).toMatchObject({ value: -12, unit: '°C' });
  });
  it('reads half of and a third of with the counted thing', () => {
    expect(claimAt('Nearly half of the voters stayed home.', 'en', 'Nearly half of the voters')).toMatchObject({ value: 0.5, unit: 'voter', qualifier: 'approximately' });
    expect(claimAt('A third of the staff left.', 'en', 'A third of the staff').value).toBeCloseTo(1 / 3, 12);
    expect(claimsOf('Growth slowed in the first half of 2024.', 'en')).toEqual([]);
  });
  it('gives a bare number the unit of the next one', () => {
    const cs = claimsOf('A meal costs eight or nine euros.', 'en');
    expect(cs.map((c) => [c.value, c.unit])).toEqual([[8, 'EUR'], [9, 'EUR']]);
    const pl = claimsOf('Zatonęły dwie lub trzy łodzie.', 'pl');
    expect(pl.map((c) => [c.value, c.unit])).toEqual([[2, 'łódź'], [3, 'łódź']]);
  });
  it('keeps a four-digit count but not a year before a name', () => {
    expect(claimAt('Police deployed 2000 officers.', 'en', '2000 officers').unit).toBe('officer');
    expect(claimsOf('On Mar 9 2018 MIT researchers said so.', 'en')).toEqual([]);
  });
  it('does not take a verb after a number for its unit', () => {
    expect(claimsOf('Some 500 fled the town.', 'en')[0]).toMatchObject({ value: 500, unit: null, qualifier: 'approximately' });
  });
  it('reads Polish age compounds as years', () => {
    expect(claimAt('Zaginął 5-letni chłopiec.', 'pl', '5-letni')).toMatchObject({ value: 5, unit: 'rok' });
  });
  it('reads one of as a count of the noun after it', () => {
    expect(claimAt('He was one of the students.', 'en', 'one of the students')).toMatchObject({ value: 1, unit: 'student' });
  });
  it('drops ages: an apposition between commas and N-year-old', () => {
    expect(claimsOf('Jane Doe, 34, said she heard it.', 'en')).toEqual([]);
    expect(claimsOf('A 71-year-old man died.', 'en')).toEqual([]);
    expect(claimAt('The storm killed 34 people, officials said.', 'en', 'killed 34 people')).toMatchObject({ value: 34 });
  });

  it('reads money words and sub-units', () => {
    expect(claimAt('Oil rose 19 cents.', 'en', '19 cents')).toMatchObject({ value: 0.19, unit: 'USD', category: 'money' });
    expect(claimAt('Mandat wynosi 500 złotych.', 'pl', '500 złotych')).toMatchObject({ unit: 'PLN', category: 'money' });
  });
});
