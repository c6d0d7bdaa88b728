import type { TextLocale } from '../types.js';

export const text: TextLocale = {
  abbreviations: [
    'tys', 'mln', 'mld', 'bln', 'zł', 'gr', 'r', 'w', 'ok', 'ul', 'al', 'pl', 'np', 'tzw', 'tj', 'tzn', 'itd', 'itp', 'm.in',
    'ds', 'dr', 'hab', 'prof', 'inż', 'mgr', 'lek', 'med', 'gen', 'płk', 'ppłk', 'mjr', 'kpt', 'por', 'ppor', 'chor',
    'sierż', 'st', 'mł', 'asp', 'kom', 'podkom', 'nadkom', 'insp', 'nadinsp', 'bryg', 'nadbryg', 'kmdr', 'adm', 'prok',
    'mec', 'adw', 'red', 'dyr', 'prez', 'ks', 'abp', 'kard', 'o', 'św', 'bł',
    'godz', 'min', 'sek', 'proc', 'pkt', 'nr', 'ew', 'wg', 'ws', 'nt', 'zob', 'tel', 'jw', 'ang', 'łac', 'niem', 'fr',
    'sz', 'im', 'woj', 'pow', 'gm', 'pn', 'pt', 'śr', 'czw', 'sob', 'niedz', 'pon', 'wt', 'ur', 'zm', 'oprac', 'fot',
    'sty', 'lut', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru', 'ub', 'br', 'p.n.e', 'n.e', 'wyd',
  ],
  boilerplateLines: [
    /^(?:czytaj|przeczytaj) (?:też|także|również|więcej|dalej|koniecznie)\b/iu,
    /^zobacz (?:też|także|również|więcej|wideo|film|galerię|zdjęcia)\b/iu,
    /^(?:sprawdź|polecamy|dowiedz się więcej|więcej informacji|więcej na ten temat)\s*[:.]/iu,
    /^(?:fot|foto|źródło|źródła|autor|autorka|oprac|opracowanie|tekst|wideo|wideo|video|grafika|ilustracja)\s*[.:]/iu,
    /^\(?(?:PAP|IAR|PAP\/\w+|AFP|Reuters|AP|oprac\.[^)]{0,40})\)?\.?$/u,
    /^(?:reklama|materiał partnera|materiał sponsorowany|artykuł sponsorowany)$/iu,
    /^obserwuj (?:nas|nasz serwis|[\p{L}\p{N} ]{2,30}) (?:w|na)\b/iu,
    /^(?:masz informacje|wyślij nam|skontaktuj się z nami|napisz do nas)\b/iu,
    /^(?:udostępnij|skomentuj|komentarze)\b/iu,
    /^[•·▪◦*]\s*[^\d\s][^\d]{0,40}$/u,
  ],
  stopwords: ['i', 'w', 'na', 'się', 'że', 'z', 'do', 'nie', 'to', 'jest', 'o', 'jak', 'po', 'od', 'przez', 'dla', 'oraz', 'był', 'była', 'być', 'są', 'już', 'ale', 'tym', 'także'],
  boilerplateTails: [
    /^(?:polecamy|najczęściej czytane|najnowsze|najważniejsze|powiązane artykuły|zobacz również|czytaj również|więcej z kategorii)$/iu,
    /^(?:drodzy czytelnicy|wesprzyj nas|zostań patronem)\b/iu,
    /^(?:tagi|tematy|komentarze)\s*:?$/iu,
  ],
};
