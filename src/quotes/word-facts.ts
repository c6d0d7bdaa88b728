import type { Token } from '../document/types.js';
import type { Lexicon } from './lexicon.js';

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
  const { capitalized, titlecase, bare } = textFacts(text);
  const headWord = lex.titleWords.has(bare) || lex.orgWords.has(bare) || lex.mediaWords.has(bare) || lex.groupWords.has(bare);
  let phraseWord: boolean;
  if (lex.timeWords.has(bare)) phraseWord = false;
  else if (capitalized || headWord || lex.modifiers.has(bare)) phraseWord = true;
  else phraseWord = lex.adjectiveSuffixes.some((s) => bare.length > s.length + 2 && bare.endsWith(s)) && !lex.verbs.has(bare);
  return {
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

/** The facts of a token's text in a locale (`lex.wordTable`), computed on first sight of the word. */
export function wordFacts(t: Token, lex: Lexicon): WordFacts {
  const table = lex.wordTable;
  let f = table.get(t.text);
  if (f === undefined) {
    if (table.size >= MAX_WORDS) table.clear();
    f = factsOf(t.text, lex);
    table.set(t.text, f);
  }
  return f;
}
