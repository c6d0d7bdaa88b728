/** What the quote finders need to know of a language. */
export interface QuotesLocale {
  /** Quote-mark pairs, opening then closing: `[‘“’, ‘”’]`, `[‘„’, ‘”’]`. */
  marks: Array<readonly [open: string, close: string]>;
  /** Dashes that open a line of dialogue or attach a source after a quote: `-`, `–`, `—`. */
  dialogueDashes: string[];
  /**
   * True where the subject freely follows its verb anywhere in the sentence (Polish `zapewniał
   * ambasador`, German `sagte der Sprecher`); English allows it only right after a quote or comma.
   */
  subjectAfterVerb: boolean;
  /** Speech verbs by lemma, each with its inflected forms (lowercase). */
  speechVerbs: Record<string, string[]>;
  /**
   * Speech verbs whose particle stands apart at the end of a main clause (`gab … bekannt`, `geht …
   * davon aus`), as [lemma, particle, finite forms of the base verb]: a form is a cue only when its
   * particle closes the clause after it (`gab am Montag bekannt, dass`, not `gab es`).
   */
  separableVerbs: Array<[string, string, string[]]>;
  /** Lemmas whose content needs a complementizer or quote marks (`warn that …`, not `warned the town`). */
  needsComplementizer: string[];
  /** Lemmas of belief, perception and intention (`think`, `know`, `show`): reported with `that`, never a quoted fragment's cue. */
  beliefVerbs: string[];
  /** Lemmas that name rather than quote when the quote follows them directly (`a film called “Traffic”`). */
  namingVerbs: string[];
  /** Lemmas whose first object is the addressee, skipped before the content: `tell`. */
  addresseeVerbs: string[];
  /** Lemmas whose object is the speaker when `quotedAs` follows: `quote` (TASS quoted Peskov as saying). */
  quotingVerbs: string[];
  /** Words after a quoting verb's object that introduce the speech verb: `as`. */
  quotedAs: string[];
  /** Words right before a verb form that stop it being a cue: `to` (refused to answer). */
  cueBlockers: string[];
  /** Phrases that introduce a source before or after the content: `according to`, `zdaniem`, `według`. */
  accordingTo: string[];
  /** A word that, with a speech verb after it, opens a parenthetical cue at the start of a sentence: `jak` (Jak dodał, …), `as`. */
  asCue: string[];
  /** Words that open a content clause after a cue: `that`, `że`. */
  complementizers: string[];
  /** Words that point back at the previous sentence as the content: `this` (Peskov stated this). */
  anaphoricObjects: string[];
  /** Nouns for a source's text, so `The Washington Post report saying that …` is attributed to the Post. */
  reportNouns: string[];
  /** Words that join two cue verbs of one speaker and end the first content: `and`, `i`. */
  coordinators: string[];
  /**
   * Verb forms of the reported mood (German Konjunktiv I: `sei`, `habe`, `werde`): a sentence holding one,
   * right after someone's reported speech and with no cue of its own, continues that speech.
   */
  reportedMoodForms: string[];
  /**
   * Verb forms that take a position without a content clause (`verteidigte`, `begründete`, `wies …
   * zurück`): a reported-mood sentence right after one is its subject's (`Die Stadtreinigung äußerte
   * Zweifel. Für eine Frist von einem Jahr sei es rechtens, …`). Empty where there is no reported mood.
   */
  stanceVerbForms: string[];
  /** Words that cannot open a content clause right after a cue (`said on Tuesday`, `reported by`, `said when`). */
  nonContentStarts: string[];
  /** Verb forms that are more often nouns (`state`, `reports`, `post`): cues only right after a clear subject. */
  nounLikeForms: string[];
  /**
   * Prepositions that govern the noun phrase after them (`mit`, `bei`, `in`): a phrase right after one
   * is an object, never the subject of the verb that follows it (`Sie wird mit den Worten zitiert`,
   * `Bei einem Besuch in Zacatecas sagte er`); the subject is looked for before the preposition, or
   * after the verb.
   */
  prepositions: string[];
  /**
   * Words of 'according to' that may stand inside a sentence with no comma, the rest of the sentence being
   * what the source said (`Das Haus brannte laut Polizei völlig aus`): `laut`, `gemäß`, `nach`. One that is also
   * a preposition (`nach`) counts only as the start of an `accordingTo` phrase (`nach Angaben`) or before
   * an account noun (`nach Polizeiangaben`, `nach ersten Meldungen`).
   */
  inlineAccordingTo: string[];
  /** 'According to' words that follow their source (`Medienberichten zufolge`). */
  accordingToAfterSource: string[];
  /**
   * Adverbs that attribute their sentence to the source just quoted (`demnach`, `demzufolge`): the
   * sentence is that source's report, the adverb its mention.
   */
  anaphoricAccordingTo: string[];
  /**
   * Impersonal cues: verb forms (→ lemma) that report only next to the impersonal subject
   * (`heißt es`, `es hieß`), their source a document named after a place word (`In einem Papier heißt
   * es, …`, `heißt es in dem Schreiben: „…“`) or no one.
   */
  impersonalForms: Record<string, string>;
  /**
   * Determiners a dative phrase opens with (`dem`, `der`): `Der Zeitung sagte der Minister, …` puts the
   * addressee first, and a medium or body so introduced before the verb, with a person after it, is no subject.
   */
  dativeDeterminers: string[];
  impersonalSubject: string;
  impersonalPlaces: string[];
  /**
   * Where a bare comma introduces reported content (`sagte, es sei …`): words opening a clause that is
   * not content, subordinators (`als`, `nachdem`, `wo`, `was`) and linking adverbs (`dennoch`, `deshalb`).
   */
  clauseLinks: string[];
  /**
   * Finite auxiliaries and modals that take the second place of a main clause, the cue closing it
   * (`Der Präsident hat sein Veto angekündigt`): the subject stands before them or right after them.
   */
  auxiliaries: string[];
  /** Determiners only an object opens with (`den`, `dem`, `einem`): such a phrase before an auxiliary is no subject. */
  obliqueDeterminers: string[];
  /** Nouns for a source's account, also as the end of a compound (`Angaben`, `Polizeiangaben`, `Meldungen`). */
  accountNouns: string[];
}
