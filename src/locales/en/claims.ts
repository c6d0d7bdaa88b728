import type { ClaimsLocale } from '../types.js';

export const claims: ClaimsLocale = {
  decimalSeparator: '.',
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, dozen: 12, twenty: 20, hundred: 100,
  },
  scaleWords: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 },
  qualifiers: {
    'at least': 'at_least', about: 'approximately', around: 'approximately', nearly: 'approximately',
    'more than': 'more_than', over: 'more_than', 'up to': 'at_most', 'fewer than': 'less_than', 'less than': 'less_than',
  },
};
