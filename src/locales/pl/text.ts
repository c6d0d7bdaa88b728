import type { TextLocale } from '../types.js';

export const text: TextLocale = {
  abbreviations: [
    'tys', 'mln', 'mld', 'bln', 'zł', 'gr', 'r', 'w', 'ok', 'ul', 'al', 'pl', 'np', 'tzw', 'tj', 'itd', 'itp', 'm.in',
    'ds', 'dr', 'hab', 'prof', 'inż', 'mgr', 'gen', 'płk', 'ppłk', 'mjr', 'kpt', 'por', 'ks', 'abp', 'bp', 'św',
    'godz', 'min', 'sek', 'proc', 'pkt', 'nr', 'ew', 'wg', 'zob', 'por', 'red', 'tel', 'jw', 'ang', 'łac', 'niem',
    'st', 'sz', 'im', 'woj', 'pow', 'gm', 'pn', 'pt', 'śr', 'czw', 'sob', 'niedz', 'pon', 'wt',
    'sty', 'lut', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru', 'ub', 'br', 'p.n.e', 'n.e',
  ],
  boilerplateLines: [
    /^czytaj (?:też|także|więcej|dalej)\b/iu,
    /^zobacz (?:też|także|również|więcej)\b/iu,
    /^przeczytaj (?:też|także|również)\b/iu,
    /^(?:fot|foto|źródło)\s*[.:]/iu,
    /^reklama$/iu,
    /^obserwuj nas\b/iu,
    /^[•·▪◦*]\s*[^\d\s][^\d]{0,40}$/u,
  ],
  boilerplateTails: [
    /^(?:polecamy|najczęściej czytane|najnowsze|powiązane artykuły|zobacz również)$/iu,
    /^(?:drodzy czytelnicy|wesprzyj nas)\b/iu,
  ],
};
