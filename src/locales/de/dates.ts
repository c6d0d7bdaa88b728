import type { DatesLocale } from '../types.js';
import type { DateUnit, Shift } from '../../dates/locale.js';
import { byForm } from '../forms.js';

/** Each month with its Austrian and genitive forms (`Jänner`, `des Märzes`). */
const MONTH_FORMS: readonly (readonly string[])[] = [
  ['januar', 'jänner', 'januars', 'jänners'],
  ['februar', 'feber', 'februars'],
  ['märz', 'märzes'],
  ['april', 'aprils'],
  ['mai', 'mais'],
  ['juni', 'junis'],
  ['juli', 'julis'],
  ['august', 'augusts'],
  ['september', 'septembers'],
  ['oktober', 'oktobers'],
  ['november', 'novembers'],
  ['dezember', 'dezembers'],
];

/** Parts of the day written into a weekday: `Montagabend`, `Freitagmorgen`. */
const DAY_PARTS = ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'];
const WEEKDAY_NAMES = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'];
/** Each weekday with its genitive and plural forms, `Sonnabend`, and the compounds with a part of the day. */
const WEEKDAY_FORMS: readonly (readonly string[])[] = WEEKDAY_NAMES.map((d, i) => [
  d,
  d + 's',
  d + 'e',
  d + 'en',
  ...DAY_PARTS.map((p) => d + p),
  ...(i === 5 ? ['sonnabend', 'sonnabends', 'sonnabende'] : []),
]);

/** Adjective stems → shift; each takes every strong and weak ending. */
const ENDINGS = ['e', 'er', 'en', 'es', 'em'];
const SHIFT_STEMS: ReadonlyArray<[string, Shift]> = [
  ['letzt', 'last'],
  ['vergangen', 'last'],
  ['vorig', 'last'],
  ['zurückliegend', 'last'],
  ['dies', 'this'],
  ['laufend', 'this'],
  ['kommend', 'next'],
  ['nächst', 'next'],
  ['folgend', 'next'],
  ['bevorstehend', 'next'],
];

const UNIT_FORMS: ReadonlyArray<[DateUnit, readonly string[]]> = [
  ['day', ['tag', 'tage', 'tagen', 'tages', 'tags']],
  ['week', ['woche', 'wochen']],
  ['weekend', ['wochenende', 'wochenenden', 'wochenendes']],
  ['month', ['monat', 'monate', 'monaten', 'monats']],
  ['quarter', ['quartal', 'quartale', 'quartalen', 'quartals', 'vierteljahr']],
  ['year', ['jahr', 'jahre', 'jahren', 'jahres', 'jahrs']],
  ['decade', ['jahrzehnt', 'jahrzehnte', 'jahrzehnten', 'jahrzehnts', 'dekade', 'dekaden']],
  ['century', ['jahrhundert', 'jahrhunderte', 'jahrhunderten', 'jahrhunderts']],
];

export const dates: DatesLocale = {
  months: byForm(MONTH_FORMS.map((forms, i) => [i + 1, forms] as const)),
  monthAbbreviations: {
    jan: 1, jän: 1, feb: 2, mär: 3, mrz: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12,
  },
  romanMonths: false,
  weekdays: byForm(WEEKDAY_FORMS.map((forms, i) => [i + 1, forms] as const)),
  capitalizedNames: true,
  // `morgen` alone is left out: the noun `Morgen` (morning, `am Morgen`) is far more common in news, and
  // date words are matched without regard to case.
  relativeDays: {
    vorgestern: -2, gestern: -1, heute: 0, übermorgen: 2, 'morgen früh': 1, 'heute früh': 0, 'gestern früh': -1,
    'heute morgen': 0, 'heute vormittag': 0, 'heute mittag': 0, 'heute nachmittag': 0, 'heute abend': 0, 'heute nacht': 0,
    'gestern morgen': -1, 'gestern vormittag': -1, 'gestern mittag': -1, 'gestern nachmittag': -1, 'gestern abend': -1,
    'gestern nacht': -1, 'vergangene nacht': -1, 'letzte nacht': -1, 'in der nacht zu heute': 0, 'vorgestern abend': -2,
  },
  partsOfDay: ['morgen', 'früh', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht', 'am morgen', 'am vormittag', 'am mittag', 'am nachmittag', 'am abend', 'in der nacht'],
  shifts: {
    ...Object.fromEntries(SHIFT_STEMS.flatMap(([stem, shift]) => ENDINGS.map((e) => [stem + e, shift] as const))),
  },
  units: byForm(UNIT_FORMS),
  singularUnits: ['tag', 'tages', 'woche', 'wochenende', 'monat', 'monats', 'quartal', 'quartals', 'jahr', 'jahres', 'jahrzehnt', 'jahrhundert'],
  numbers: {
    ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
    acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
    hundert: 100, anderthalb: 1.5, eineinhalb: 1.5,
  },
  vagueNumbers: ['einige', 'einigen', 'mehrere', 'mehreren', 'wenige', 'wenigen', 'viele', 'vielen', 'ein paar', 'etliche', 'etlichen', 'zahlreiche', 'zahlreichen', 'hunderte', 'tausende', 'dutzende'],
  offsets: {
    vor: { sign: -1, position: 'before' },
    in: { sign: 1, position: 'before' },
    binnen: { sign: 1, position: 'before' },
    zuvor: { sign: -1, position: 'after' },
    vorher: { sign: -1, position: 'after' },
    davor: { sign: -1, position: 'after' },
    früher: { sign: -1, position: 'after' },
    später: { sign: 1, position: 'after' },
    danach: { sign: 1, position: 'after' },
  },
  spanModifiers: ['letzten', 'vergangenen', 'kommenden', 'nächsten', 'zurückliegenden', 'folgenden', 'vorigen', 'jüngsten'],
  periodPrefixes: [
    'anfang', 'ende', 'mitte', 'beginn', 'zu beginn', 'am anfang', 'am ende', 'gegen ende', 'bis ende', 'seit anfang',
    'seit beginn', 'seit mitte', 'seit ende', 'bis mitte', 'ab anfang', 'ab mitte', 'ab ende', 'in der ersten hälfte',
    'in der zweiten hälfte', 'in den ersten tagen', 'in den letzten tagen', 'um', 'etwa', 'gegen',
  ],
  periodParts: ['anfang', 'ende', 'mitte', 'beginn', 'zu beginn', 'am anfang', 'am ende', 'gegen ende', 'bis ende', 'seit anfang', 'seit beginn', 'seit mitte', 'seit ende', 'bis mitte', 'ab anfang', 'ab mitte', 'ab ende', 'in der ersten hälfte', 'in der zweiten hälfte'],
  unitArticles: ['des', 'der'],
  rangeJoiners: ['bis', 'und', 'oder', 'bis zum'],
  prepositions: ['am', 'im', 'in', 'an', 'seit', 'bis', 'ab', 'vom', 'von', 'zum', 'bis zum', 'vor', 'nach', 'um', 'gegen', 'für', 'des', 'den'],
  weekLinks: ['in der'],
  yearLinks: ['im jahr', 'im jahre', 'des jahres'],
  yearSuffixes: ['n. Chr.', 'v. Chr.', 'u. Z.'],
  yearPrefixes: ['jahr', 'jahre', 'jahres', 'im jahr', 'im jahre', 'des jahres', 'geschäftsjahr', 'haushaltsjahr'],
  seasons: {
    frühling: 'SP', frühlings: 'SP', frühjahr: 'SP', frühjahrs: 'SP', sommer: 'SU', sommers: 'SU', herbst: 'FA',
    herbstes: 'FA', herbsts: 'FA', winter: 'WI', winters: 'WI',
  },
  seasonAdverbs: ['sommers', 'winters'],
  holidays: {
    neujahr: { month: 1, day: 1 }, neujahrstag: { month: 1, day: 1 }, heiligabend: { month: 12, day: 24 },
    'heiligen abend': { month: 12, day: 24 }, 'heiliger abend': { month: 12, day: 24 }, weihnachten: { month: 12, day: 25 },
    weihnachtstag: { month: 12, day: 25 }, 'ersten weihnachtstag': { month: 12, day: 25 },
    'zweiten weihnachtstag': { month: 12, day: 26 }, silvester: { month: 12, day: 31 },
    'tag der deutschen einheit': { month: 10, day: 3 }, 'tag der arbeit': { month: 5, day: 1 },
    valentinstag: { month: 2, day: 14 }, allerheiligen: { month: 11, day: 1 }, nikolaus: { month: 12, day: 6 },
    nikolaustag: { month: 12, day: 6 }, ostern: { easter: 0 }, ostersonntag: { easter: 0 }, ostermontag: { easter: 1 },
    karfreitag: { easter: -2 }, gründonnerstag: { easter: -3 }, pfingsten: { easter: 49 }, pfingstsonntag: { easter: 49 },
    pfingstmontag: { easter: 50 }, 'christi himmelfahrt': { easter: 39 }, himmelfahrt: { easter: 39 },
    fronleichnam: { easter: 60 }, rosenmontag: { easter: -48 }, aschermittwoch: { easter: -46 },
  },
  publishedMarkers: ['veröffentlicht', 'aktualisiert', 'erstellt', 'stand', 'zuletzt aktualisiert', 'erschienen'],
  numericOrder: 'dmy',
  futureMarkers: [
    'wird', 'werden', 'werde', 'wirst', 'soll', 'sollen', 'will', 'wollen', 'plant', 'planen', 'geplant', 'geplante',
    'geplanten', 'beabsichtigt', 'vorgesehen', 'angesetzt', 'anstehende', 'anstehenden', 'bevorstehende',
    'bevorstehenden', 'kommende', 'kommenden', 'nächste', 'nächsten', 'übermorgen', 'demnächst', 'bald', 'künftig',
    'erwartet', 'muss', 'müssen', 'sollte', 'sollten', 'dürfte', 'dürften', 'könnte', 'könnten',
  ],
  pastMarkers: [
    'war', 'waren', 'hatte', 'hatten', 'wurde', 'wurden', 'gestern', 'vorgestern', 'zuvor', 'bereits', 'damals',
    'sagte', 'erklärte', 'teilte', 'berichtete', 'kam', 'kamen', 'ging', 'gingen', 'gab', 'fand', 'fanden', 'starb',
    'starben', 'traf', 'trafen', 'hielt', 'hielten', 'nahm', 'nahmen', 'stand', 'standen', 'fiel', 'fielen', 'stieg',
    'sank', 'begann', 'begannen', 'verließ', 'gewann', 'verlor', 'schrieb', 'sprach', 'rief', 'lag', 'lagen', 'saß',
    'zog', 'brachte', 'dachte', 'wusste', 'kannte', 'nannte', 'brannte', 'ist', 'sind', 'hat', 'haben',
  ],
  pastSuffixes: ['te', 'ten', 'tet', 'tete', 'teten'],
  tenseNeutral: [
    'heute', 'leute', 'beute', 'meute', 'flotte', 'mitte', 'bitte', 'hütte', 'stätte', 'platte', 'watte', 'latte',
    'kette', 'wette', 'rente', 'ente', 'karte', 'warte', 'gärten', 'arten', 'daten', 'staaten', 'taten', 'soldaten',
    'kandidaten', 'seiten', 'zeiten', 'leuten', 'minuten', 'konten', 'posten', 'kosten', 'osten', 'westen', 'untersten',
    'ersten', 'letzten', 'meisten', 'nächsten', 'besten', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte', 'dritte',
    'vierte', 'fünfte', 'zweite', 'erste', 'letzte', 'nächste', 'gute', 'bitten', 'mitten', 'hätte', 'hätten',
    'könnte', 'könnten', 'sollte', 'sollten', 'dürfte', 'dürften', 'müsste', 'müssten', 'wollte', 'wollten', 'möchte',
  ],
  passiveAuxiliaries: ['wird', 'werden', 'werde', 'soll', 'sollen', 'ist', 'sind'],
};
