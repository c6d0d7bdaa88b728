import type { SpeakersLocale } from '../types.js';
import { firstNames } from './first-names.js';

/**
 * Titles and roles in the nominative, masculine and feminine, one word each where possible
 * (every word of a title becomes a title word, so `minister finansów` would make `finansów` one).
 */
const nominative = [
  // state and government
  'prezydent', 'prezydentka', 'wiceprezydent', 'premier', 'premierka', 'wicepremier', 'wicepremierka', 'minister',
  'ministra', 'wiceminister', 'wiceministra', 'sekretarz', 'podsekretarz', 'kanclerz', 'kanclerka', 'król', 'królowa',
  'książę', 'monarcha', 'przywódca', 'przywódczyni', 'lider', 'liderka', 'szef', 'szefowa', 'wiceszef', 'wiceszefowa',
  'rzecznik', 'rzeczniczka', 'rzecznik prasowy', 'rzeczniczka prasowa', 'szef dyplomacji', 'dyplomata', 'dyplomatka',
  'ambasador', 'ambasadorka', 'konsul', 'wysłannik', 'wysłanniczka', 'emisariusz', 'pełnomocnik', 'pełnomocniczka',
  'urzędnik', 'urzędniczka', 'doradca', 'doradczyni', 'asystent', 'asystentka', 'współpracownik', 'współpracowniczka',
  'przedstawiciel', 'przedstawicielka', 'komisarz', 'komisarka', 'gubernator', 'senator', 'senatorka', 'kongresmen',
  // parliament and parties
  'marszałek', 'marszałkini', 'wicemarszałek', 'wicemarszałkini', 'poseł', 'posłanka', 'europoseł', 'europosłanka',
  'parlamentarzysta', 'parlamentarzystka', 'deputowany', 'deputowana', 'przewodniczący', 'przewodnicząca',
  'wiceprzewodniczący', 'wiceprzewodnicząca', 'polityk', 'polityczka', 'działacz', 'działaczka', 'kandydat',
  'kandydatka', 'sekretarz generalny', 'prezes', 'prezeska', 'wiceprezes', 'wiceprezeska', 'członek', 'członkini',
  // local government
  'wojewoda', 'wicewojewoda', 'starosta', 'burmistrz', 'burmistrzyni', 'wójt', 'sołtys', 'sołtyska', 'radny', 'radna',
  'samorządowiec', 'prezydent miasta',
  // justice, police, services
  'prokurator', 'prokuratorka', 'prokurator generalny', 'sędzia', 'sędzina', 'adwokat', 'adwokatka', 'mecenas',
  'obrońca', 'obrończyni', 'radca', 'prawnik', 'prawniczka', 'śledczy', 'komendant', 'komendantka', 'policjant',
  'policjantka', 'funkcjonariusz', 'funkcjonariuszka', 'strażak', 'ratownik', 'ratowniczka', 'inspektor',
  'inspektorka', 'oficer', 'żołnierz', 'dowódca', 'generał', 'admirał', 'pułkownik',
  // business, economy, science
  'dyrektor', 'dyrektorka', 'wicedyrektor', 'kierownik', 'kierowniczka', 'menedżer', 'menedżerka', 'zarządca',
  'właściciel', 'właścicielka', 'założyciel', 'założycielka', 'przedsiębiorca', 'inwestor', 'ekonomista',
  'ekonomistka', 'analityk', 'analityczka', 'ekspert', 'ekspertka', 'specjalista', 'specjalistka', 'naukowiec',
  'badacz', 'badaczka', 'profesor', 'profesorka', 'socjolog', 'socjolożka', 'politolog', 'politolożka', 'historyk',
  'historyczka', 'prawnik', 'klimatolog', 'meteorolog', 'synoptyk', 'synoptyczka', 'hydrolog', 'geolog',
  // health
  'lekarz', 'lekarka', 'medyk', 'pielęgniarka', 'pielęgniarz', 'ratownik medyczny', 'wirusolog', 'wirusolożka',
  'epidemiolog', 'epidemiolożka', 'immunolog', 'kardiolog', 'psycholog', 'psycholożka', 'psychiatra', 'farmaceuta',
  'farmaceutka', 'inspektor sanitarny',
  // sport
  'trener', 'trenerka', 'szkoleniowiec', 'selekcjoner', 'selekcjonerka', 'zawodnik', 'zawodniczka', 'piłkarz',
  'piłkarka', 'napastnik', 'obrońca', 'pomocnik', 'bramkarz', 'golkiper', 'kapitan', 'skoczek', 'tenisista',
  'tenisistka', 'siatkarz', 'siatkarka', 'lekkoatleta', 'lekkoatletka', 'kolarz', 'kierowca', 'sportowiec',
  'mistrz', 'mistrzyni', 'medalista', 'medalistka', 'olimpijczyk', 'olimpijka',
  // church, culture, media, others
  'papież', 'kardynał', 'arcybiskup', 'biskup', 'ksiądz', 'duchowny', 'proboszcz', 'rabin', 'imam', 'pisarz', 'pisarka',
  'aktor', 'aktorka', 'reżyser', 'reżyserka', 'dziennikarz', 'dziennikarka', 'publicysta', 'publicystka', 'redaktor',
  'redaktorka', 'autor', 'autorka', 'artysta', 'artystka', 'nauczyciel', 'nauczycielka', 'dyrektor szkoły', 'rektor',
  'aktywista', 'aktywistka', 'związkowiec', 'rolnik', 'mieszkaniec', 'mieszkanka', 'świadek', 'uczestnik',
  'uczestniczka', 'organizator', 'organizatorka', 'wolontariusz', 'wolontariuszka', 'pacjent', 'pacjentka',
  'poszkodowany', 'poszkodowana', 'ofiara', 'kierowca',
  // abbreviations and honorifics written before a name
  'dr', 'prof', 'hab', 'inż', 'mgr', 'mec', 'prok', 'gen', 'płk', 'kpt', 'mjr', 'insp', 'kom', 'podkom', 'nadkom',
  'asp', 'sierż', 'st', 'bryg', 'nadbryg', 'ks', 'abp', 'pan', 'pani',
];

/**
 * The genitive (and a few other oblique forms) of the titles most often met as sources in an
 * oblique phrase: `zdaniem ministra`, `według rzeczniczki`, `słowa premiera`, `rzecznik prezydenta`.
 */
const oblique = [
  'prezydenta', 'premiera', 'premierki', 'wicepremiera', 'ministry', 'wiceministra', 'wiceministry', 'rzecznika',
  'rzeczniczki', 'szefa', 'szefowej', 'przywódcy', 'lidera', 'liderki', 'marszałka', 'marszałkini', 'posła',
  'posłanki', 'europosła', 'europosłanki', 'prezesa', 'prezeski', 'dyrektora', 'dyrektorki', 'ambasadora',
  'dyplomaty', 'kanclerza', 'wojewody', 'burmistrza', 'burmistrzyni', 'wójta', 'starosty', 'prokuratora',
  'prokuratorki', 'sędziego', 'sędzi', 'adwokata', 'obrońcy', 'komendanta', 'eksperta', 'ekspertki', 'ekonomisty',
  'ekonomistki', 'analityka', 'analityczki', 'lekarza', 'lekarki', 'naukowca', 'profesora', 'trenera', 'trenerki',
  'szkoleniowca', 'selekcjonera', 'polityka', 'polityczki', 'przewodniczącego', 'przewodniczącej', 'doradcy',
  'urzędnika', 'przedstawiciela', 'przedstawicielki', 'senatora', 'sekretarza', 'kapitana', 'zawodnika',
  'zawodniczki', 'piłkarza', 'napastnika', 'bramkarza', 'wirusologa', 'epidemiologa', 'synoptyka',
];

export const speakers: SpeakersLocale = {
  titles: [...new Set([...nominative, ...oblique])],
  groupWords: [
    // genitive plurals, as after `zdaniem`, `według`: zdaniem ekspertów, według analityków
    'ekspertów', 'analityków', 'urzędników', 'specjalistów', 'naukowców', 'lekarzy', 'mieszkańców', 'świadków',
    'polityków', 'ekonomistów', 'badaczy', 'śledczych', 'prokuratorów', 'źródeł',
    'urzędnicy', 'źródła', 'eksperci', 'analitycy', 'władze', 'mieszkańcy', 'mieszkanki', 'świadkowie',
    'protestujący', 'demonstranci', 'dyplomaci', 'politycy', 'posłowie', 'senatorowie', 'europosłowie', 'radni',
    'ministrowie', 'śledczy', 'krytycy', 'zwolennicy', 'przeciwnicy', 'aktywiści', 'ekolodzy', 'obserwatorzy',
    'ekonomiści', 'naukowcy', 'badacze', 'lekarze', 'medycy', 'ratownicy', 'pielęgniarki', 'farmaceuci',
    'prokuratorzy', 'sędziowie', 'adwokaci', 'prawnicy', 'policjanci', 'funkcjonariusze', 'strażacy', 'żołnierze',
    'wojskowi', 'doradcy', 'przedstawiciele', 'członkowie', 'synoptycy', 'meteorolodzy', 'hydrolodzy', 'samorządowcy',
    'związkowcy', 'nauczyciele', 'rodzice', 'uczniowie', 'studenci', 'rolnicy', 'przedsiębiorcy', 'pracodawcy',
    'pracownicy', 'kierowcy', 'pasażerowie', 'kibice', 'piłkarze', 'zawodnicy', 'organizatorzy', 'wolontariusze',
    'sojusznicy', 'przywódcy', 'liderzy', 'dowódcy', 'ludowcy', 'opozycjoniści', 'sondażownie', 'specjaliści',
  ],
  firstNames,
  // With their oblique forms, as met after `według`, `zdaniem`: `według niego`, `jej zdaniem`.
  pronouns: { on: 'm', ona: 'f', oni: 'p', one: 'p', ono: 'n', niego: 'm', niej: 'f', nich: 'p', nim: 'm', nią: 'f' },
  spokesTitles: ['rzecznik', 'rzeczniczka', 'przedstawiciel', 'przedstawicielka', 'przedstawiciele', 'źródło', 'źródła'],
  nameParticles: ['de', 'del', 'da', 'do', 'dos', 'di', 'van', 'von', 'der', 'la', 'le', 'al', 'bin', 'ibn'],
  bylineWord: 'autor',
  firstPersonPronouns: ['ja', 'my'],
  relativePronouns: ['który', 'która', 'które', 'którzy'],
  determiners: [
    'ten', 'ta', 'to', 'ci', 'te', 'tamten', 'tamta', 'jego', 'jej', 'ich', 'nasz', 'nasza', 'nasi', 'jeden', 'jedna',
    'pewien', 'pewna', 'inny', 'inna', 'inni', 'kolejny', 'kolejna',
  ],
  indefiniteDeterminers: [],
  modifiers: [
    'były', 'była', 'byli', 'obecny', 'obecna', 'nowy', 'nowa', 'ówczesny', 'ówczesna', 'dotychczasowy',
    'dotychczasowa', 'wieloletni', 'wieloletnia', 'pełniący', 'pełniąca', 'obowiązki', 'prasowy', 'prasowa',
    'generalny', 'generalna', 'naczelny', 'naczelna', 'główny', 'główna', 'krajowy', 'krajowa', 'honorowy', 'honorowa',
    'ds', 'wicepremier', 'zastępca', 'zastępczyni',
  ],
  adjectiveSuffixes: ['ski', 'ska', 'cki', 'cka', 'dzki', 'dzka', 'ny', 'na', 'owy', 'owa'],
  connectors: ['w', 'ds', 'do', 'spraw', 'z', 'nad', 'przy', 'dla'],
  adjuncts: [
    'też', 'także', 'również', 'jednak', 'już', 'wcześniej', 'ponadto', 'natomiast', 'zaś', 'wówczas', 'potem',
    'następnie', 'jeszcze', 'zresztą', 'wtedy', 'dziś', 'dzisiaj', 'wczoraj', 'teraz', 'obecnie', 'później', 'niedawno',
    'ostatnio', 'wkrótce', 'ponownie', 'znów', 'znowu', 'nadal', 'wciąż', 'dodatkowo', 'tymczasem', 'bowiem', 'więc',
    'zatem', 'przecież', 'jednocześnie', 'równocześnie', 'wprost', 'otwarcie', 'publicznie', 'krótko', 'stanowczo',
    'wyraźnie', 'jasno', 'dobitnie', 'ostro', 'spokojnie', 'ironicznie', 'półżartem', 'nieoficjalnie', 'oficjalnie',
    'anonimowo', 'kategorycznie', 'jednoznacznie', 'zdecydowanie', 'szczerze', 'wielokrotnie', 'niejednokrotnie',
    'osobiście', 'ostatecznie', 'rano', 'wieczorem', 'nam', 'mi',
  ],
  organizationWords: [
    'ministerstwo', 'resort', 'kreml', 'rząd', 'gabinet', 'administracja', 'departament', 'urząd', 'agencja', 'rada',
    'komisja', 'komitet', 'partia', 'klub', 'koalicja', 'policja', 'komenda', 'prokuratura', 'straż', 'inspekcja',
    'inspektorat', 'armia', 'wojsko', 'dowództwo', 'sztab', 'sąd', 'trybunał', 'parlament', 'sejm', 'senat', 'kongres',
    'biały dom', 'pentagon', 'fundacja', 'instytut', 'uniwersytet', 'uczelnia', 'spółka', 'firma', 'koncern', 'grupa',
    'związek', 'stowarzyszenie', 'organizacja', 'federacja', 'izba', 'bank', 'fundusz', 'zakład', 'biuro', 'centrum',
    'ośrodek', 'szpital', 'kancelaria', 'ratusz', 'magistrat', 'gmina', 'starostwo', 'samorząd', 'duma', 'władze',
    // Acronyms (MSZ, MON, PiS) are left out: as head words they would turn `szef MSZ` or `polityk PiS` into an organization.
  ],
  mediaWords: [
    'gazeta', 'dziennik', 'agencja', 'agencja prasowa', 'portal', 'serwis', 'telewizja', 'stacja', 'tygodnik',
    'miesięcznik', 'radio', 'rozgłośnia', 'media', 'tass', 'ria', 'interfax', 'reuters', 'reutera', 'pap', 'iar', 'afp',
    'ap', 'dpa', 'ansa', 'ukrinform', 'unian', 'bbc', 'cnn', 'bloomberg', 'politico', 'axios', 'onet', 'interia', 'wp',
    'tvn', 'tvn24', 'tvp', 'tvp info', 'polsat', 'polsat news', 'rmf', 'rmf fm', 'zet', 'radio zet', 'rzeczpospolita',
    'wyborcza', 'gazeta wyborcza', 'newsweek', 'money.pl', 'gazeta.pl', 'rp.pl', 'wpolityce', 'eurosport', 'post',
    'times', 'guardian', 'bild', 'spiegel', 'express',
    // the oblique forms met after `według`, `zdaniem`, `jak podaje`, `cytowany przez`
    'gazety', 'gazecie', 'dziennika', 'agencji', 'portalu', 'serwisu', 'telewizji', 'stacji', 'tygodnika', 'radia',
  ],
  obliqueMarkers: [
    'zdaniem', 'według', 'wg', 'z', 'ze', 'przez', 'dla', 'od', 'do', 'o', 'przed', 'za', 'wobec', 'między', 'przeciwko',
    'u', 'bez', 'opinii', 'ocenie', 'słowa', 'słów', 'wypowiedź', 'wypowiedzi', 'administracji', 'rządu',
  ],
  verbGender: [['ła', 'f'], ['ło', 'n'], ['li', 'p'], ['ły', 'p'], ['ł', 'm']],
  declinesNames: true,
  // Oblique case → base form, tried in order (the first matching suffix wins); applied only to a
  // name in an oblique position (`zdaniem Kaczyńskiego`, `według Agnieszki Majewskiej`).
  nameDeclension: [
    // adjectival surnames: Kaczyńskiego/Kaczyńskiemu/Kaczyńskim → Kaczyński, Majewskiej/Majewską → Majewska
    ['skiego', 'ski'],
    ['skiemu', 'ski'],
    ['skim', 'ski'],
    ['ckiego', 'cki'],
    ['ckiemu', 'cki'],
    ['ckim', 'cki'],
    ['dzkiego', 'dzki'],
    ['dzkim', 'dzki'],
    ['skiej', 'ska'],
    ['ską', 'ska'],
    ['ckiej', 'cka'],
    ['cką', 'cka'],
    ['dzkiej', 'dzka'],
    // -ow/-ew/-in surnames (Riabkowa, Pieskowem, Putinowi)
    ['owowi', 'ow'],
    ['owem', 'ow'],
    ['owie', 'ow'],
    ['owa', 'ow'],
    ['ewowi', 'ew'],
    ['ewem', 'ew'],
    ['ewa', 'ew'],
    ['inowi', 'in'],
    ['inem', 'in'],
    ['ina', 'in'],
    // masculine surnames with a fleeting e: Dudka → Dudek, Marka → Marek, Janka → Janek
    ['dka', 'dek'],
    ['tka', 'tek'],
    ['rka', 'rek'],
    ['lka', 'lek'],
    ['nka', 'nek'],
    ['czka', 'czek'],
    // feminine and -a masculine nouns: Agnieszki → Agnieszka, Olgi → Olga, Marii → Maria, Dudzie → Duda, Dudą → Duda
    ['ii', 'ia'],
    ['ki', 'ka'],
    ['gi', 'ga'],
    ['dzie', 'da'],
    ['ą', 'a'],
    ['y', 'a'],
    // consonant-final masculine: Tuskiem → Tusk, Tuskowi → Tusk, Tusku → Tusk, Macronie → Macron, Tuska → Tusk
    ['kiem', 'k'],
    ['giem', 'g'],
    ['em', ''],
    ['owi', ''],
    ['ku', 'k'],
    ['ie', ''],
    ['a', ''],
  ],
};
