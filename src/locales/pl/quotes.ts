import type { QuotesLocale } from '../types.js';

/**
 * The past-tense forms of a Polish verb, all genders and numbers, from its infinitive:
 * `powiedzieć` → powiedział, powiedziała, powiedziało, powiedzieli, powiedziały;
 * `mówić` → mówił, mówiła, mówiło, mówili, mówiły; `zapewniać` → zapewniał, …, zapewniali.
 */
function past(lemma: string): string[] {
  if (lemma.endsWith('eć')) {
    const stem = lemma.slice(0, -2);
    return [stem + 'ał', stem + 'ała', stem + 'ało', stem + 'eli', stem + 'ały'];
  }
  const stem = lemma.slice(0, -1);
  return [stem + 'ł', stem + 'ła', stem + 'ło', stem + 'li', stem + 'ły'];
}

/**
 * A speech verb: its infinitive, its past forms, and the present-tense 3rd person singular and
 * plural when the verb has them (imperfective verbs; perfective ones have no present).
 */
function verb(lemma: string, present: readonly string[] = [], extra: readonly string[] = []): [string, string[]] {
  return [lemma, [...past(lemma), ...present, ...extra]];
}

/** A verb in `-c` with a `-gł` past: `ostrzec` → ostrzegł, ostrzegła, ostrzegło, ostrzegli, ostrzegły. */
function ec(lemma: string): [string, string[]] {
  const stem = lemma.slice(0, -1) + 'g';
  return [lemma, [stem + 'ł', stem + 'ła', stem + 'ło', stem + 'li', stem + 'ły']];
}

/** An imperfective `-ować` verb: `relacjonować` → relacjonował, …, relacjonuje, relacjonują. */
function owac(lemma: string): [string, string[]] {
  const stem = lemma.slice(0, -4);
  return verb(lemma, [stem + 'uje', stem + 'ują']);
}

/** An imperfective `-ywać`/`-iwać` verb: `przekonywać` → przekonywał, …, przekonuje, przekonują. */
function ywac(lemma: string, third: string): [string, string[]] {
  return verb(lemma, [third, third.slice(0, -1) + 'ą']);
}

/** An imperfective `-ać` verb with a regular present: `podkreślać` → podkreśla, podkreślają. */
function ac(lemma: string): [string, string[]] {
  const stem = lemma.slice(0, -1);
  return verb(lemma, [stem, stem + 'ją']);
}

const speechVerbs: Array<[string, string[]]> = [
  // say, speak, tell
  verb('powiedzieć', [], ['powie', 'powiedzą']),
  verb('mówić', ['mówi', 'mówią']),
  ec('rzec'),
  verb('opowiedzieć'),
  ac('opowiadać'),
  // write
  verb('napisać'),
  verb('pisać', ['pisze', 'piszą']),
  verb('wpisać'),
  verb('tweetować', ['tweetuje', 'tweetują']),
  // add, continue
  verb('dodać'),
  verb('dodawać', ['dodaje', 'dodają']),
  verb('uzupełnić'),
  ac('uzupełniać'),
  verb('kontynuować', ['kontynuuje', 'kontynuują']),
  // state, declare, announce
  verb('stwierdzić'),
  ac('stwierdzać'),
  verb('oświadczyć'),
  ac('oświadczać'),
  verb('oznajmić'),
  ac('oznajmiać'),
  verb('ogłosić'),
  verb('ogłaszać', ['ogłasza', 'ogłaszają']),
  verb('obwieścić'),
  verb('zadeklarować'),
  owac('deklarować'),
  verb('zapowiedzieć'),
  ac('zapowiadać'),
  verb('zakomunikować'),
  owac('komunikować'),
  verb('poinformować'),
  owac('informować'),
  verb('przekazać'),
  ywac('przekazywać', 'przekazuje'),
  verb('podać'),
  verb('podawać', ['podaje', 'podają']),
  ['donieść', ['doniósł', 'doniosła', 'doniosło', 'donieśli', 'doniosły']],
  verb('donosić', ['donosi', 'donoszą']),
  verb('raportować', ['raportuje', 'raportują']),
  verb('zaraportować'),
  verb('potwierdzić'),
  ac('potwierdzać'),
  verb('zdementować'),
  owac('dementować'),
  verb('zaprzeczyć'),
  ac('zaprzeczać'),
  verb('ujawnić'),
  ac('ujawniać'),
  verb('zdradzić'),
  ac('zdradzać'),
  verb('wyznać'),
  verb('wyznawać', ['wyznaje', 'wyznają']),
  // stress, point out, note
  verb('podkreślić'),
  ac('podkreślać'),
  verb('zaznaczyć'),
  ac('zaznaczać'),
  verb('zaakcentować'),
  owac('akcentować'),
  verb('wskazać'),
  ywac('wskazywać', 'wskazuje'),
  verb('zauważyć'),
  ac('zauważać'),
  verb('zwrócić'),
  ac('zwracać'),
  verb('przypomnieć'),
  ac('przypominać'),
  verb('wspomnieć'),
  ac('wspominać'),
  verb('nadmienić'),
  ec('zastrzec'),
  ac('zastrzegać'),
  verb('sprecyzować'),
  verb('doprecyzować'),
  owac('precyzować'),
  // explain, argue, convince
  verb('wyjaśnić'),
  ac('wyjaśniać'),
  verb('wytłumaczyć'),
  verb('tłumaczyć', ['tłumaczy', 'tłumaczą']),
  verb('objaśnić'),
  verb('uzasadnić'),
  ac('uzasadniać'),
  owac('argumentować'),
  verb('przekonać'),
  ywac('przekonywać', 'przekonuje'),
  verb('dowodzić', ['dowodzi', 'dowodzą']),
  verb('twierdzić', ['twierdzi', 'twierdzą']),
  verb('utrzymywać', ['utrzymuje', 'utrzymują']),
  verb('upierać', ['upiera', 'upierają']),
  // assure, promise
  verb('zapewnić'),
  ac('zapewniać'),
  verb('obiecać'),
  ywac('obiecywać', 'obiecuje'),
  verb('zobowiązać'),
  verb('zagwarantować'),
  verb('uspokoić'),
  ac('uspokajać'),
  // assess, think
  verb('ocenić'),
  ac('oceniać'),
  verb('uznać'),
  verb('uznawać', ['uznaje', 'uznają']),
  ac('uważać'),
  verb('sądzić', ['sądzi', 'sądzą']),
  verb('myśleć', ['myśli', 'myślą']),
  verb('szacować', ['szacuje', 'szacują']),
  verb('oszacować'),
  owac('prognozować'),
  ywac('przewidywać', 'przewiduje'),
  verb('przewidzieć'),
  verb('skomentować'),
  owac('komentować'),
  verb('podsumować'),
  ywac('podsumowywać', 'podsumowuje'),
  verb('skwitować'),
  owac('kwitować'),
  verb('zasugerować'),
  owac('sugerować'),
  verb('zaproponować'),
  owac('proponować'),
  owac('rekomendować'),
  // admit, concede, confess
  verb('przyznać'),
  verb('przyznawać', ['przyznaje', 'przyznają']),
  // warn, alarm, appeal, call
  ec('ostrzec'),
  ac('ostrzegać'),
  ec('przestrzec'),
  ac('przestrzegać'),
  verb('zaalarmować'),
  owac('alarmować'),
  verb('zaapelować'),
  owac('apelować'),
  verb('wezwać'),
  verb('wzywać', ['wzywa', 'wzywają']),
  verb('poprosić'),
  verb('prosić', ['prosi', 'proszą']),
  verb('zażądać'),
  ac('żądać'),
  verb('domagać', ['domaga', 'domagają']),
  verb('zachęcić'),
  ac('zachęcać'),
  // ask, answer
  verb('zapytać'),
  verb('pytać', ['pyta', 'pytają']),
  ywac('dopytywać', 'dopytuje'),
  verb('odpowiedzieć'),
  ac('odpowiadać'),
  verb('odpierać', ['odpiera', 'odpierają']),
  ['odeprzeć', ['odparł', 'odparła', 'odparło', 'odparli', 'odparły']],
  verb('zripostować'),
  owac('ripostować'),
  // report, relate
  owac('relacjonować'),
  verb('zrelacjonować'),
  verb('opisać'),
  verb('opisywać', ['opisuje', 'opisują']),
  verb('wyliczyć'),
  ac('wyliczać'),
  // express, criticize, accuse
  verb('wyrazić'),
  verb('wyrażać', ['wyraża', 'wyrażają']),
  verb('skrytykować'),
  owac('krytykować'),
  verb('oskarżyć'),
  verb('oskarżać', ['oskarża', 'oskarżają']),
  verb('zarzucić'),
  ac('zarzucać'),
  ac('narzekać'),
  verb('poskarżyć'),
  verb('skarżyć', ['skarży', 'skarżą']),
  verb('grzmieć', ['grzmi', 'grzmią']),
  verb('krzyczeć', ['krzyczy', 'krzyczą']),
  verb('zażartować'),
  owac('żartować'),
  owac('ironizować'),
  ec('orzec'),
  // believe, expect, fear
  verb('wierzyć', ['wierzy', 'wierzą']),
  verb('obawiać', ['obawia', 'obawiają']),
  verb('spodziewać', ['spodziewa', 'spodziewają']),
  verb('oczekiwać', ['oczekuje', 'oczekują']),
  verb('liczyć', ['liczy', 'liczą']),
  // name, describe: `nazwał weto „kolejnym prezentem”`
  verb('nazwać'),
  verb('nazywać', ['nazywa', 'nazywają']),
  verb('określić'),
  ac('określać'),
  // quote
  verb('cytować', ['cytuje', 'cytują']),
  verb('zacytować'),
];

export const quotes: QuotesLocale = {
  marks: [
    ['„', '”'],
    ['„', '“'],
    ['"', '"'],
    ['«', '»'],
    ['»', '«'],
    ['“', '”'],
    ['‚', '’'],
  ],
  dialogueDashes: ['-', '–', '—'],
  subjectAfterVerb: true,
  speechVerbs: Object.fromEntries(speechVerbs.map(([lemma, forms]) => [lemma, [...new Set(forms)]])),
  // Polish reported speech takes `że`, `iż` or `by`; a bare content after a cue is rare and
  // the verb then usually means something else (`podał rękę`, `przypomina sytuację`).
  needsComplementizer: [...new Set(speechVerbs.map(([lemma]) => lemma))],
  beliefVerbs: [
    'uważać', 'sądzić', 'myśleć', 'wierzyć', 'obawiać', 'spodziewać', 'oczekiwać', 'liczyć', 'szacować', 'oszacować',
    'prognozować', 'przewidywać', 'przewidzieć',
  ],
  namingVerbs: ['nazwać', 'nazywać', 'określić', 'określać', 'cytować', 'zacytować'],
  addresseeVerbs: [
    'powiedzieć', 'mówić', 'przekazać', 'przekazywać', 'zapewnić', 'zapewniać', 'przypomnieć', 'przypominać',
    'odpowiedzieć', 'odpowiadać', 'napisać', 'pisać', 'poinformować', 'informować', 'zakomunikować', 'oświadczyć',
    'wyjaśnić', 'wyjaśniać', 'tłumaczyć', 'obiecać', 'obiecywać', 'ostrzec', 'ostrzegać', 'zapytać', 'pytać',
    'wezwać', 'wzywać', 'zaapelować', 'apelować', 'poprosić', 'prosić', 'zarzucić', 'zarzucać',
  ],
  quotingVerbs: ['cytować', 'zacytować'],
  quotedAs: ['jako'],
  // `nie powiedział, że …` reports what was not said.
  cueBlockers: ['aby', 'żeby', 'by', 'nie'],
  accordingTo: [
    'zdaniem', 'według', 'wg', 'w opinii', 'w ocenie', 'w przekonaniu', 'jak podaje', 'jak podał',
    'jak podała', 'jak podało', 'jak podały', 'jak informuje', 'jak poinformował', 'jak poinformowała', 'jak poinformowało',
    'jak pisze', 'jak napisał', 'jak napisała', 'jak relacjonuje', 'jak ustalił', 'jak ustaliła', 'jak ustaliło',
    'jak ustaliły', 'jak dowiedział się', 'jak dowiedziała się', 'powołując się na',
  ],
  asCue: ['jak'],
  complementizers: ['że', 'iż', 'jakoby', 'by', 'aby', 'żeby'],
  anaphoricObjects: ['to', 'tak'],
  reportNouns: [
    'raport', 'raporcie', 'oświadczenie', 'oświadczeniu', 'komunikat', 'komunikacie', 'publikacja', 'publikacji',
    'artykuł', 'artykule', 'wywiad', 'wywiadzie', 'wpis', 'wpisie', 'list', 'liście', 'stanowisko', 'stanowisku',
    'analiza', 'analizie', 'prognoza', 'prognozie', 'nota', 'nocie', 'notatka', 'notatce', 'apel', 'apelu', 'pismo',
    'piśmie', 'odpowiedź', 'odpowiedzi', 'uzasadnienie', 'uzasadnieniu', 'opinia', 'opinii', 'depesza', 'depeszy',
  ],
  coordinators: ['i', 'a', 'oraz', 'ale', 'lecz', 'jednak', 'natomiast'],
  reportedMoodForms: [],
  stanceVerbForms: [],
  separableVerbs: [],
  nonContentStarts: [
    'w', 'we', 'na', 'z', 'ze', 'o', 'do', 'od', 'po', 'przez', 'przy', 'dla', 'podczas', 'kiedy', 'gdy', 'jeśli',
    'bo', 'ponieważ', 'tak', 'też', 'także', 'również', 'wcześniej', 'potem', 'u', 'pod', 'nad', 'przed', 'za',
    'między', 'wobec', 'dziennikarzom', 'mediom', 'reporterom', 'nam', 'mi', 'mu', 'jej', 'im', 'się', 'jednak',
  ],
  nounLikeForms: ['pisze', 'list', 'podaje'],
  // The subject search reads phrases after a preposition as before (not measured for this language).
  prepositions: [],
  // Sources inside a sentence without commas are not read (not measured for this language).
  inlineAccordingTo: [],
  accordingToAfterSource: [],
  anaphoricAccordingTo: [],
  impersonalForms: {},
  impersonalSubject: '',
  dativeDeterminers: [],
  impersonalPlaces: [],
  accountNouns: [],
  clauseLinks: [],
  auxiliaries: [],
  obliqueDeterminers: [],
};
