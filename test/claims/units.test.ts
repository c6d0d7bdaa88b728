import { describe, expect, it } from 'vitest';
import { claimAt, claimsOf } from './helpers.js';

describe('units and categories', () => {
  it.each([
    ['A campaign has targeted at least 14 boats.', 'at least 14 boats', 'boat', 'vessels'],
    ['The strikes killed 61 people.', 'killed 61 people', 'person', 'deaths'],
    ['Maduro mobilized 4.5 million militias.', '4.5 million militias', 'militia', 'people'],
    ['Moscow sent about 100 technical advisers.', 'about 100 technical advisers', 'adviser', 'people'],
    ['The blast wounded 12 passengers.', 'wounded 12 passengers', 'passenger', 'injuries'],
    ['Jets carried out 21 airstrikes.', '21 airstrikes', 'airstrike', 'attacks'],
    ['The government pledged $2 billion.', '$2 billion', 'USD', 'money'],
    ['The fund fell 3.5%.', '3.5%', 'percent', 'percent'],
    ['The truce lasted three months.', 'three months', 'month', 'duration'],
    ['They planted 300 trees.', '300 trees', 'tree', 'count'],
    ['It sold 40 million pounds of coffee.', '40 million pounds', 'pound', 'count'],
  ])('English: %s', (text, span, unit, category) => {
    expect(claimAt(text, 'en', span)).toMatchObject({ unit, category });
  });
  it.each([
    ['Przeprowadzono co najmniej 21 ataków na łodzie.', 'co najmniej 21 ataków', 'atak', 'attacks'],
    ['Zabijając co najmniej 83 osoby, siły wycofały się.', 'co najmniej 83 osoby', 'osoba', 'deaths'],
    ['Zatopiono trzy łodzie.', 'trzy łodzie', 'łódź', 'vessels'],
    ['W zamachu rannych zostało 12 cywilów.', '12 cywilów', 'cywil', 'injuries'],
    ['Budżet wyniesie 4,5 mld złotych.', '4,5 mld złotych', 'PLN', 'money'],
    ['Bezrobocie spadło o 2 proc.', '2 proc.', 'percent', 'percent'],
    ['Rozejm trwał pięć lat.', 'pięć lat', 'rok', 'duration'],
    ['Do kraju przyjechało 300 doradców wojskowych.', '300 doradców', 'doradca', 'people'],
  ])('Polish: %s', (text, span, unit, category) => {
    expect(claimAt(text, 'pl', span)).toMatchObject({ unit, category });
  });
  it('keeps a death cue from leaking across a comma to the next number', () => {
    const cs = claimsOf('Five soldiers were killed, 40 others were evacuated.', 'en');
    expect(cs.map((c) => c.category)).toEqual(['deaths', 'count']);
  });
  it('reads hyphenated compounds', () => {
    expect(claimAt('They agreed a 10-day ceasefire.', 'en', '10-day')).toMatchObject({ value: 10, unit: 'day', category: 'duration' });
  });
});
