import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

const valuesOf = (text: string, lang: 'en' | 'pl'): number[] => claimsOf(text, lang).map((c) => c.value);

describe('values from digits', () => {
  it('reads English decimals and thousands groups', () => {
    expect(valuesOf('The fund lost 4.5 percent, or 1,200 jobs and 12,345,678 dollars.', 'en')).toEqual([4.5, 1200, 12345678]);
  });
  it('reads groups with spaces, no-break and thin spaces', () => {
    expect(valuesOf('Officials counted 1\u00A0200 tents and 2\u202F500 trucks.', 'en')).toEqual([1200, 2500]);
    expect(valuesOf('Do obozu trafiło 12 500 osób.', 'pl')).toEqual([12500]);
  });
  it('reads the Polish decimal comma and dotted thousands', () => {
    expect(valuesOf('Inflacja wyniosła 4,5 proc., a do miasta przyjechało 1.200 osób.', 'pl')).toEqual([4.5, 1200]);
  });
  it('applies scale words and suffixes', () => {
    expect(valuesOf('It raised 4.5 million euros, then $3bn and another 10k dollars.', 'en')).toEqual([4.5e6, 3e9, 1e4]);
    expect(valuesOf('Budżet to 4,5 mld zł, a dotacja 300 tys. zł i 2 mln euro.', 'pl')).toEqual([4.5e9, 3e5, 2e6]);
  });
  it('reads £5m as money in millions but 100m alone as metres', () => {
    const [a, b] = claimsOf('The club paid £5m for a runner who won the 100m race.', 'en');
    expect(a).toMatchObject({ value: 5e6, unit: 'GBP' });
    expect(b).toMatchObject({ value: 100, unit: 'm' });
  });
});

describe('values from words', () => {
  it('reads English compound numbers, dozens and scales', () => {
    expect(valuesOf('Twenty-one sailors and a dozen fishermen met one hundred and six guests.', 'en')).toEqual([21, 12, 106]);
    expect(valuesOf('The state spent two million dollars.', 'en')).toEqual([2e6]);
  });
  it('reads fractions and halves', () => {
    expect(valuesOf('Two-thirds of voters backed him and one and a half million people came.', 'en')).toEqual([2 / 3, 1.5e6]);
    expect(valuesOf('Half a dozen ministers resigned.', 'en')).toEqual([6]);
  });
  it('reads every Polish case form', () => {
    expect(valuesOf('W ciągu trzech miesięcy zginęło dwudziestu żołnierzy.', 'pl')).toEqual([3, 20]);
    expect(valuesOf('Pomoc trafiła do pięciuset rodzin i dwudziestu pięciu szpitali.', 'pl')).toEqual([500, 25]);
    expect(valuesOf('Ewakuowano półtora tysiąca mieszkańców.', 'pl')).toEqual([1500]);
  });
});
