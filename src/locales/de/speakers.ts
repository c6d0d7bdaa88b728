import type { SpeakersLocale } from '../types.js';

/** Heads of German title compounds, masculine and feminine: Innen|minister, Regierungs|sprecherin. */
const TITLE_HEADS = [
  'minister', 'ministerin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'präsident', 'präsidentin', 'leiter',
  'leiterin', 'direktor', 'direktorin', 'kommissar', 'kommissarin', 'sekretär', 'sekretärin', 'beauftragter',
  'beauftragte', 'vorsitzender', 'vorsitzende', 'vorstand', 'experte', 'expertin', 'berater', 'beraterin',
  'botschafter', 'botschafterin', 'kanzler', 'kanzlerin', 'senator', 'senatorin', 'abgeordneter', 'abgeordnete',
  'anwalt', 'anwältin', 'richter', 'richterin', 'staatsanwalt', 'staatsanwältin', 'kommandeur', 'funktionär',
  'funktionärin', 'politiker', 'politikerin', 'manager', 'managerin', 'analyst', 'analystin', 'forscher', 'forscherin',
  'korrespondent', 'korrespondentin', 'reporter', 'reporterin', 'mitarbeiter', 'mitarbeiterin', 'vertreter',
  'vertreterin', 'trainer', 'trainerin', 'bürgermeister', 'bürgermeisterin',
];

/** Fields that open title compounds: Außen|minister, Polizei|sprecher, Vereins|chef, Bundes|innen|minister. */
const TITLE_FIELDS = [
  'außen', 'innen', 'finanz', 'wirtschafts', 'verteidigungs', 'justiz', 'gesundheits', 'umwelt', 'arbeits',
  'sozial', 'familien', 'bildungs', 'verkehrs', 'agrar', 'landwirtschafts', 'kultur', 'kultus', 'wissenschafts',
  'forschungs', 'entwicklungs', 'bau', 'energie', 'europa', 'kanzleramts', 'regierungs', 'polizei', 'partei',
  'fraktions', 'vereins', 'konzern', 'unternehmens', 'firmen', 'vorstands', 'staats', 'ministeriums', 'ministerial',
  'presse', 'gewerkschafts', 'verbands', 'gerichts', 'landes', 'bundes', 'kreis', 'stadt', 'ober',
  'vize', 'ex', 'mit', 'un', 'eu', 'nato', 'us', 'armee', 'militär', 'feuerwehr', 'behörden', 'klub', 'club',
  'team', 'bank', 'notenbank', 'zentralbank', 'aufsichtsrats', 'betriebsrats', 'geschäfts', 'wahlkampf',
  'oppositions', 'senats', 'ministerpräsidenten', 'sicherheits', 'geheimdienst', 'welternährungs', 'wetter',
  'rechts', 'fach', 'innenministeriums', 'außenministeriums', 'verteidigungsministeriums',
];

/** Portfolios that also take `Bundes-`/`Landes-` before them: Bundes|familien|ministerin. */
const FEDERAL_FIELDS = TITLE_FIELDS.slice(0, TITLE_FIELDS.indexOf('kanzleramts'));

const compoundTitles = (): string[] => [
  ...TITLE_FIELDS.flatMap((f) => TITLE_HEADS.map((h) => f + h)),
  ...FEDERAL_FIELDS.flatMap((f) => TITLE_HEADS.flatMap((h) => ['bundes' + f + h, 'landes' + f + h])),
];

/** Adjectives that qualify a title, with every strong and weak ending: ehemalige, ehemaliger, ehemaligen. */
const MODIFIER_STEMS = [
  'ehemalig', 'früher', 'stellvertretend', 'neu', 'amtierend', 'designiert', 'zuständig', 'leitend', 'oberst',
  'damalig', 'kommissarisch', 'scheidend', 'langjährig', 'bisherig', 'jetzig', 'derzeitig', 'geschäftsführend',
  'deutsch', 'einstig', 'verantwortlich', 'hochrangig', 'ranghoh', 'offiziell', 'erst', 'zweit', 'oberst',
  'parlamentarisch', 'unabhängig', 'anonym', 'ungenannt', 'örtlich', 'zweithöchst', 'höchst',
];
const MODIFIER_ENDINGS = ['', 'e', 'er', 'en', 'es', 'em'];

export const speakers: SpeakersLocale = {
  titles: [
    'präsident', 'präsidentin', 'bundespräsident', 'bundespräsidentin', 'vizepräsident', 'vizepräsidentin',
    'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'vizekanzler', 'premierminister', 'premierministerin',
    'premier', 'premierministers', 'regierungschef', 'regierungschefin', 'ministerpräsident', 'ministerpräsidentin',
    'minister', 'ministerin', 'bundesminister', 'bundesministerin', 'staatssekretär', 'staatssekretärin',
    'staatsminister', 'staatsministerin', 'sprecher', 'sprecherin', 'pressesprecher', 'pressesprecherin',
    'regierungssprecher', 'regierungssprecherin', 'polizeisprecher', 'polizeisprecherin', 'botschafter', 'botschafterin',
    'diplomat', 'diplomatin', 'gesandter', 'gesandte', 'beamter', 'beamtin', 'funktionär', 'funktionärin',
    'abgeordneter', 'abgeordnete', 'bundestagsabgeordneter', 'bundestagsabgeordnete', 'senator', 'senatorin',
    'gouverneur', 'gouverneurin', 'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin',
    'landrat', 'landrätin', 'könig', 'königin', 'prinz', 'prinzessin', 'papst', 'bischof', 'bischöfin', 'kardinal',
    'erzbischof', 'pfarrer', 'pfarrerin', 'general', 'generalin', 'oberst', 'admiral', 'kommandeur', 'kommandant',
    'kommandantin', 'befehlshaber', 'richter', 'richterin', 'staatsanwalt', 'staatsanwältin', 'oberstaatsanwalt',
    'oberstaatsanwältin', 'anwalt', 'anwältin', 'rechtsanwalt', 'rechtsanwältin', 'verteidiger', 'verteidigerin',
    'vorsitzender', 'vorsitzende', 'parteichef', 'parteichefin', 'parteivorsitzender', 'parteivorsitzende',
    'fraktionschef', 'fraktionschefin', 'fraktionsvorsitzender', 'fraktionsvorsitzende', 'generalsekretär',
    'generalsekretärin', 'chef', 'chefin', 'leiter', 'leiterin', 'direktor', 'direktorin', 'geschäftsführer',
    'geschäftsführerin', 'vorstandsvorsitzender', 'vorstandsvorsitzende', 'vorstandschef', 'vorstandschefin',
    'aufsichtsratschef', 'manager', 'managerin', 'gründer', 'gründerin', 'präses', 'kommissar', 'kommissarin',
    'eu-kommissar', 'eu-kommissarin', 'berater', 'beraterin', 'experte', 'expertin', 'analyst', 'analystin',
    'professor', 'professorin', 'prof', 'dr', 'wissenschaftler', 'wissenschaftlerin', 'forscher', 'forscherin',
    'ökonom', 'ökonomin', 'politiker', 'politikerin', 'kandidat', 'kandidatin', 'spitzenkandidat', 'spitzenkandidatin',
    'trainer', 'trainerin', 'korrespondent', 'korrespondentin', 'reporter', 'reporterin', 'journalist', 'journalistin',
    'augenzeuge', 'augenzeugin', 'zeuge', 'zeugin', 'vertreter', 'vertreterin', 'mitarbeiter', 'mitarbeiterin',
    'ermittler', 'ermittlerin', 'polizist', 'polizistin', 'arzt', 'ärztin', 'herr', 'frau', 'stellvertretender sprecher',
    'stellvertretende sprecherin', 'ministerpräsidenten',
    ...compoundTitles(),
  ],
  groupWords: [
    // Plurals only: a plural like `Sprecher` or `Politiker` that is also a singular title stays a title.
    'experten', 'beobachter', 'kritiker', 'behörden', 'anwohner', 'augenzeugen', 'zeugen',
    'demonstranten', 'aktivisten', 'abgeordneten', 'ärzte',
    'analysten', 'diplomaten', 'beamten', 'bewohner', 'einwohner',
    'anwälte', 'ökonomen', 'sicherheitskreise', 'regierungskreise', 'kreise', 'insider', 'teilnehmer', 'veranstalter',
    'organisatoren', 'gewerkschafter', 'unterstützer', 'gegner', 'befürworter', 'rettungskräfte', 'helfer',
    'polizisten', 'soldaten', 'ministerinnen', 'sprecherinnen', 'medien', 'angehörige', 'angehörigen',
  ],
  firstNames: { angela: 'f', olaf: 'm', friedrich: 'm', annalena: 'f', robert: 'm', christian: 'm', markus: 'm', karl: 'm', boris: 'm', nancy: 'f', lars: 'm', hubertus: 'm', frank: 'm', walter: 'm', ursula: 'f', alice: 'f', sahra: 'f', svenja: 'f', christine: 'f', marie: 'f', agnes: 'f', wolfgang: 'm', gerhard: 'm', helmut: 'm', jens: 'm', thomas: 'm', peter: 'm', michael: 'm', andreas: 'm', stefan: 'm', katrin: 'f', ricarda: 'f', anna: 'f', julia: 'f', sabine: 'f', petra: 'f', claudia: 'f', heike: 'f', jürgen: 'm', klaus: 'm', hans: 'm', dieter: 'm', horst: 'm', joachim: 'm', manfred: 'm', uwe: 'm', sebastian: 'm', tobias: 'm', matthias: 'm', alexander: 'm' },
  pronouns: { er: 'm', sie: 'f', es: 'n', wir: 'p', ich: 'p' },
  spokesTitles: ['sprecher', 'sprecherin', 'vertreter', 'vertreterin', 'kreise'],
  nameParticles: ['von', 'van', 'zu', 'de', 'del', 'da', 'di', 'der', 'den', 'al', 'bin'],
  bylineWord: 'von',
  firstPersonPronouns: ['ich', 'wir'],
  relativePronouns: ['der', 'die', 'das', 'welcher', 'welche', 'welches'],
  determiners: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines', 'sein', 'seine',
    'seiner', 'seinen', 'seinem', 'ihr', 'ihre', 'ihrer', 'ihren', 'ihrem', 'dieser', 'diese', 'dieses', 'diesem',
    'diesen', 'jener', 'jene', 'unser', 'unsere', 'mehrere', 'einige', 'viele', 'zwei', 'drei', 'andere', 'anderen',
    'weitere', 'weiteren', 'beide', 'beiden', 'zahlreiche', 'manche',
  ],
  indefiniteDeterminers: ['ein', 'eine', 'einer', 'eines', 'einem', 'einen'],
  modifiers: MODIFIER_STEMS.flatMap((s) => MODIFIER_ENDINGS.map((e) => s + e)),
  adjectiveSuffixes: ['ische', 'ischer', 'ischen', 'ischem', 'isches'],
  connectors: ['des', 'der', 'von', 'vom', 'für', 'zur', 'zum'],
  adjuncts: [
    'hat', 'hatte', 'haben', 'hatten', 'habe', 'ist', 'war', 'sind', 'waren', 'sei', 'wird', 'wurde', 'werden',
    'wurden', 'soll', 'sollte', 'will', 'wollte', 'kann', 'konnte', 'muss', 'musste', 'auch', 'bereits', 'schon',
    'noch', 'zudem', 'außerdem', 'jedoch', 'allerdings', 'nun', 'jetzt', 'heute', 'gestern', 'am', 'zuvor', 'später',
    'erneut', 'ebenfalls', 'ausdrücklich', 'mehrfach', 'wiederholt', 'öffentlich', 'kürzlich', 'inzwischen', 'dagegen',
    'indes', 'hingegen', 'damals', 'dann', 'weiter', 'weiterhin', 'ferner', 'nicht', 'sich', 'dazu', 'darüber',
    'dabei', 'daraufhin', 'darin', 'daran', 'darauf', 'daraus', 'darunter', 'davon', 'dafür', 'danach', 'davor', 'damit', 'dort', 'hier', 'offenbar', 'angeblich', 'ebenso', 'zunächst', 'schließlich', 'zuletzt', 'anschließend',
    'gleichzeitig', 'zugleich', 'bisher', 'stets', 'immer', 'oft', 'mehrmals', 'einmal', 'vergangenen', 'letzten',
    'woche', 'wochenende', 'abend', 'nachmittag', 'vormittag', 'mittag', 'nacht', 'morgen', 'selbst', 'gern', 'gerne',
    'deutlich', 'klar', 'abschließend', 'ergänzend', 'wörtlich', 'sogar', 'nur', 'also', 'denn', 'doch', 'ja',
    // Sentence adverbs that open a German sentence before the verb (`Unterdessen verlangen die Grünen, …`).
    'unterdessen', 'währenddessen', 'ähnlich', 'offiziell', 'vorerst', 'demnach', 'insgesamt', 'dennoch', 'trotzdem',
    'derzeit', 'zurzeit', 'daher', 'deshalb', 'deswegen', 'darum', 'somit', 'folglich', 'ebenfalls', 'gleichwohl',
    'immerhin', 'jedenfalls', 'tatsächlich', 'zumindest', 'ursprünglich', 'anfangs', 'seitdem', 'mittlerweile',
    'neuerdings', 'vielmehr', 'andererseits', 'einerseits', 'übrigens', 'nämlich', 'wohl', 'vermutlich', 'möglicherweise',
  ],
  organizationWords: [
    'ministerium', 'bundesministerium', 'regierung', 'bundesregierung', 'landesregierung', 'polizei', 'bundespolizei',
    'landespolizei', 'staatsanwaltschaft', 'gericht', 'bundesgerichtshof', 'bundesverfassungsgericht', 'landgericht',
    'amtsgericht', 'verwaltungsgericht', 'partei', 'verband', 'gewerkschaft', 'unternehmen', 'konzern', 'firma',
    'behörde', 'amt', 'bundesamt', 'landesamt', 'institut', 'universität', 'stiftung', 'verein', 'kommission',
    'eu-kommission', 'rat', 'parlament', 'bundestag', 'bundesrat', 'landtag', 'senat', 'kongress', 'weißes haus',
    'kreml', 'pentagon', 'armee', 'bundeswehr', 'militär', 'feuerwehr', 'bank', 'zentralbank', 'bundesbank',
    'notenbank', 'organisation', 'ausschuss', 'komitee', 'koalition', 'fraktion', 'verwaltung', 'stadtverwaltung',
    'innenministerium', 'außenministerium', 'verteidigungsministerium', 'justizministerium', 'finanzministerium',
    'gesundheitsministerium', 'umweltministerium', 'wirtschaftsministerium', 'staatskanzlei', 'kanzleramt',
    'botschaft', 'konsulat', 'geheimdienst', 'vereinte nationen', 'uno', 'nato', 'eu', 'who', 'unicef', 'unhcr',
    'rotes kreuz', 'roten kreuzes', 'gruppe', 'bündnis', 'vorstand', 'aufsichtsrat', 'betriebsrat', 'klub', 'club',
    'ministeriums', 'regierungskreise', 'sicherheitskreise', 'rathaus', 'stadt', 'gemeinde', 'landkreis',
  ],
  mediaWords: [
    'zeitung', 'tageszeitung', 'wochenzeitung', 'nachrichtenagentur', 'presseagentur', 'agentur', 'sender',
    'fernsehsender', 'nachrichtensender', 'radiosender', 'rundfunk', 'radio', 'magazin', 'nachrichtenmagazin',
    'blatt', 'boulevardblatt', 'portal', 'nachrichtenportal', 'onlineportal', 'website', 'fernsehen', 'medien',
    'spiegel', 'faz', 'süddeutsche', 'taz', 'tagesschau', 'tagesspiegel', 'handelsblatt', 'ard', 'zdf', 'n-tv', 'ntv',
    'dpa', 'afp', 'ap', 'reuters', 'bbc', 'cnn', 'kna', 'epd', 'ddp', 'sid', 'wikinews', 'times', 'post',
  ],
  obliqueMarkers: ['angaben', 'aussage', 'aussagen', 'ansicht', 'meinung', 'einschätzung', 'auffassung', 'worten', 'darstellung'],
  verbGender: [],
  declinesNames: true,
  // German names do not decline but for the genitive `-s` (`nach Angaben Merkels`), or an apostrophe after `s`/`x`/`z` (`Hans'`).
  nameDeclension: [
    ['’', ''],
    ["'", ''],
    ['s', ''],
  ],
};
