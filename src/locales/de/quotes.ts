import type { QuotesLocale } from '../types.js';

/**
 * True when the endings take an `e` after the stem: after `d`, `t` (`berichtet`), and after `m` or `n`
 * that follows another consonant but `l`, `r` or a lengthening `h` (`bezeichnet`, `entgegnet`; not `warnt`).
 */
function needsE(stem: string): boolean {
  if (/[dt]$/u.test(stem)) return true;
  return /(?:ch|[^aeiouyäöülrh])[mn]$/u.test(stem);
}

/**
 * A weak (regular) verb: 3rd person present and past, singular and plural, the participle and the
 * infinitive (also the 3rd person plural present): `sagen` → sagt, sagte, sagten, gesagt, sagen.
 */
function weak(lemma: string, stem: string, participle: string, extra: string[] = []): [string, string[]] {
  const t = needsE(stem) ? 'et' : 't';
  const te = needsE(stem) ? 'ete' : 'te';
  return [lemma, [stem + t, stem + te, stem + te + 'n', participle, lemma, ...extra]];
}

/**
 * A separable verb (`teilte … mit`): only single-token forms can be cues, so the finite main-clause
 * forms of the base verb (teilte, teilten), and the joined forms of subordinate clauses and
 * participles (mitteilte, mitgeteilt, mitzuteilen is left out: an infinitive with zu is no report).
 */
function separable(lemma: string, prefix: string, stem: string, participle: string, mainForms: boolean): [string, string[]] {
  const t = needsE(stem) ? 'et' : 't';
  const te = needsE(stem) ? 'ete' : 'te';
  const joined = [prefix + stem + t, prefix + stem + te, prefix + stem + te + 'n', participle, lemma];
  return [lemma, mainForms ? [stem + t, stem + te, stem + te + 'n', ...joined] : joined];
}

const speechVerbs: Record<string, string[]> = Object.fromEntries([
  weak('sagen', 'sag', 'gesagt'),
  weak('erklären', 'erklär', 'erklärt'),
  weak('betonen', 'beton', 'betont'),
  weak('berichten', 'bericht', 'berichtet'),
  weak('meinen', 'mein', 'gemeint'),
  weak('warnen', 'warn', 'gewarnt'),
  weak('fordern', 'forder', 'gefordert', ['forderte', 'forderten']),
  weak('kritisieren', 'kritisier', 'kritisiert'),
  weak('äußern', 'äußer', 'geäußert'),
  weak('behaupten', 'behaupt', 'behauptet'),
  weak('bestätigen', 'bestätig', 'bestätigt'),
  weak('dementieren', 'dementier', 'dementiert'),
  weak('erläutern', 'erläuter', 'erläutert'),
  weak('ergänzen', 'ergänz', 'ergänzt'),
  weak('erzählen', 'erzähl', 'erzählt'),
  weak('antworten', 'antwort', 'geantwortet'),
  weak('entgegnen', 'entgegn', 'entgegnet'),
  weak('erwidern', 'erwider', 'erwidert'),
  weak('fragen', 'frag', 'gefragt'),
  weak('versichern', 'versicher', 'versichert'),
  weak('verkünden', 'verkünd', 'verkündet'),
  weak('bekräftigen', 'bekräftig', 'bekräftigt'),
  weak('vermuten', 'vermut', 'vermutet'),
  weak('glauben', 'glaub', 'geglaubt'),
  weak('hoffen', 'hoff', 'gehofft'),
  weak('befürchten', 'befürcht', 'befürchtet'),
  weak('fürchten', 'fürcht', 'gefürchtet'),
  weak('argumentieren', 'argumentier', 'argumentiert'),
  weak('beklagen', 'beklag', 'beklagt'),
  weak('bemängeln', 'bemängel', 'bemängelt'),
  weak('monieren', 'monier', 'moniert'),
  weak('loben', 'lob', 'gelobt'),
  weak('verurteilen', 'verurteil', 'verurteilt'),
  weak('appellieren', 'appellier', 'appelliert'),
  weak('mahnen', 'mahn', 'gemahnt'),
  weak('drohen', 'droh', 'gedroht'),
  weak('verlangen', 'verlang', 'verlangt'),
  weak('zitieren', 'zitier', 'zitiert'),
  weak('melden', 'meld', 'gemeldet'),
  weak('verlauten', 'verlaut', 'verlautet'),
  weak('twittern', 'twitter', 'getwittert'),
  weak('informieren', 'informier', 'informiert'),
  weak('prognostizieren', 'prognostizier', 'prognostiziert'),
  weak('spekulieren', 'spekulier', 'spekuliert'),
  weak('beteuern', 'beteuer', 'beteuert'),
  weak('leugnen', 'leugn', 'geleugnet'),
  weak('kommentieren', 'kommentier', 'kommentiert'),
  weak('bilanzieren', 'bilanzier', 'bilanziert'),
  weak('folgern', 'folger', 'gefolgert'),
  weak('klagen', 'klag', 'geklagt'),
  weak('schildern', 'schilder', 'geschildert'),
  weak('unterstellen', 'unterstell', 'unterstellt'),
  weak('bezeichnen', 'bezeichn', 'bezeichnet'),
  weak('charakterisieren', 'charakterisier', 'charakterisiert'),
  weak('werten', 'wert', 'gewertet'),
  weak('zusichern', 'zusicher', 'zugesichert'),
  weak('verweisen', 'verweis', 'verwiesen', ['verwies', 'verwiesen']),
  ['schreiben', ['schreibt', 'schrieb', 'schrieben', 'geschrieben', 'schreiben']],
  ['sprechen', ['spricht', 'sprach', 'sprachen', 'gesprochen', 'sprechen']],
  ['bestreiten', ['bestreitet', 'bestritt', 'bestritten', 'bestreiten']],
  ['unterstreichen', ['unterstreicht', 'unterstrich', 'unterstrichen']],
  ['versprechen', ['verspricht', 'versprach', 'versprachen', 'versprochen', 'versprechen']],
  ['bitten', ['bittet', 'bat', 'baten', 'gebeten', 'bitten']],
  ['nennen', ['nennt', 'nannte', 'nannten', 'genannt', 'nennen']],
  ['beschreiben', ['beschreibt', 'beschrieb', 'beschrieben']],
  ['gestehen', ['gesteht', 'gestand', 'gestanden', 'gestehen']],
  ['heißen', ['hieß']],
  ['rufen', ['rief', 'riefen', 'gerufen']],
  ['raten', ['rät', 'riet', 'rieten', 'geraten']],
  separable('mitteilen', 'mit', 'teil', 'mitgeteilt', true),
  separable('ankündigen', 'an', 'kündig', 'angekündigt', true),
  separable('hinzufügen', 'hinzu', 'füg', 'hinzugefügt', true),
  separable('feststellen', 'fest', 'stell', 'festgestellt', false),
  separable('einräumen', 'ein', 'räum', 'eingeräumt', true),
  separable('andeuten', 'an', 'deut', 'angedeutet', false),
  separable('auffordern', 'auf', 'forder', 'aufgefordert', false),
  ['angeben', ['angab', 'angaben', 'angegeben', 'angeben']],
  ['bekanntgeben', ['bekanntgab', 'bekanntgaben', 'bekanntgegeben', 'bekanntgeben']],
  ['hervorheben', ['hebt', 'hob', 'hoben', 'hervorhob', 'hervorgehoben', 'hervorheben']],
  ['hinweisen', ['wies', 'hinwies', 'hingewiesen', 'hinweisen']],
  ['vorwerfen', ['wirft', 'warf', 'warfen', 'vorwarf', 'vorgeworfen', 'vorwerfen']],
  ['aufrufen', ['aufrief', 'aufgerufen', 'aufrufen']],
  ['zugeben', ['zugab', 'zugegeben', 'zugeben']],
  ['einwenden', ['wandte', 'einwandte', 'eingewandt', 'eingewendet']],
]);

/** Separable speech verbs: [lemma, particle, finite forms of the base verb]. */
const separableVerbs: Array<[string, string, string[]]> = [
    ['angeben', 'an', ['gibt', 'gab', 'gaben']],
    ['bekanntgeben', 'bekannt', ['gibt', 'gab', 'gaben']],
    ['zugeben', 'zu', ['gibt', 'gab', 'gaben']],
    ['ausgehen', 'aus', ['geht', 'ging', 'gingen', 'gehen']],
    ['feststellen', 'fest', ['stellt', 'stellte', 'stellten']],
    ['klarstellen', 'klar', ['stellt', 'stellte', 'stellten']],
    ['festlegen', 'fest', ['legt', 'legte', 'legten']],
    ['darlegen', 'dar', ['legt', 'legte', 'legten']],
    ['hinweisen', 'hin', ['weist', 'wies', 'wiesen']],
    ['zurückweisen', 'zurück', ['weist', 'wies', 'wiesen']],
    ['anmerken', 'an', ['merkt', 'merkte', 'merkten']],
    ['vorschlagen', 'vor', ['schlägt', 'schlug', 'schlugen']],
    ['fortfahren', 'fort', ['fährt', 'fuhr', 'fuhren']],
    ['ausschließen', 'aus', ['schließt', 'schloss', 'schlossen']],
    ['abstreiten', 'ab', ['streitet', 'stritt', 'stritten']],
    ['aufrufen', 'auf', ['ruft', 'rief', 'riefen']],
];

export const quotes: QuotesLocale = {
  marks: [
    ['„', '“'],
    ['„', '”'],
    ['»', '«'],
    ['«', '»'],
    ['"', '"'],
    ['“', '”'],
    ['‚', '‘'],
    ['‚', '’'],
    ['›', '‹'],
  ],
  dialogueDashes: ['–', '—'],
  subjectAfterVerb: true,
  speechVerbs,
  // German sets every content clause off with a comma, which the bare-content rule does not read
  // past: without a complementizer (`dass`) a verb's object is not what was said (`sagte die Teilnahme ab`).
  needsComplementizer: [...Object.keys(speechVerbs), ...separableVerbs.map(([lemma]) => lemma)],
  beliefVerbs: ['glauben', 'hoffen', 'befürchten', 'fürchten', 'vermuten', 'spekulieren', 'prognostizieren', 'folgern'],
  namingVerbs: ['nennen', 'bezeichnen', 'zitieren', 'heißen', 'beschreiben', 'charakterisieren', 'werten'],
  addresseeVerbs: ['sagen', 'erklären', 'erzählen', 'versichern', 'mitteilen', 'antworten', 'schreiben', 'versprechen', 'zusichern', 'berichten'],
  quotingVerbs: ['zitieren'],
  quotedAs: ['mit', 'als'],
  cueBlockers: ['zu'],
  accordingTo: [
    // `…, so der Sprecher.`: a source after the content, set off by a comma.
    'so', 'laut', 'gemäß',
    'nach angaben', 'nach angaben von', 'nach eigenen angaben', 'nach offiziellen angaben', 'nach ersten angaben',
    'nach aussage', 'nach aussagen', 'nach aussage von', 'nach aussagen von',
    'nach ansicht', 'nach ansicht von', 'nach meinung', 'nach meinung von', 'nach auffassung', 'nach auffassung von',
    'nach einschätzung', 'nach einschätzung von', 'nach informationen', 'nach informationen von', 'nach informationen des',
    'nach darstellung', 'nach darstellung von', 'nach den worten', 'nach worten', 'nach berichten', 'nach berichten von',
    'nach einem bericht', 'nach einem bericht von', 'nach meldungen', 'nach schätzungen', 'nach schätzung',
  ],
  asCue: ['wie'],
  // A comma opens the content as well: German reports with Konjunktiv I and no `dass` (`Er sagte, er sei …`),
  // and always sets the content clause off with a comma, which the cue rules otherwise do not read past.
  complementizers: ['dass', 'daß', 'ob', 'wonach', ','],
  anaphoricObjects: ['dies', 'das', 'so'],
  reportNouns: ['bericht', 'meldung', 'mitteilung', 'pressemitteilung', 'erklärung', 'stellungnahme', 'interview'],
  coordinators: ['und', 'aber', 'sowie', 'doch', 'sondern'],
  // Konjunktiv I (3rd person: `sei`, `nehme`) and the Konjunktiv II forms no indicative shares
  // (`könnten`, not `sollten`), as written in lowercase: `Stelle` and `Spiele` are nouns.
  reportedMoodForms: [
    'sei', 'seien', 'seiest', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'gebe', 'gelte',
    'bestehe', 'stehe', 'gehe', 'komme', 'liege', 'bleibe', 'wisse', 'brauche', 'fehle', 'handle', 'handele', 'sehe',
    'nehme', 'stelle', 'ändere', 'werfe', 'trage', 'zeige', 'mache', 'lasse', 'halte', 'führe', 'diene', 'drohe',
    'gehöre', 'verstoße', 'verfüge', 'entspreche', 'betrage', 'betreffe', 'ergebe', 'entstehe', 'befinde', 'beginne',
    'hänge', 'laufe', 'arbeite', 'setze', 'bringe', 'finde', 'falle', 'helfe', 'zahle', 'koste', 'erhalte', 'erwarte',
    'bedeute', 'spiele', 'plane', 'vorliege', 'ausreiche', 'wäre', 'hätte', 'würde', 'wären', 'hätten', 'würden',
    'könnte', 'könnten', 'müsste', 'müssten', 'dürfte', 'dürften', 'bliebe', 'blieben', 'gäbe', 'käme', 'kämen',
    'ließe', 'stünde', 'läge', 'wüsste',
  ],
  separableVerbs,
  stanceVerbForms: [
    'verteidigt', 'verteidigte', 'verteidigten', 'begründet', 'begründete', 'begründeten', 'rechtfertigt', 'rechtfertigte',
    'lehnt', 'lehnte', 'lehnten', 'zweifelt', 'zweifelte', 'bezweifelt', 'bezweifelte', 'widersprach', 'widersprachen',
    'widerspricht', 'wertet', 'wertete', 'werteten', 'sieht', 'sah', 'sahen', 'geht', 'ging', 'gingen', 'hält', 'hielt',
    'hielten', 'zeigte', 'zeigten', 'beharrt', 'beharrte', 'beschuldigt', 'beschuldigte', 'wehrt', 'wehrte',
    'verteidigen', 'kritisierte', 'kritisierten', 'kritisiert', 'äußerte', 'äußerten', 'bezeichnete', 'bezeichneten',
    'bezeichnet', 'nannte', 'nannten', 'verwies', 'wies', 'warnte', 'warnten', 'forderte', 'forderten',
  ],
  nonContentStarts: [
    'am', 'im', 'in', 'an', 'auf', 'bei', 'beim', 'mit', 'nach', 'vor', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über',
    'gegenüber', 'während', 'als', 'wenn', 'weil', 'da', 'wie', 'was', 'wer', 'wo', 'warum', 'wann', 'nicht', 'auch',
    'noch', 'bereits', 'schon', 'erneut', 'später', 'zuvor', 'dann', 'hier', 'dort', 'ab', 'fest', 'hinzu', 'ein',
    'bekannt', 'ihm', 'ihr', 'ihnen', 'mir', 'uns', 'sich', 'ja', 'nein', 'dazu', 'darüber', 'davon', 'darauf',
  ],
  nounLikeForms: ['meinen', 'berichten', 'schreiben', 'antworten', 'fragen', 'angaben', 'hoffen', 'glauben', 'bitten', 'raten', 'rufen', 'geraten'],
  prepositions: [
    'mit', 'bei', 'beim', 'in', 'im', 'ins', 'an', 'am', 'ans', 'auf', 'aufs', 'aus', 'vor', 'nach', 'zu', 'zum', 'zur',
    'gegen', 'über', 'unter', 'durch', 'für', 'ohne', 'um', 'seit', 'von', 'vom', 'anlässlich', 'während', 'wegen',
    'gegenüber', 'trotz', 'hinter', 'neben', 'zwischen', 'innerhalb', 'außerhalb', 'angesichts', 'aufgrund', 'bezüglich',
  ],
  inlineAccordingTo: ['laut', 'gemäß', 'nach'],
  accordingToAfterSource: ['zufolge'],
  anaphoricAccordingTo: ['demnach', 'demzufolge'],
  impersonalForms: { heißt: 'heißen', hieß: 'heißen', hieße: 'heißen' },
  impersonalSubject: 'es',
  dativeDeterminers: ['dem', 'einem', 'der', 'einer'],
  impersonalPlaces: ['in', 'im'],
  clauseLinks: [
    'als', 'nachdem', 'weil', 'wenn', 'während', 'obwohl', 'obgleich', 'bevor', 'ehe', 'da', 'damit', 'sodass', 'indem',
    'seit', 'seitdem', 'sobald', 'solange', 'falls', 'sofern', 'wo', 'wohin', 'woher', 'was', 'wer', 'wie', 'warum',
    'weshalb', 'wann', 'welcher', 'welche', 'welches', 'welchem', 'welchen', 'dessen', 'deren', 'denen', 'woraufhin',
    'wobei', 'womit', 'wodurch', 'worauf', 'worüber', 'wovon', 'um', 'ohne', 'statt', 'anstatt', 'dennoch', 'jedoch',
    'trotzdem', 'deshalb', 'deswegen', 'daher', 'darum', 'somit', 'allerdings', 'zudem', 'außerdem',
  ],
  auxiliaries: [
    'hat', 'hatte', 'haben', 'hatten', 'habe', 'hätte', 'hätten', 'ist', 'war', 'sind', 'waren', 'wird', 'wurde',
    'werden', 'wurden', 'soll', 'sollte', 'sollen', 'sollten', 'will', 'wollte', 'wollen', 'wollten', 'kann', 'konnte',
    'können', 'konnten', 'muss', 'musste', 'müssen', 'mussten',
  ],
  obliqueDeterminers: ['den', 'dem', 'einem', 'einen', 'seinem', 'seinen', 'ihrem', 'ihren', 'diesem', 'diesen'],
  accountNouns: [
    'angaben', 'aussage', 'aussagen', 'ansicht', 'meinung', 'auffassung', 'einschätzung', 'informationen', 'darstellung',
    'worten', 'bericht', 'berichten', 'meldung', 'meldungen', 'schätzung', 'schätzungen', 'untersuchungen', 'erkenntnissen',
    'studie', 'umfrage', 'hochrechnung', 'prognose', 'willen', 'vorstellungen', 'zeugenaussagen', 'ermittlungen',
  ],
};
