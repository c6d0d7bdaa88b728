import type { ClaimsLocale } from '../types.js';

export const claims: ClaimsLocale = {
  decimalSeparator: ',',
  numberWords: { jeden: 1, dwa: 2, trzy: 3, trzech: 3, cztery: 4, pięć: 5, dziesięć: 10, dwudziestu: 20 },
  scaleWords: { tys: 1e3, tysiąc: 1e3, mln: 1e6, milion: 1e6, mld: 1e9, miliard: 1e9 },
  qualifiers: { 'co najmniej': 'at_least', około: 'approximately', ponad: 'more_than', blisko: 'approximately', do: 'at_most' },
};
