import { describe, expect, it } from 'vitest';
import { claimAt, claimsOf } from './helpers.js';

describe('qualifiers', () => {
  it.each([
    ['Police detained at least 40 protesters.', 'at least 40 protesters', 'at_least'],
    ['Officials said about 300 families left.', 'about 300 families', 'approximately'],
    ['Nearly 90 villages lost power.', 'Nearly 90 villages', 'approximately'],
    ['The army sent more than 2,000 troops.', 'more than 2,000 troops', 'more_than'],
    ['Over 500 homes flooded.', 'Over 500 homes', 'more_than'],
    ['The law allows up to 10 years in prison.', 'up to 10 years', 'at_most'],
    ['Fewer than 20 shops reopened.', 'Fewer than 20 shops', 'less_than'],
    ['An estimated 7,000 fans attended.', 'An estimated 7,000 fans', 'approximately'],
  ])('English: %s', (text, span, q) => {
    expect(claimAt(text, 'en', span).qualifier).toBe(q);
  });
  it.each([
    ['Zatrzymano co najmniej 40 osób.', 'co najmniej 40 osób', 'at_least'],
    ['Ewakuowano około 300 rodzin.', 'około 300 rodzin', 'approximately'],
    ['Przyjechało ponad 2 tys. kibiców.', 'ponad 2 tys. kibiców', 'more_than'],
    ['Zniszczonych zostało blisko 90 domów.', 'blisko 90 domów', 'approximately'],
    ['Grozi mu do 10 lat więzienia.', 'do 10 lat', 'at_most'],
    ['Zginęło niemal 50 osób.', 'niemal 50 osób', 'approximately'],
    ['Przyszło prawie 200 osób.', 'prawie 200 osób', 'approximately'],
    ['Mieszka tam niespełna 500 osób.', 'niespełna 500 osób', 'less_than'],
  ])('Polish: %s', (text, span, q) => {
    expect(claimAt(text, 'pl', span).qualifier).toBe(q);
  });
  it('reads a bound after a verb of change as a new value', () => {
    expect(claimsOf('Inflacja wzrosła do 5,2 proc.', 'pl')[0]).toMatchObject({ value: 5.2, qualifier: 'exact' });
  });
  it('reads qualifiers after the number', () => {
    expect(claimAt('They waited 20 minutes or so.', 'en', '20 minutes or so').qualifier).toBe('approximately');
  });
});

describe('ranges', () => {
  it('reads dashes, between … and, from … to', () => {
    expect(claimAt('Between 10 and 20 people were hurt.', 'en', 'Between 10 and 20 people')).toMatchObject({ value: 10, upper: 20, qualifier: 'range' });
    expect(claimAt('They seized 10-20 boats.', 'en', '10-20 boats')).toMatchObject({ value: 10, upper: 20, unit: 'boat' });
    expect(claimAt('It costs from $5 to $10 million.', 'en', 'from $5 to $10 million')).toMatchObject({ value: 5e6, upper: 1e7, unit: 'USD' });
    expect(claimAt('Cena wynosi od 10 do 20 zł.', 'pl', 'od 10 do 20 zł')).toMatchObject({ value: 10, upper: 20, unit: 'PLN', qualifier: 'range' });
  });
  it('does not read a change as a range', () => {
    const cs = claimsOf('Sales rose from 10 percent to 20 percent.', 'en');
    expect(cs.map((c) => [c.value, c.upper])).toEqual([[10, null], [20, null]]);
  });
  it('does not read a score or a season as a range', () => {
    expect(claimsOf('They won 3-1 in the 2019-20 season.', 'en')).toEqual([]);
  });
});
