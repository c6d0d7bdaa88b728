import { describe, expect, it } from 'vitest';
import { datesOf, values } from './helpers.js';

// 2025-11-05 is a Wednesday, in ISO week 45.
const REF = '2025-11-05';

describe('English date finders', () => {
  it('reads absolute dates in every common format', () => {
    expect(values('The treaty was signed on November 2, 2025 in Paris.', REF)).toEqual({ 'on November 2, 2025': '2025-11-02' });
    expect(values('Posted Wednesday, 05 Nov 2025 by staff.', REF)).toEqual({ 'Wednesday, 05 Nov 2025': '2025-11-05' });
    expect(values('The hearing opened Dec. 19, 2024.', REF)).toEqual({ 'Dec. 19, 2024': '2024-12-19' });
    expect(values('A law of 2025-11-03 and one of 11/05/2024 apply.', REF)).toEqual({ '2025-11-03': '2025-11-03', '11/05/2024': '2024-11-05' });
    expect(values('He arrived on the 2nd of November 2023.', REF)).toEqual({ '2nd of November 2023': '2023-11-02' });
    expect(values('It was founded in March 1998.', REF)).toEqual({ 'in March 1998': '1998-03' });
  });

  it('gives partial dates the year nearest the reference date', () => {
    expect(values('The ship left port Dec. 19.', '2025-12-30')).toEqual({ 'Dec. 19': '2025-12-19' });
    expect(values('The ship left port Dec. 19.', '2026-01-03')).toEqual({ 'Dec. 19': '2025-12-19' });
  });

  it('joins a weekday to the date it names', () => {
    const [d] = datesOf('Peskov spoke on Sunday, November 2, to reporters.', REF);
    expect(d).toMatchObject({ text: 'on Sunday, November 2', value: '2025-11-02', granularity: 'day', rule: 'en/date-month-day' });
  });

  it('reads ranges of days as their two ends', () => {
    expect(values('The summit runs Oct. 2-5, officials said.', REF)).toEqual({ 'Oct. 2': '2025-10-02', '5': '2025-10-05' });
  });

  it('reads weekdays, relative days and relative periods against the reference date', () => {
    expect(values('Officials said on Tuesday that talks had failed.', REF)).toEqual({ 'on Tuesday': '2025-11-04' });
    expect(values('Yesterday and the day before yesterday were quiet.', REF)).toEqual({
      Yesterday: '2025-11-04',
      'the day before yesterday': '2025-11-03',
    });
    expect(values('Ministers met last week and again this month; elections come next year.', REF)).toEqual({
      'last week': '2025-W44',
      'this month': '2025-11',
      'next year': '2026',
    });
    expect(values('Two years ago the firm had ten staff; six weeks ago it hired more.', REF)).toEqual({
      'Two years ago': '2023',
      'six weeks ago': '2025-W39',
    });
  });

  it('reads weekends as the Saturday they start on', () => {
    const [d] = datesOf('Protesters gathered last weekend in the capital.', REF);
    expect(d).toMatchObject({ text: 'last weekend', value: '2025-11-01', granularity: 'weekend' });
    expect(values('Rallies were held at the weekend.', REF)).toEqual({ weekend: '2025-11-01' });
  });

  it('keeps the part of a month in the mention and the month as the value', () => {
    expect(values('At the end of August the army withdrew.', REF)).toEqual({ 'At the end of August': '2025-08' });
    expect(values('Snow fell in early December and again in mid-January.', '2026-02-10')).toEqual({
      'in early December': '2025-12',
      'in mid-January': '2026-01',
    });
  });

  it('reads years, decades, seasons and holidays', () => {
    expect(values('Sales fell in 2019 and soared in the 1990s.', REF)).toEqual({ 'in 2019': '2019', '1990s': '199' });
    expect(values('In the fall of 2024 prices began to fall.', REF)).toEqual({ 'fall of 2024': '2024-FA' });
    expect(values('The vote was held on Thanksgiving.', REF)).toEqual({ 'on Thanksgiving': '2024-11-28' });
  });

  it('marks durations as durations with no value, reported only when asked for', () => {
    expect(datesOf('The siege lasted three months, the worst in 100 years.', REF)).toEqual([]);
    const ds = datesOf('The siege lasted three months, the worst in 100 years.', REF, 'en', true);
    expect(ds.map((d) => [d.text, d.kind, d.value])).toEqual([
      ['three months', 'duration', null],
      ['100 years', 'duration', null],
    ]);
  });

  it('does not read the verb may, a march or bare numbers as dates', () => {
    expect(datesOf('Protesters may march 300 metres; 1500 people came and 2,019 left.', REF)).toEqual([]);
  });

  it('joins a day or month to a year after `of` or `in`', () => {
    expect(values('The act was passed on July 4th of 1995 and repealed in June of 2001.', REF)).toEqual({
      'on July 4th of 1995': '1995-07-04',
      'in June of 2001': '2001-06',
    });
    expect(values('She died on 28 June in 2020, aged 90.', REF)).toEqual({ 'on 28 June in 2020': '2020-06-28' });
  });

  it('reads a lowercase month tied to a year or an ordinal day, never a lone `may` or `march`', () => {
    expect(values('the plant closed in april 2017 and reopened on july 4th.', REF)).toEqual({
      'in april 2017': '2017-04',
      'on july 4th': '2025-07-04',
    });
    expect(values('Of the ten, 5 may leave; prices may 5 times rise; they march 5 miles.', REF)).toEqual({});
  });

  it('reads an abbreviated month before a year without its dot, and ISO dates with one-digit parts', () => {
    expect(values('Sales fell in Dec, 2018 and rose in Sep 2019.', REF)).toEqual({ 'in Dec, 2018': '2018-12', 'in Sep 2019': '2019-09' });
    expect(values('The ruling of 2018-7-6 stands.', REF)).toEqual({ '2018-7-6': '2018-07-06' });
  });

  it('joins a weekday with a modifier to the date it names', () => {
    // Reference Wednesday 2025-11-05: `this Friday` alone would be 2025-11-07; the date says otherwise.
    expect(values('The board meets this Friday, Nov. 14, in Boston.', REF)).toEqual({ 'this Friday, Nov. 14': '2025-11-14' });
  });

  it('reads a weekday of a named week as that week’s day', () => {
    expect(values('They met on Monday of last week and vote on Tuesday next week.', REF)).toEqual({
      'on Monday of last week': '2025-10-27',
      'on Tuesday next week': '2025-11-11',
    });
    // A weekday later in the reference week than the reference day, in the past week.
    expect(values('Talks began on Friday last week.', REF)).toEqual({ 'on Friday last week': '2025-10-31' });
  });

  it('reads holidays fixed to a weekday with an offset, and counts of days from today', () => {
    expect(values('Sales jumped on Black Friday 2024 and on Cyber Monday 2024.', REF)).toEqual({
      'on Black Friday 2024': '2024-11-29',
      'on Cyber Monday 2024': '2024-12-02',
    });
    expect(values('The deal closes three days from today.', REF)).toEqual({ 'three days from today': '2025-11-08' });
  });

  it('reads a part of a bare unit as the unit holding the reference date', () => {
    expect(values('The deal should close by the end of the year; prices rose at the end of the month.', REF)).toEqual({
      'by the end of the year': '2025',
      'at the end of the month': '2025-11',
    });
    // Not a compound, and not a unit with no part before it.
    expect(values('At the end of the year-long inquiry he talked about the week.', REF)).toEqual({});
  });

  it('names the rule of each mention', () => {
    const rules = datesOf('On Friday, November 2, 2025, and yesterday, in May.', REF).map((d) => d.rule);
    expect(rules).toEqual(['en/date-month-day', 'en/date-relative-day', 'en/date-month']);
  });
});
