import type { DatesLocale } from '../types.js';

export const dates: DatesLocale = {
  months: {
    styczeń: 1, stycznia: 1, luty: 2, lutego: 2, marzec: 3, marca: 3, kwiecień: 4, kwietnia: 4, maj: 5, maja: 5,
    czerwiec: 6, czerwca: 6, lipiec: 7, lipca: 7, sierpień: 8, sierpnia: 8, wrzesień: 9, września: 9,
    październik: 10, października: 10, listopad: 11, listopada: 11, grudzień: 12, grudnia: 12,
  },
  weekdays: {
    poniedziałek: 1, wtorek: 2, środa: 3, środę: 3, czwartek: 4, piątek: 5, sobota: 6, sobotę: 6, niedziela: 7, niedzielę: 7,
  },
  relativeDays: { przedwczoraj: -2, wczoraj: -1, dziś: 0, dzisiaj: 0, jutro: 1, pojutrze: 2 },
};
