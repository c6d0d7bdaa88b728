import type { TextLocale } from '../types.js';

export const text: TextLocale = {
  abbreviations: [
    // Titles and forms of address.
    'dr', 'prof', 'dipl', 'ing', 'med', 'jur', 'phil', 'rer', 'nat', 'hr', 'fr', 'frl', 'st', 'hl', 'sr', 'jr',
    'gen', 'oberst', 'lt', 'hptm', 'maj', 'abg', 'min', 'präs', 'vors', 'stv', 'stellv', 'bürgerm',
    // Common abbreviations that end with a dot inside a sentence.
    'bzw', 'ca', 'usw', 'etc', 'evtl', 'ggf', 'inkl', 'exkl', 'zzgl', 'vgl', 'bspw', 'sog', 'u.a', 'z.b', 'd.h',
    'u.ä', 'o.ä', 'z.t', 'i.d.r', 'u.u', 'v.a', 'm.e', 'z.z', 'zzt', 'ebd', 'geb', 'gest', 'verh', 'led', 'nr', 'nrn',
    'abs', 'art', 'bd', 'bde', 'hrsg', 'jh', 'jhd', 'jhdt', 'kap', 'lt', 'mind', 'rd', 'tel', 'str', 'pl',
    'v.chr', 'n.chr', 'u.s', 'u.s.a', 'e.v', 'co', 'inc', 'corp', 'ltd', 'dt', 'engl', 'franz',
    'ital', 'span', 'lat', 'griech', 'russ', 'amerik', 'österr', 'schweiz', 'ehem', 'einschl', 'entspr', 'allg',
    'erg', 'gem', 'insb', 'jew', 'lfd', 'möbl', 'näml', 'od', 'resp', 'sen', 'spez', 'urspr', 'verst', 'vorm', 'wg',
    'zit', 'zus', 'zw', 'bzgl', 'betr', 'ausschl', 'mrd', 'mio', 'tsd', 'std', 'sek', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  ],
  boilerplateLines: [
    /^(?:mehr|weiter)(?:lesen| zum thema)\b/iu,
    /^lesen sie (?:auch|mehr|hier)\b/iu,
    /^(?:siehe|vgl\.?) auch\b/iu,
    /^(?:foto|bild|quelle|fotos|bilder)\s*:/iu,
    /^anzeige$/iu,
    /^werbung$/iu,
    /^folgen sie uns\b/iu,
    /^(?:teilen|drucken|e-mail|twittern)$/iu,
    /^(?:hier|jetzt) (?:klicken|abonnieren|anmelden)\b/iu,
    /^\(?(?:mit material von|mitarbeit)\b/iu,
    /\b(?:dpa|AFP|Reuters|AP|Getty Images|imago|epa)\s*\/\s*[\p{Lu}][\p{L}.'’ -]*$/u,
    /^[•·▪◦*]\s*[^\d\s][^\d]{0,40}$/u,
  ],
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'zu', 'den', 'von', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'ein', 'eine', 'auch', 'es', 'wird', 'hat', 'sagte', 'werden', 'nach'],
  boilerplateTails: [
    /^(?:das könnte sie auch interessieren|auch interessant|mehr zum thema|weitere artikel|ähnliche artikel)\b/iu,
    /^(?:meistgelesen|am meisten gelesen|top-artikel|empfehlungen)$/iu,
    /^(?:liebe leserinnen und leser|liebe leser|unterstützen sie uns)\b/iu,
    /^(?:themen|schlagworte|verwandte themen)\s*:?$/iu,
  ],
};
