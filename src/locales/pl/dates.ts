import type { DatesLocale } from '../types.js';
import type { DateUnit, Shift } from '../../dates/locale.js';
import { byForm } from '../forms.js';

/** Every case of each month: nominative, genitive, dative, instrumental, locative. */
const MONTH_FORMS: readonly (readonly string[])[] = [
  ['styczeń', 'stycznia', 'styczniowi', 'styczniem', 'styczniu'],
  ['luty', 'lutego', 'lutemu', 'lutym'],
  ['marzec', 'marca', 'marcowi', 'marcem', 'marcu'],
  ['kwiecień', 'kwietnia', 'kwietniowi', 'kwietniem', 'kwietniu'],
  ['maj', 'maja', 'majowi', 'majem', 'maju'],
  ['czerwiec', 'czerwca', 'czerwcowi', 'czerwcem', 'czerwcu'],
  ['lipiec', 'lipca', 'lipcowi', 'lipcem', 'lipcu'],
  ['sierpień', 'sierpnia', 'sierpniowi', 'sierpniem', 'sierpniu'],
  ['wrzesień', 'września', 'wrześniowi', 'wrześniem', 'wrześniu'],
  ['październik', 'października', 'październikowi', 'październikiem', 'październiku'],
  ['listopad', 'listopada', 'listopadowi', 'listopadem', 'listopadzie'],
  ['grudzień', 'grudnia', 'grudniowi', 'grudniem', 'grudniu'],
];

const WEEKDAY_FORMS: readonly (readonly string[])[] = [
  ['poniedziałek', 'poniedziałku', 'poniedziałkowi', 'poniedziałkiem'],
  ['wtorek', 'wtorku', 'wtorkowi', 'wtorkiem'],
  ['środa', 'środy', 'środzie', 'środę', 'środą'],
  ['czwartek', 'czwartku', 'czwartkowi', 'czwartkiem'],
  ['piątek', 'piątku', 'piątkowi', 'piątkiem'],
  ['sobota', 'soboty', 'sobocie', 'sobotę', 'sobotą'],
  ['niedziela', 'niedzieli', 'niedzielę', 'niedzielą'],
];

/** Adjective stems → shift; each takes every case ending of a hard or soft adjective. */
const HARD = ['y', 'ego', 'emu', 'ym', 'a', 'ej', 'ą', 'e'];
const SOFT = ['i', 'iego', 'iemu', 'im', 'ia', 'iej', 'ią', 'ie'];
const SHIFT_STEMS: ReadonlyArray<[string, readonly string[], Shift]> = [
  ['zeszł', HARD, 'last'],
  ['ubiegł', HARD, 'last'],
  ['minion', HARD, 'last'],
  ['poprzedn', SOFT, 'last'],
  ['ostatn', SOFT, 'last'],
  ['bieżąc', HARD, 'this'],
  ['obecn', HARD, 'this'],
  ['przyszł', HARD, 'next'],
  ['następn', HARD, 'next'],
  ['najbliższ', HARD, 'next'],
  ['nadchodząc', HARD, 'next'],
];

const UNIT_FORMS: ReadonlyArray<[DateUnit, readonly string[]]> = [
  ['day', ['dzień', 'dnia', 'dniu', 'dniem', 'dni', 'dniach', 'dniami', 'dniom', 'doba', 'doby', 'dobę', 'dób']],
  ['week', ['tydzień', 'tygodnia', 'tygodniu', 'tygodniem', 'tygodnie', 'tygodni', 'tygodniach', 'tygodniami']],
  ['weekend', ['weekend', 'weekendu', 'weekendzie', 'weekendem', 'weekendy', 'weekendów']],
  ['month', ['miesiąc', 'miesiąca', 'miesiącu', 'miesiącem', 'miesiące', 'miesięcy', 'miesiącach', 'miesiącami']],
  ['quarter', ['kwartał', 'kwartału', 'kwartale', 'kwartałem', 'kwartały', 'kwartałów']],
  ['year', ['rok', 'roku', 'rokiem', 'lata', 'lat', 'latach', 'latami', 'laty']],
  ['decade', ['dekada', 'dekady', 'dekadzie', 'dekadę', 'dekad', 'dekadach', 'dziesięciolecie', 'dziesięciolecia']],
  ['century', ['stulecie', 'stulecia', 'stuleciu', 'wiek', 'wieku', 'wieki', 'wieków']],
];

export const dates: DatesLocale = {
  months: byForm(MONTH_FORMS.map((forms, i) => [i + 1, forms] as const)),
  monthAbbreviations: {
    sty: 1, lut: 2, mar: 3, kwi: 4, kwiet: 4, cze: 6, czerw: 6, lip: 7, sie: 8, sierp: 8, wrz: 9, wrześ: 9,
    paź: 10, paz: 10, lis: 11, list: 11, gru: 12, grud: 12,
  },
  romanMonths: true,
  weekdays: byForm(WEEKDAY_FORMS.map((forms, i) => [i + 1, forms] as const)),
  capitalizedNames: false,
  relativeDays: {
    przedwczoraj: -2, wczoraj: -1, dziś: 0, dzisiaj: 0, jutro: 1, pojutrze: 2, 'zeszłej nocy': -1, 'ubiegłej nocy': -1,
    'minionej nocy': -1, 'ostatniej nocy': -1, 'dzisiejszej nocy': 0, 'tej nocy': 0, 'dziś rano': 0,
  },
  partsOfDay: ['rano', 'wieczorem', 'wieczór', 'po południu', 'przed południem', 'w nocy', 'nocą', 'nad ranem', 'w południe'],
  shifts: {
    ...Object.fromEntries(SHIFT_STEMS.flatMap(([stem, endings, shift]) => endings.map((e) => [stem + e, shift] as const))),
    ten: 'this', tego: 'this', tym: 'this', tej: 'this', tę: 'this',
  },
  units: byForm(UNIT_FORMS),
  singularUnits: [
    'dzień', 'dniem', 'dobę', 'tydzień', 'tygodniem', 'weekend', 'weekendem', 'miesiąc', 'miesiącem', 'kwartał',
    'kwartałem', 'rok', 'rokiem', 'dekadę', 'dekadą', 'wiek', 'wiekiem', 'tygodniu', 'miesiącu', 'roku', 'weekendzie',
    'tygodnia', 'miesiąca', 'kwartale', 'kwartału',
  ],
  numbers: {
    jeden: 1, jedna: 1, jedno: 1, jednego: 1, jednej: 1, jednym: 1, jedną: 1,
    dwa: 2, dwie: 2, dwóch: 2, dwu: 2, dwoma: 2, dwom: 2, dwiema: 2,
    trzy: 3, trzech: 3, trzema: 3, trzem: 3, cztery: 4, czterech: 4, czterema: 4,
    pięć: 5, pięciu: 5, pięcioma: 5, sześć: 6, sześciu: 6, sześcioma: 6, siedem: 7, siedmiu: 7,
    osiem: 8, ośmiu: 8, dziewięć: 9, dziewięciu: 9, dziesięć: 10, dziesięciu: 10, jedenaście: 11, jedenastu: 11,
    dwanaście: 12, dwunastu: 12, piętnaście: 15, piętnastu: 15, dwadzieścia: 20, dwudziestu: 20,
    trzydzieści: 30, trzydziestu: 30, czterdzieści: 40, czterdziestu: 40, pięćdziesiąt: 50, pięćdziesięciu: 50,
    sto: 100, stu: 100, półtora: 1.5, półtorej: 1.5,
  },
  vagueNumbers: [
    'kilka', 'kilku', 'kilkoma', 'kilkanaście', 'kilkunastu', 'kilkadziesiąt', 'kilkudziesięciu', 'parę', 'paru',
    'wiele', 'wielu', 'setki', 'setek', 'dziesiątki', 'dziesiątek',
  ],
  offsets: {
    temu: { sign: -1, position: 'after' },
    wcześniej: { sign: -1, position: 'after' },
    później: { sign: 1, position: 'after' },
    przed: { sign: -1, position: 'before' },
    za: { sign: 1, position: 'before' },
  },
  spanModifiers: [
    'ostatnich', 'ostatnie', 'ostatnimi', 'najbliższych', 'najbliższe', 'kolejnych', 'kolejne', 'nadchodzących',
    'nadchodzące', 'minionych', 'ubiegłych', 'poprzednich', 'następnych', 'następne', 'przyszłych',
  ],
  periodPrefixes: [
    'na początku', 'z początkiem', 'od początku', 'do początku', 'początek', 'początku', 'pod koniec', 'z końcem',
    'na koniec', 'do końca', 'koniec', 'końca', 'końcem', 'w połowie', 'połowa', 'połowy', 'połowie', 'w środku',
    'na przełomie', 'przełom', 'w pierwszej połowie', 'w drugiej połowie', 'w pierwszych dniach', 'w ostatnich dniach',
    'około', 'ok.',
  ],
  periodParts: ['na początku', 'z początkiem', 'od początku', 'do początku', 'pod koniec', 'z końcem', 'na koniec', 'do końca', 'w połowie', 'w pierwszej połowie', 'w drugiej połowie'],
  unitArticles: [],
  rangeJoiners: ['do', 'i', 'oraz', 'lub', 'albo'],
  prepositions: ['w', 'we', 'na', 'od', 'do', 'z', 'ze', 'dnia', 'w dniu', 'w dniach'],
  weekLinks: ['w', 'we'],
  yearLinks: ['w roku'],
  yearSuffixes: ['r.', 'roku', 'rok', 'r'],
  yearPrefixes: ['rok', 'roku', 'rokiem', 'w roku'],
  seasons: {
    wiosna: 'SP', wiosny: 'SP', wiośnie: 'SP', wiosnę: 'SP', wiosną: 'SP',
    lato: 'SU', lecie: 'SU', latem: 'SU',
    jesień: 'FA', jesieni: 'FA', jesienią: 'FA',
    zima: 'WI', zimy: 'WI', zimie: 'WI', zimę: 'WI', zimą: 'WI',
  },
  seasonAdverbs: ['wiosną', 'latem', 'jesienią', 'zimą'],
  holidays: {
    'boże narodzenie': { month: 12, day: 25 }, 'bożego narodzenia': { month: 12, day: 25 },
    'bożym narodzeniu': { month: 12, day: 25 }, wigilia: { month: 12, day: 24 }, wigilii: { month: 12, day: 24 },
    wigilię: { month: 12, day: 24 }, sylwester: { month: 12, day: 31 }, sylwestra: { month: 12, day: 31 },
    sylwestrze: { month: 12, day: 31 }, 'nowy rok': { month: 1, day: 1 }, 'wszystkich świętych': { month: 11, day: 1 },
    'święto niepodległości': { month: 11, day: 11 }, 'święta niepodległości': { month: 11, day: 11 },
    'dzień niepodległości': { month: 11, day: 11 }, 'dnia niepodległości': { month: 11, day: 11 },
    'święto pracy': { month: 5, day: 1 }, 'święta pracy': { month: 5, day: 1 },
    wielkanoc: { easter: 0 }, wielkanocy: { easter: 0 }, 'wielki piątek': { easter: -2 },
    'wielkiego piątku': { easter: -2 }, 'poniedziałek wielkanocny': { easter: 1 }, 'boże ciało': { easter: 60 },
    'bożego ciała': { easter: 60 }, andrzejki: { month: 11, day: 30 }, walentynki: { month: 2, day: 14 },
  },
  publishedMarkers: ['opublikowano', 'aktualizacja', 'zaktualizowano', 'data publikacji', 'publikacja', 'dodano'],
  numericOrder: 'dmy',
  futureMarkers: [
    'będzie', 'będą', 'będę', 'będziemy', 'będziecie', 'zostanie', 'zostaną', 'odbędzie', 'odbędą', 'ma', 'mają',
    'planuje', 'planują', 'planowane', 'planowany', 'planowana', 'planowanym', 'zaplanowano', 'zaplanowane',
    'zaplanowany', 'zaplanowana', 'zaplanowanym', 'zamierza', 'zamierzają', 'spotka', 'spotkają', 'przyjedzie',
    'przyjadą', 'przyleci', 'przylecą', 'odwiedzi', 'odwiedzą', 'podpisze', 'podpiszą', 'ogłosi', 'ogłoszą',
    'przedstawi', 'przedstawią', 'rozpocznie', 'rozpoczną', 'zacznie', 'zaczną', 'zakończy', 'zakończą',
    'wejdzie', 'wejdą', 'ruszy', 'ruszą', 'zagłosuje', 'zagłosują', 'zbierze', 'zbiorą', 'wystąpi', 'wystąpią',
    'pojedzie', 'pojadą', 'poleci', 'polecą', 'wyda', 'wydadzą', 'opublikuje', 'rozpatrzy', 'zdecyduje',
    'zdecydują', 'potrwa', 'potrwają', 'nastąpi', 'upłynie', 'upływa', 'wygaśnie', 'wybierze', 'wybiorą',
    'zorganizuje', 'przeprowadzi', 'przeprowadzą', 'jutro', 'pojutrze', 'może', 'mogą', 'powinien', 'powinna',
    'powinno', 'powinny', 'powinni', 'musi', 'muszą', 'chce', 'chcą', 'zaplanował', 'zapowiedziano',
  ],
  pastMarkers: ['temu', 'wczoraj', 'przedwczoraj', 'wcześniej', 'niedawno', 'już'],
  pastSuffixes: ['ł', 'ła', 'ło', 'li', 'ły', 'łem', 'łam', 'łeś', 'łaś', 'liśmy', 'łyśmy', 'ano', 'ono', 'ęto', 'yto', 'ito'],
  tenseNeutral: [
    'udział', 'artykuł', 'rozdział', 'wydział', 'dział', 'kościół', 'stół', 'zespół', 'anioł', 'orzeł', 'węzeł',
    'szkoła', 'siła', 'wisła', 'źródło', 'koło', 'czoło', 'dzieło', 'ciało', 'około', 'były', 'była', 'mały', 'cały',
    'biały', 'stały', 'trwały', 'przyszły', 'przyszła', 'zeszły', 'zeszła', 'ubiegły', 'ubiegła', 'wielki', 'jakiegoś', 'ostatnio', 'pani', 'oli', 'doli', 'woli', 'soli', 'roli', 'poli', 'boli', 'wino',
    'kino', 'grono', 'zło', 'dno', 'mało', 'wiele', 'zaplanował', 'zapowiedziano', 'dobrze', 'prawo', 'twierdzono',
  ],
  passiveAuxiliaries: ['będzie', 'będą', 'będę', 'będziemy', 'zostanie', 'zostaną', 'jest', 'są'],
};
