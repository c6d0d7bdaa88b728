import type { ClaimsLocale } from '../types.js';

const UNITS: Array<[number, string]> = [
  [1, 'ein'], [2, 'zwei'], [3, 'drei'], [4, 'vier'], [5, 'fünf'], [6, 'sechs'], [7, 'sieben'], [8, 'acht'], [9, 'neun'],
];
const TENS: Array<[number, string]> = [
  [20, 'zwanzig'], [30, 'dreißig'], [40, 'vierzig'], [50, 'fünfzig'], [60, 'sechzig'], [70, 'siebzig'], [80, 'achtzig'],
  [90, 'neunzig'],
];

/**
 * Spelled-out cardinals. German writes them as one word up to 999 999 (`einundzwanzig`, `zweihundert`);
 * the common ones are listed: 0–20, every tens, 21–99, the hundreds, and their rare case forms
 * (`zweier`, `dreien`). `ein`/`eine` are the article: a number only before a scale word (see `oneWords`).
 */
const numberWords: Record<string, number> = {
  null: 0, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
  zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zweier: 2, dreier: 3, zweien: 2, dreien: 3, vieren: 4, fünfen: 5, zwölfen: 12, hundert: 100, einhundert: 100,
  tausend: 1000, eintausend: 1000, zwo: 2, dutzend: 12,
};
for (const [t, tw] of TENS) {
  numberWords[tw] = t;
  for (const [u, uw] of UNITS) numberWords[`${uw}und${tw}`] = t + u;
}
for (const [u, uw] of UNITS.slice(1)) {
  numberWords[`${uw}hundert`] = u * 100;
  numberWords[`${uw}tausend`] = u * 1000;
}
numberWords['zehntausend'] = 1e4;
numberWords['hunderttausend'] = 1e5;

const scaleForms: Array<[number, string[]]> = [
  [1e3, ['tausend', 'tausende', 'tausenden', 'tsd']],
  [1e6, ['million', 'millionen', 'mio']],
  [1e9, ['milliarde', 'milliarden', 'mrd', 'mia']],
  [1e12, ['billion', 'billionen', 'bio']],
  [100, ['hundert']],
];
const scaleWords: Record<string, number> = {};
for (const [v, ws] of scaleForms) for (const w of ws) scaleWords[w] = v;

/** Counted nouns of the news whose base form no suffix rule finds, every form → base form. */
const nouns: Array<[string, string[]]> = [
  ['mensch', ['menschen', 'mensch', 'menschenleben']],
  ['person', ['personen', 'person']],
  ['tote', ['tote', 'toten', 'todesopfer']],
  ['verletzte', ['verletzte', 'verletzten', 'schwerverletzte', 'schwerverletzten', 'leichtverletzte']],
  ['opfer', ['opfer', 'opfern']],
  ['kind', ['kinder', 'kindern', 'kind']],
  ['frau', ['frauen', 'frau']],
  ['mann', ['männer', 'männern', 'mann']],
  ['soldat', ['soldaten', 'soldat']],
  ['polizist', ['polizisten', 'polizist']],
  ['zivilist', ['zivilisten', 'zivilist']],
  ['einwohner', ['einwohner', 'einwohnern']],
  ['bewohner', ['bewohner', 'bewohnern']],
  ['flüchtling', ['flüchtlinge', 'flüchtlingen', 'flüchtling']],
  ['migrant', ['migranten', 'migrant']],
  ['mitarbeiter', ['mitarbeiter', 'mitarbeitern', 'mitarbeiterinnen', 'beschäftigte', 'beschäftigten']],
  ['arbeitsplatz', ['arbeitsplätze', 'arbeitsplätzen', 'arbeitsplatz', 'stellen']],
  ['schüler', ['schüler', 'schülern', 'schülerinnen']],
  ['student', ['studenten', 'studierende', 'studierenden']],
  ['passagier', ['passagiere', 'passagieren', 'fahrgäste', 'fahrgästen']],
  ['demonstrant', ['demonstranten', 'demonstrantinnen']],
  ['teilnehmer', ['teilnehmer', 'teilnehmern', 'teilnehmerinnen']],
  ['besucher', ['besucher', 'besuchern']],
  ['häftling', ['häftlinge', 'häftlingen', 'gefangene', 'gefangenen']],
  ['geisel', ['geiseln']],
  ['kämpfer', ['kämpfer', 'kämpfern']],
  ['jahr', ['jahre', 'jahren', 'jahr', 'jahres', 'jährige', 'jährigen', 'jähriger', 'jähriges']],
  ['monat', ['monate', 'monaten', 'monat', 'monats']],
  ['woche', ['wochen', 'woche']],
  ['tag', ['tage', 'tagen', 'tag', 'tages']],
  ['stunde', ['stunden', 'stunde']],
  ['minute', ['minuten', 'minute']],
  ['sekunde', ['sekunden', 'sekunde']],
  ['jahrzehnt', ['jahrzehnte', 'jahrzehnten', 'jahrzehnt']],
  ['jahrhundert', ['jahrhunderte', 'jahrhunderten', 'jahrhundert']],
  ['kilometer', ['kilometer', 'kilometern', 'kilometers']],
  ['meter', ['meter', 'metern']],
  ['tonne', ['tonnen', 'tonne']],
  ['liter', ['liter', 'litern']],
  ['hektar', ['hektar']],
  ['stimme', ['stimmen', 'stimme']],
  ['sitz', ['sitze', 'sitzen', 'mandate', 'mandaten']],
  ['land', ['länder', 'ländern', 'staaten']],
  ['haus', ['häuser', 'häusern', 'gebäude', 'gebäuden', 'wohnungen']],
  ['fahrzeug', ['fahrzeuge', 'fahrzeugen', 'autos', 'busse', 'bussen']],
  ['schiff', ['schiffe', 'schiffen', 'boote', 'booten']],
  ['flugzeug', ['flugzeuge', 'flugzeugen']],
  ['angriff', ['angriffe', 'angriffen', 'anschläge', 'anschlägen', 'luftangriffe', 'luftangriffen']],
  ['fall', ['fälle', 'fällen', 'infektionen', 'neuinfektionen']],
];
const unitNouns: Record<string, string> = {};
for (const [base, ws] of nouns) for (const w of ws) unitNouns[w] = base;

export const claims: ClaimsLocale = {
  decimalSeparator: ',',
  numberWords,
  oneWords: ['ein', 'eine', 'einer', 'einen', 'einem', 'eines'],
  scaleWords,
  scaleSuffixes: { Mio: 1e6, Mrd: 1e9, Tsd: 1e3, k: 1e3 },
  moneyOnlyScales: ['k'],
  fractionWords: {
    halb: 2, halbe: 2, halben: 2, hälfte: 2, drittel: 3, viertel: 4, fünftel: 5, sechstel: 6, siebtel: 7, achtel: 8,
    zehntel: 10, hundertstel: 100, tausendstel: 1000,
  },
  numberJoiners: ['und'],
  negativeWords: ['minus'],
  pointWords: ['komma'],
  qualifiers: {
    mindestens: 'at_least', wenigstens: 'at_least', 'nicht weniger als': 'at_least', 'mind .': 'at_least',
    'zumindest': 'at_least',
    rund: 'approximately', etwa: 'approximately', ungefähr: 'approximately', circa: 'approximately', 'ca .': 'approximately',
    zirka: 'approximately', fast: 'approximately', beinahe: 'approximately', nahezu: 'approximately', knapp: 'approximately',
    annähernd: 'approximately', schätzungsweise: 'approximately', 'gut': 'approximately', 'um die': 'approximately',
    'an die': 'approximately', 'geschätzte': 'approximately', 'geschätzten': 'approximately', 'rd .': 'approximately',
    'mehr als': 'more_than', über: 'more_than', 'weit über': 'more_than', 'gut über': 'more_than', 'knapp über': 'more_than',
    'über die': 'more_than', oberhalb: 'more_than', 'mehr denn': 'more_than',
    'bis zu': 'at_most', höchstens: 'at_most', maximal: 'at_most', 'max .': 'at_most', 'nicht mehr als': 'at_most',
    'allenfalls': 'at_most',
    'weniger als': 'less_than', unter: 'less_than', 'knapp unter': 'less_than', 'gut unter': 'less_than', unterhalb: 'less_than',
    'nicht einmal': 'less_than',
  },
  postQualifiers: {
    'oder mehr': 'at_least', 'und mehr': 'at_least', 'oder weniger': 'at_most', 'und mehr als': 'at_least',
  },
  unitSharers: ['oder', 'und', 'bis', 'beziehungsweise', 'bzw'],
  rangeOpeners: { zwischen: ['und'], von: ['bis'] },
  rangeJoiners: ['-', '–', '—', 'bis'],
  changeVerbs: [
    'stieg', 'stiegen', 'steigt', 'steigen', 'gestiegen', 'sank', 'sanken', 'sinkt', 'sinken', 'gesunken', 'fiel', 'fielen',
    'fällt', 'fallen', 'gefallen', 'wuchs', 'wuchsen', 'wächst', 'gewachsen', 'erhöhte', 'erhöhten', 'erhöht', 'erhöhen',
    'senkte', 'senkten', 'gesenkt', 'senken', 'verringerte', 'verringert', 'reduzierte', 'reduziert', 'kletterte',
    'klettert', 'geklettert', 'verdoppelte', 'verdoppelt', 'halbierte', 'halbiert', 'anstieg', 'rückgang', 'zuwachs',
    'erhöhung', 'senkung', 'sprang', 'gesprungen', 'schrumpfte', 'geschrumpft', 'zulegte', 'zugelegt', 'verlor', 'verloren',
  ],
  currencySymbols: { '€': 'EUR', $: 'USD', US$: 'USD', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', CHF: 'CHF', Fr: 'CHF', 'Fr .': 'CHF', zł: 'PLN' },
  currencyWords: {
    euro: 'EUR', eur: 'EUR', dollar: 'USD', 'us-dollar': 'USD', usd: 'USD', pfund: 'GBP', gbp: 'GBP',
    franken: 'CHF', 'schweizer franken': 'CHF', chf: 'CHF', yen: 'JPY', jpy: 'JPY', yuan: 'CNY', renminbi: 'CNY',
    rubel: 'RUB', rub: 'RUB', zloty: 'PLN', złoty: 'PLN', pln: 'PLN', kronen: 'SEK', krone: 'SEK', lira: 'TRY',
    rupien: 'INR', rupie: 'INR', mark: 'DEM', 'd-mark': 'DEM', dm: 'DEM', schilling: 'ATS', hrywnja: 'UAH', griwna: 'UAH',
  },
  moneySubunits: { cent: 'cent', cents: 'cent', ct: 'cent', pfennig: 'pfennig', rappen: 'rappen', kopeken: 'kopeke' },
  percentWords: {
    '%': 'percent', prozent: 'percent', 'v. h .': 'percent', prozentpunkte: 'percentage point', prozentpunkten: 'percentage point',
    prozentpunkt: 'percentage point', promille: 'permille', '‰': 'permille', basispunkte: 'basis point',
  },
  unitAbbreviations: {
    km: 'km', m: 'm', cm: 'cm', mm: 'mm', kg: 'kg', g: 'g', mg: 'mg', t: 't', l: 'l', ml: 'ml', ha: 'ha', 'km/h': 'km/h',
    kw: 'kW', mw: 'MW', gw: 'GW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', gb: 'GB', mb: 'MB', tb: 'TB',
    '°c': '°C', '°': 'Grad', qm: 'm²', 'm²': 'm²', 'km²': 'km²', std: 'Stunde', min: 'Minute', sek: 'Sekunde',
    h: 'Stunde', s: 'Sekunde', ps: 'PS', stk: 'Stück', einw: 'Einwohner',
  },
  unitNouns,
  // Plural endings of German nouns are not regular enough to strip blindly: only the safest ones.
  lemmaSuffixes: [['innen', 'in'], ['ungen', 'ung'], ['heiten', 'heit'], ['keiten', 'keit'], ['schaften', 'schaft']],
  lemmaKeep: ['ung', 'heit', 'keit', 'schaft', 'nis'],
  pluralMarksHead: false,
  adjectiveSuffixes: [
    'ische', 'ischen', 'ischer', 'isches', 'liche', 'lichen', 'licher', 'liches', 'ige', 'igen', 'iger', 'iges',
    'ene', 'enen', 'ener', 'te', 'ten', 'ter', 'tes', 'ste', 'sten', 'ster',
  ],
  stopWords: [
    'und', 'oder', 'aber', 'sowie', 'doch', 'denn', 'dass', 'daß', 'ob', 'weil', 'wenn', 'als', 'wie', 'da', 'so',
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines', 'in', 'im', 'an', 'am',
    'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'vor', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'um',
    'durch', 'gegen', 'ohne', 'seit', 'bis', 'während', 'wegen', 'zwischen', 'laut', 'pro', 'je', 'ist', 'sind', 'war',
    'waren', 'wird', 'werden', 'wurde', 'wurden', 'sei', 'seien', 'hat', 'haben', 'hatte', 'hatten', 'habe', 'kann',
    'können', 'soll', 'sollen', 'muss', 'müssen', 'sich', 'nicht', 'auch', 'noch', 'schon', 'bereits', 'nur', 'etwa',
    'rund', 'mehr', 'weniger', 'als', 'es', 'er', 'sie', 'wir', 'ihr', 'ihre', 'sein', 'seine', 'dieser', 'diese',
    'dieses', 'jeder', 'jede', 'jedes', 'alle', 'insgesamt', 'davon', 'darunter', 'jährlich', 'täglich', 'monatlich',
    'zusammen', 'jeweils', 'uhr', 'gestern', 'heute', 'dort', 'hier', 'damit', 'dabei',
  ],
  categoryUnits: {
    vessels: ['schiff', 'boot', 'fischerboot', 'kriegsschiff', 'tanker', 'frachter', 'fähre', 'jacht', 'u-boot'],
    attacks: ['angriff', 'anschlag', 'luftangriff', 'raketenangriff', 'drohnenangriff', 'explosion', 'bombardierung', 'attacke'],
    people: [
      'mensch', 'person', 'kind', 'frau', 'mann', 'soldat', 'polizist', 'zivilist', 'einwohner', 'bewohner', 'flüchtling',
      'migrant', 'mitarbeiter', 'schüler', 'student', 'passagier', 'demonstrant', 'teilnehmer', 'besucher', 'häftling',
      'geisel', 'kämpfer', 'opfer',
    ],
    deaths: ['tote', 'todesopfer', 'leiche'],
    injuries: ['verletzte'],
    duration: ['jahr', 'monat', 'woche', 'tag', 'stunde', 'minute', 'sekunde', 'jahrzehnt', 'jahrhundert'],
  },
  categoryCues: {
    deaths: ['getötet', 'tot', 'starb', 'starben', 'gestorben', 'ums leben', 'tödlich', 'umgekommen', 'kamen', 'ermordet', 'erschossen', 'ertrunken', 'opfer'],
    injuries: ['verletzt', 'verwundet', 'verletzung', 'krankenhaus'],
    attacks: ['angriff', 'anschlag', 'attack', 'bombard', 'beschuss'],
  },
  objectVerbs: ['tötete', 'töteten', 'getötet', 'verletzte', 'verletzten', 'verletzt', 'tötet', 'verwundete'],
  verbInSpan: false,
  monthWords: [
    'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  ],
  capitalizedMonths: true,
  yearCuesBefore: ['im', 'jahr', 'jahre', 'jahres', 'seit', 'bis', 'ab', 'von', 'vor', 'nach', 'anfang', 'ende', 'mitte', 'frühjahr', 'sommer', 'herbst', 'winter', 'saison', 'wahl', 'um'],
  yearCuesAfter: ['n. chr .', 'v. chr .', 'wahl', 'saison'],
  timeCuesAfter: ['uhr', 'h', 'mez', 'mesz', 'utc', 'ortszeit'],
  timeCuesBefore: ['um', 'gegen', 'ab', 'bis'],
  labelWords: [
    'artikel', 'art', 'paragraf', 'paragraph', '§', 'absatz', 'abs', 'nummer', 'nr', 'seite', 's', 'kapitel', 'band',
    'bd', 'zimmer', 'raum', 'gleis', 'linie', 'flug', 'route', 'autobahn', 'bundesstraße', 'platz', 'runde', 'spieltag',
    'etappe', 'folge', 'staffel', 'version', 'modell', 'klasse', 'stufe', 'phase', 'kategorie', 'division', 'brigade',
    'bataillon', 'regiment', 'korps', 'a', 'b', 'l', 'k', 'tabelle', 'anhang', 'anlage', 'buchstabe', 'ziffer', 'punkt',
    'windows', 'iphone', 'galaxy', 'formel', 'covid', 'liga', 'bundesliga', 'haus', 'hausnummer', 'block', 'terminal',
  ],
  ordinalSuffixes: ['ter', 'te', 'ten', 'tes', 'ste', 'sten', 'ster'],
  pronounOneBefore: ['der', 'die', 'das', 'kein', 'keine', 'keiner', 'jeder', 'jede', 'irgend', 'so', 'noch', 'nur', 'manch'],
  pronounOneAfter: ['anderen', 'andere', 'anderer', 'paar', 'mal', 'bisschen', 'wenig', 'oder', 'und', 'von', 'der', 'des'],
};
