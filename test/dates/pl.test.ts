import { describe, expect, it } from 'vitest';
import { datesOf, values } from './helpers.js';

// 2025-11-05 is a Wednesday (środa).
const REF = '2025-11-05';
const pl = (text: string, ref: string | null = REF) => values(text, ref, 'pl');

describe('Polish date finders', () => {
  it('reads absolute dates in every common format', () => {
    expect(pl('Umowę podpisano 2 listopada 2025 r. w Warszawie.')).toEqual({ '2 listopada 2025 r.': '2025-11-02' });
    expect(pl('Wniosek złożono 05.11.2025 o północy.')).toEqual({ '05.11.2025': '2025-11-05' });
    expect(pl('Ustawa z 5 XI 2025 r. weszła w życie.')).toEqual({ 'z 5 XI 2025 r.': '2025-11-05' });
    expect(pl('Do 15 grudnia 2025 roku trzeba złożyć wniosek.')).toEqual({ 'Do 15 grudnia 2025 roku': '2025-12-15' });
  });

  it('reads weekdays and months in every case', () => {
    expect(pl('W środę premier spotkał się z prezydentem.')).toEqual({ 'W środę': '2025-11-05' });
    expect(pl('We wtorek rozmowy zostały przerwane.')).toEqual({ 'We wtorek': '2025-11-04' });
    expect(pl('W listopadzie ubiegłego roku podpisano umowę.')).toEqual({ 'W listopadzie ubiegłego roku': '2024-11' });
    expect(pl('Od października trwały negocjacje.')).toEqual({ 'Od października': '2025-10' });
  });

  it('moves a weekday forward when the clause is in the future', () => {
    expect(pl('Premier spotka się z nim w piątek.')).toEqual({ 'w piątek': '2025-11-07' });
    expect(pl('W piątek premier spotkał się z nim.')).toEqual({ 'W piątek': '2025-10-31' });
    expect(pl('W sobotę będzie głosowanie.')).toEqual({ 'W sobotę': '2025-11-08' });
  });

  it('reads na początku / pod koniec with the month as the value', () => {
    expect(pl('Na początku grudnia rząd przyjął projekt.', '2025-12-04')).toEqual({ 'Na początku grudnia': '2025-12' });
    expect(pl('Pod koniec sierpnia wojsko się wycofało.')).toEqual({ 'Pod koniec sierpnia': '2025-08' });
  });

  it('reads relative days, periods and counts of units', () => {
    expect(pl('Wczoraj i przedwczoraj padał deszcz.')).toEqual({ Wczoraj: '2025-11-04', przedwczoraj: '2025-11-03' });
    expect(pl('W zeszłym tygodniu Sejm obradował, a w przyszłym miesiącu zagłosuje.')).toEqual({
      'W zeszłym tygodniu': '2025-W44',
      'w przyszłym miesiącu': '2025-12',
    });
    expect(pl('Dwa lata temu i przed rokiem było inaczej. Za tydzień wybory.')).toEqual({
      'Dwa lata temu': '2023',
      'przed rokiem': '2024',
      'Za tydzień': '2025-W46',
    });
    expect(pl('W tym roku i w ubiegłym roku.')).toEqual({ 'W tym roku': '2025', 'w ubiegłym roku': '2024' });
  });

  it('reads weekends, seasons, years and ranges', () => {
    expect(pl('W weekend odbyły się protesty.')).toEqual({ 'W weekend': '2025-11-01' });
    expect(pl('Zimą 2024 spadł śnieg.')).toEqual({ 'Zimą 2024': '2024-WI' });
    expect(pl('W 2019 roku doszło do wyborów.')).toEqual({ 'W 2019 roku': '2019' });
    expect(pl('Od 2 do 5 listopada trwały rozmowy.')).toEqual({ 'Od 2': '2025-11-02', 'do 5 listopada': '2025-11-05' });
  });

  it('marks durations as durations, reported only when asked for', () => {
    expect(datesOf('Konflikt trwa od trzech miesięcy, najdłużej od 100 lat.', REF, 'pl')).toEqual([]);
    const ds = datesOf('Konflikt trwa od trzech miesięcy, najdłużej od 100 lat.', REF, 'pl', true);
    expect(ds.map((d) => [d.text, d.kind, d.value, d.rule])).toEqual([
      ['trzech miesięcy', 'duration', null, 'pl/duration-count'],
      ['100 lat', 'duration', null, 'pl/duration-count'],
    ]);
  });

  it('does not read names or unrelated words as dates', () => {
    expect(pl('Maja i Lis rozmawiali o lipie; sie zdarza.')).toEqual({});
  });
  it('reads a weekday of a named week as that week’s day', () => {
    expect(pl('Spotkali się w poniedziałek w zeszłym tygodniu, a zagłosują we wtorek przyszłego tygodnia.')).toEqual({
      'w poniedziałek w zeszłym tygodniu': '2025-10-27',
      'we wtorek przyszłego tygodnia': '2025-11-11',
    });
  });
  it('reads a part of a bare unit as the unit holding the reference date', () => {
    expect(pl('Decyzja zapadnie pod koniec roku, a ceny wzrosły w połowie miesiąca.')).toEqual({
      'pod koniec roku': '2025',
      'w połowie miesiąca': '2025-11',
    });
  });
});
