import type { Locale } from '../locales/types.js';
import type { Gender } from '../speakers/locale.js';
import type { WordFacts } from './word-facts.js';

/** A locale's quote and speaker words compiled into lookups, built once per locale. */
export interface Lexicon {
  locale: Locale;
  subjectAfterVerb: boolean;
  /** Speech-verb form → lemma. */
  verbs: Map<string, string>;
  /** Finite form of a separable speech verb's base → its particles and lemmas (`gab` → an: angeben, bekannt: bekanntgeben). */
  separableVerbs: Map<string, Array<{ particle: string; lemma: string }>>;
  needsComplementizer: Set<string>;
  beliefVerbs: Set<string>;
  namingVerbs: Set<string>;
  addresseeVerbs: Set<string>;
  quotingVerbs: Set<string>;
  quotedAs: Set<string>;
  cueBlockers: Set<string>;
  /** Multi-word 'according to' phrases as token lists, longest first. */
  accordingTo: string[][];
  /** The 'according to' phrases by their first word (longest first, as in `accordingTo`). */
  accordingByFirstWord: Map<string, string[][]>;
  asCue: Set<string>;
  complementizers: Set<string>;
  anaphoricObjects: Set<string>;
  reportNouns: Set<string>;
  coordinators: Set<string>;
  nonContentStarts: Set<string>;
  reportedMood: Set<string>;
  stanceVerbs: Set<string>;
  nounLikeForms: Set<string>;
  prepositions: Set<string>;
  inlineAccordingTo: Set<string>;
  accordingToAfterSource: Set<string>;
  anaphoricAccordingTo: Set<string>;
  impersonalForms: Map<string, string>;
  impersonalSubject: string;
  impersonalPlaces: Set<string>;
  dativeDeterminers: Set<string>;
  accountNouns: string[];
  clauseLinks: Set<string>;
  auxiliaries: Set<string>;
  obliqueDeterminers: Set<string>;
  /** Title words (every word of every title). */
  titleWords: Set<string>;
  groupWords: Set<string>;
  pronouns: Map<string, Gender>;
  firstNames: Map<string, Gender>;
  relativePronouns: Set<string>;
  firstPerson: Set<string>;
  spokesTitles: Set<string>;
  nameParticles: Set<string>;
  bylineWord: string;
  /** True when compromise's (English) lexicon can tell verbs from nouns for this language. */
  englishLexicon: boolean;
  determiners: Set<string>;
  /** Determiners that bring in someone new (`a`, `another`). */
  indefinites: Set<string>;
  modifiers: Set<string>;
  adjectiveSuffixes: string[];
  connectors: Set<string>;
  adjuncts: Set<string>;
  orgWords: Set<string>;
  mediaWords: Set<string>;
  obliqueMarkers: Set<string>;
  /** Abbreviations written with a dot (`prof`, `bryg`, `Mr`), lowercase: the dot stays inside a name phrase. */
  abbreviations: Set<string>;
  /**
   * Lowercase words that, capitalized at a sentence start, open the sentence rather than a name:
   * function words, adjuncts, the first words of 'according to' phrases, speech verbs.
   */
  openingWords: Set<string>;
  /** Month and weekday names: time words that may stand between a subject and its verb. */
  timeWords: Set<string>;
  /** Quote marks: opening mark → its closing marks. */
  openers: Map<string, string[]>;
  /** Every closing mark. */
  closers: Set<string>;
  dashes: Set<string>;
  /** The facts of the words seen so far, per distinct word (filled by `wordFacts`). */
  wordTable: Map<string, WordFacts>;
}

const cache = new WeakMap<Locale, Lexicon>();

const words = (phrases: readonly string[]): Set<string> => new Set(phrases.flatMap((p) => p.toLowerCase().split(/\s+/u)));

/** Head words of noun phrases: one-word entries, and the last word of longer ones (`news agency` → agency). */
const heads = (phrases: readonly string[]): Set<string> => new Set(phrases.map((p) => p.toLowerCase().split(/\s+/u).pop()!));

export function lexiconOf(locale: Locale): Lexicon {
  const hit = cache.get(locale);
  if (hit) return hit;
  const q = locale.quotes;
  const s = locale.speakers;
  const verbs = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(q.speechVerbs)) for (const f of forms) if (!verbs.has(f)) verbs.set(f, lemma);
  const separableVerbs = new Map<string, Array<{ particle: string; lemma: string }>>();
  for (const [lemma, particle, forms] of q.separableVerbs) {
    for (const f of forms) {
      const list = separableVerbs.get(f) ?? [];
      list.push({ particle, lemma });
      separableVerbs.set(f, list);
    }
  }
  const openers = new Map<string, string[]>();
  for (const [o, c] of q.marks) openers.set(o, [...(openers.get(o) ?? []), c]);
  const dashes = new Set(q.dialogueDashes);
  const accordingTo = q.accordingTo.map((p) => p.toLowerCase().split(/\s+/u)).sort((a, b) => b.length - a.length);
  const accordingByFirstWord = new Map<string, string[][]>();
  for (const words of accordingTo) accordingByFirstWord.set(words[0]!, [...(accordingByFirstWord.get(words[0]!) ?? []), words]);
  const lex: Lexicon = {
    locale,
    subjectAfterVerb: q.subjectAfterVerb,
    verbs,
    separableVerbs,
    needsComplementizer: new Set(q.needsComplementizer),
    beliefVerbs: new Set(q.beliefVerbs),
    namingVerbs: new Set(q.namingVerbs),
    addresseeVerbs: new Set(q.addresseeVerbs),
    quotingVerbs: new Set(q.quotingVerbs),
    quotedAs: new Set(q.quotedAs),
    cueBlockers: new Set(q.cueBlockers),
    accordingTo,
    accordingByFirstWord,
    asCue: new Set(q.asCue),
    complementizers: new Set(q.complementizers),
    anaphoricObjects: new Set(q.anaphoricObjects),
    reportNouns: new Set(q.reportNouns),
    coordinators: new Set(q.coordinators),
    nonContentStarts: new Set(q.nonContentStarts),
    reportedMood: new Set(q.reportedMoodForms),
    stanceVerbs: new Set(q.stanceVerbForms),
    nounLikeForms: new Set(q.nounLikeForms),
    prepositions: new Set(q.prepositions),
    inlineAccordingTo: new Set(q.inlineAccordingTo),
    accordingToAfterSource: new Set(q.accordingToAfterSource),
    anaphoricAccordingTo: new Set(q.anaphoricAccordingTo),
    impersonalForms: new Map(Object.entries(q.impersonalForms)),
    impersonalSubject: q.impersonalSubject,
    impersonalPlaces: new Set(q.impersonalPlaces),
    dativeDeterminers: new Set(q.dativeDeterminers),
    accountNouns: q.accountNouns,
    clauseLinks: new Set(q.clauseLinks),
    auxiliaries: new Set(q.auxiliaries),
    obliqueDeterminers: new Set(q.obliqueDeterminers),
    titleWords: words(s.titles),
    groupWords: new Set(s.groupWords),
    pronouns: new Map(Object.entries(s.pronouns)),
    firstNames: new Map(Object.entries(s.firstNames)),
    relativePronouns: new Set(s.relativePronouns),
    firstPerson: new Set(s.firstPersonPronouns),
    spokesTitles: new Set(s.spokesTitles),
    nameParticles: new Set(s.nameParticles),
    bylineWord: s.bylineWord,
    englishLexicon: locale.code === 'en',
    determiners: new Set(s.determiners),
    indefinites: new Set(s.indefiniteDeterminers),
    modifiers: new Set(s.modifiers),
    adjectiveSuffixes: s.adjectiveSuffixes,
    connectors: new Set(s.connectors),
    adjuncts: new Set(s.adjuncts),
    orgWords: heads(s.organizationWords),
    mediaWords: heads(s.mediaWords),
    obliqueMarkers: new Set(s.obliqueMarkers),
    abbreviations: new Set(locale.text.abbreviations),
    openingWords: new Set([
      ...q.asCue, ...q.complementizers, ...q.coordinators, ...q.nonContentStarts, ...q.anaphoricObjects,
      ...q.accordingTo.map((p) => p.toLowerCase().split(/\s+/u)[0]!), ...q.inlineAccordingTo, ...q.anaphoricAccordingTo, ...s.adjuncts, ...s.determiners,
      ...s.connectors, ...s.relativePronouns, ...verbs.keys(),
    ]),
    timeWords: new Set([...Object.keys(locale.dates.months), ...Object.keys(locale.dates.weekdays)].filter((w) => w.length > 3)),
    openers,
    closers: new Set(q.marks.map(([, c]) => c)),
    dashes,
    wordTable: new Map(),
  };
  cache.set(locale, lex);
  return lex;
}
