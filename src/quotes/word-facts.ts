import type { Token } from '../document/types.js';
import type { Lexicon } from './lexicon.js';
import { isVerbOnly } from '../speakers/gazetteer.js';

/**
 * What the quote and speaker rules ask of a word again and again (is it capitalized, can it sit
 * in a speaker's phrase, is it a title or an organization's head word), computed once per distinct
 * word and locale and then looked up: one map lookup instead of a regex and several set lookups
 * each time a rule walks over the token.
 */
export interface TextFacts {
  /** The first character is an upper-case letter (`/^\p{Lu}/u`). */
  upperFirst: boolean;
  /** An upper-case letter, then a lower-case one (`/^\p{Lu}\p{Ll}/u`): a word written in title case. */
  titlecase: boolean;
  /** Upper-case letters only (`/^\p{Lu}+$/u`): `US`, `NATO`. */
  allUpper: boolean;
  /** A word whose first letter is a capital, or a particle joined to one (`al-Ansari`). */
  capitalized: boolean;
  /** The lowercase word without a possessive ending: `president’s` → `president`. */
  bare: string;
}

/** What a word is in a locale's word lists. */
export interface WordFacts {
  /** The lexicon these facts are of. */
  lex: Lexicon;
  /** How the word is written. */
  text: TextFacts;
  /** The lemma of the speech verb the word's lowercase form is, or undefined. */
  verb: string | undefined;
  /** The locale's word lists that hold the word's lowercase form, as `W` bits. */
  sets: number;
  /** The gazetteer (compromise's English lexicon) knows the word only as a verb form (`is`, `overlooks`). */
  verbOnly: boolean;
  /** The lemma of the impersonal cue the word's lowercase form is (`heißt` → heißen), or undefined. */
  impersonal: string | undefined;
  /** The word may sit inside a speaker's noun phrase. */
  phraseWord: boolean;
  /** The word heads a title or names a kind of source (spokesman, ministry, newspaper, officials). */
  headWord: boolean;
  /** A sentence-opening function word or verb written with a capital (`Jak`, `Earlier`), not `The`. */
  opener: boolean;
  /** A word that is written with a dot after it (`Mr`, `U.S`, `prof`). */
  abbreviation: boolean;
  /** An adverb in `-ly` (`publicly`): may stand between a subject and its verb. */
  adverbLy: boolean;
  /** A phrase word that may open a name in running text: capitalized, or a group or title word (`officials`, `spokesman`). */
  nameStart: boolean;
}

/** The word lists a word's facts tell membership of, as bits of `WordFacts.sets`: `is(t, lex, W.determiner)`. */
export const W = {
  determiner: 1 << 0,
  connector: 1 << 1,
  coordinator: 1 << 2,
  nameParticle: 1 << 3,
  complementizer: 1 << 4,
  timeWord: 1 << 5,
  nonContentStart: 1 << 6,
  pronoun: 1 << 7,
  preposition: 1 << 8,
  adjunct: 1 << 9,
  closer: 1 << 10,
  opener: 1 << 11,
  dash: 1 << 12,
  modifier: 1 << 13,
  cueBlocker: 1 << 14,
  nounLikeForm: 1 << 15,
  /** A title word, without a possessive ending (`president’s`). */
  title: 1 << 16,
  relativePronoun: 1 << 17,
  reportNoun: 1 << 18,
  anaphoricObject: 1 << 19,
  obliqueMarker: 1 << 20,
  indefinite: 1 << 21,
  /** The first word of an 'according to' phrase (`according`, `zdaniem`, `laut`). */
  accordingStart: 1 << 22,
  inlineAccordingTo: 1 << 23,
  accordingToAfterSource: 1 << 24,
  reportedMood: 1 << 25,
  stanceVerb: 1 << 26,
  quotedAs: 1 << 27,
  asCue: 1 << 28,
  /** The finite form of a separable speech verb (`gab` … `bekannt`). */
  separable: 1 << 29,
  anaphoricAccordingTo: 1 << 30,
} as const;

type WordList = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/** Each bit of `W` with the word list it tells membership of, read by the lowercase word unless `by` says otherwise. */
const LISTS: ReadonlyArray<readonly [bit: number, list: (lex: Lexicon) => WordList, by?: 'text' | 'bare']> = [
  [W.determiner, (l) => l.determiners],
  [W.connector, (l) => l.connectors],
  [W.coordinator, (l) => l.coordinators],
  [W.nameParticle, (l) => l.nameParticles],
  [W.complementizer, (l) => l.complementizers],
  [W.timeWord, (l) => l.timeWords],
  [W.nonContentStart, (l) => l.nonContentStarts],
  [W.pronoun, (l) => l.pronouns],
  [W.preposition, (l) => l.prepositions],
  [W.adjunct, (l) => l.adjuncts],
  [W.closer, (l) => l.closers, 'text'],
  [W.opener, (l) => l.openers, 'text'],
  [W.dash, (l) => l.dashes, 'text'],
  [W.modifier, (l) => l.modifiers],
  [W.cueBlocker, (l) => l.cueBlockers],
  [W.nounLikeForm, (l) => l.nounLikeForms],
  [W.title, (l) => l.titleWords, 'bare'],
  [W.relativePronoun, (l) => l.relativePronouns],
  [W.reportNoun, (l) => l.reportNouns],
  [W.anaphoricObject, (l) => l.anaphoricObjects],
  [W.obliqueMarker, (l) => l.obliqueMarkers],
  [W.indefinite, (l) => l.indefinites],
  [W.accordingStart, (l) => l.accordingByFirstWord],
  [W.inlineAccordingTo, (l) => l.inlineAccordingTo],
  [W.accordingToAfterSource, (l) => l.accordingToAfterSource],
  [W.reportedMood, (l) => l.reportedMood],
  [W.stanceVerb, (l) => l.stanceVerbs],
  [W.quotedAs, (l) => l.quotedAs],
  [W.asCue, (l) => l.asCue],
  [W.separable, (l) => l.separableVerbs],
  [W.anaphoricAccordingTo, (l) => l.anaphoricAccordingTo],
];

/** The `W` bits of a word: worked out once per word and locale (wordFacts remembers them). */
function setsOf(text: string, lower: string, lex: Lexicon): number {
  const keys = { text, bare: textFacts(text).bare };
  let bits = 0;
  for (const [bit, list, by] of LISTS) if (list(lex).has(by ? keys[by] : lower)) bits |= bit;
  return bits;
}

const UPPER = /^\p{Lu}/u;
const TITLECASE = /^\p{Lu}\p{Ll}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const ABBREVIATION = /^(?:\p{Lu}[\p{Ll}]{0,3}|\p{Lu}(?:\.\p{Lu})+)$/u;
const POSSESSIVE = /['’]s?$/u;
const ADVERB_LY = /^\p{Ll}{3,}ly$/u;
// `al-Ansari`, `el-Sisi`, `bin-Salman`: a lowercase particle joined to a capitalized name.
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|bin|ibn|ben|d|o)[-‐'’]\p{Lu}/u;
const JOINT = /[-‐'’]/u;

/** How a word is written. */
function textFactsOf(text: string): TextFacts {
  const lower = text.toLowerCase();
  const upperFirst = UPPER.test(text);
  let capitalized: boolean;
  // The first letter changed by lowercasing: a capital (else, maybe a particle joined to a name).
  if (text.charCodeAt(0) !== lower.charCodeAt(0)) capitalized = upperFirst;
  else {
    const joint = text.search(JOINT);
    capitalized = joint > 0 && joint <= 3 && PARTICLE_NAME.test(text);
  }
  const bare = lower.endsWith('s') || lower.endsWith('’') || lower.endsWith("'") ? lower.replace(POSSESSIVE, '') : lower;
  return { upperFirst, titlecase: TITLECASE.test(text), allUpper: ALL_UPPER.test(text), capitalized, bare };
}

/** The facts of one word, worked out from the text and the locale's word lists. */
function factsOf(text: string, lex: Lexicon): WordFacts {
  const lower = text.toLowerCase();
  const written = textFacts(text);
  const { capitalized, titlecase, bare } = written;
  const headWord = lex.titleWords.has(bare) || lex.orgWords.has(bare) || lex.mediaWords.has(bare) || lex.groupWords.has(bare);
  let phraseWord: boolean;
  if (lex.timeWords.has(bare)) phraseWord = false;
  else if (capitalized || headWord || lex.modifiers.has(bare)) phraseWord = true;
  else phraseWord = lex.adjectiveSuffixes.some((s) => bare.length > s.length + 2 && bare.endsWith(s)) && !lex.verbs.has(bare);
  return {
    lex,
    text: written,
    verb: lex.verbs.get(lower),
    sets: setsOf(text, lower, lex),
    verbOnly: isVerbOnly(text),
    impersonal: lex.impersonalForms.get(lower),
    phraseWord,
    headWord,
    nameStart: phraseWord && (capitalized || lex.groupWords.has(lower) || lex.titleWords.has(lower)),
    opener: titlecase && lex.openingWords.has(lower) && !lex.determiners.has(lower),
    abbreviation: ABBREVIATION.test(text) || lex.abbreviations.has(lower),
    adverbLy: ADVERB_LY.test(text),
  };
}

/** Distinct words kept per table before it starts afresh: bounds memory on endless input. */
const MAX_WORDS = 100_000;
const texts = new Map<string, TextFacts>();

/** How a text is written (its case, its bare form), computed on first sight of it. */
export function textFacts(text: string): TextFacts {
  let f = texts.get(text);
  if (f === undefined) {
    if (texts.size >= MAX_WORDS) texts.clear();
    f = textFactsOf(text);
    texts.set(text, f);
  }
  return f;
}

/**
 * The facts of a token's text in a locale (`lex.wordTable`), computed on first sight of the word and
 * kept on the token (`Token.memo`): asked again, about the token, they are a field read.
 */
export function wordFacts(t: Token, lex: Lexicon): WordFacts {
  const memo = t.memo as WordFacts | null;
  if (memo !== null && memo.lex === lex) return memo;
  const table = lex.wordTable;
  let f = table.get(t.text);
  if (f === undefined) {
    if (table.size >= MAX_WORDS) table.clear();
    f = factsOf(t.text, lex);
    table.set(t.text, f);
  }
  t.memo = f;
  return f;
}

/** How a token is written: `textFacts(t.text)`, read from the token's memo when it has one. */
export function writtenOf(t: Token): TextFacts {
  const memo = t.memo as WordFacts | null;
  return memo !== null ? memo.text : textFacts(t.text);
}

/** True when the token's lowercase form is in the locale's word list `bit` (a `W` bit). */
export const is = (t: Token, lex: Lexicon, bit: number): boolean => (wordFacts(t, lex).sets & bit) !== 0;
