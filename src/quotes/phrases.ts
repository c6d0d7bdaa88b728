import type { Token } from '../document/types.js';
import type { Lexicon } from './lexicon.js';
import { is, W, wordFacts, writtenOf } from './word-facts.js';
import { isFirstName } from '../speakers/first-names.js';

/** A noun phrase as token indices [first, last] into `Document.tokens`, inclusive. */
export interface Phrase {
  first: number;
  last: number;
}

export const lower = (t: Token): string => t.lower;
/** A word of two or more letters written all in capitals (`WHO`, `US`): an acronym, never a pronoun. */
export const inCapitals = (t: Token): boolean => t.text.length > 1 && writtenOf(t).allUpper;
/** A pronoun of the locale as written: not an acronym in capitals (`WHO`, `US`, `IT`), though `I` is one. */
export const isPronoun = (t: Token, lex: Lexicon): boolean => is(t, lex, W.pronoun) && !inCapitals(t);
/** A sentence-opening function word or verb written with a capital (`Jak`, `Wygrał`, `Earlier`), not `US` or `The`. */
const isOpener = (t: Token, lex: Lexicon): boolean => wordFacts(t, lex).opener;
/** `Mr`, `U.S`, `prof`, `bryg`: a word written with a dot after it. */
const isAbbreviation = (t: Token, lex: Lexicon): boolean => wordFacts(t, lex).abbreviation;
/** A word whose first letter is a capital, or a lowercase particle joined to a capitalized name (`al-Ansari`). */
export const isCapitalized = (t: Token): boolean => t.kind === 'word' && writtenOf(t).capitalized;
/** The word without a possessive ending: `president’s` → `president`. */
export const bare = (t: Token): string => writtenOf(t).bare;

/** True for a word that can sit inside a speaker's noun phrase. */
export const isPhraseWord = (t: Token, lex: Lexicon): boolean => t.kind === 'word' && wordFacts(t, lex).phraseWord;

/**
 * `Theresa May`, `Brian May`, `Elaine March`: a month name or an auxiliary written with a capital right
 * after a first name is a surname, not a time word or a verb.
 */
export function isSurnameWord(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  if (i === 0 || !is(tokens[i]!, lex, W.timeWord | W.adjunct) || !isCapitalized(tokens[i]!)) return false;
  const prev = tokens[i - 1]!;
  return isCapitalized(prev) && isFirstName(prev.text, lex);
}

/** True for a word that heads a title or names a kind of source (spokesman, ministry, newspaper, officials). */
export const isHeadWord = (t: Token, lex: Lexicon): boolean => wordFacts(t, lex).headWord;


/**
 * The noun phrase that ends at token `end` (its subject-side edge), not reaching before `from`:
 * `Press Secretary of the Russian President Dmitry Peskov`, `the Kremlin spokesman`, `he`.
 */
/** Index of the `(` that opens a short parenthesis closed at `close` (`(D-Wis.)`, `(R)`), or -1. */
function parenthesisOpen(tokens: readonly Token[], close: number, from: number): number {
  for (let i = close - 1; i >= Math.max(from, close - 7); i--) {
    if (tokens[i]!.text === '(') return i;
    if (tokens[i]!.text === ')') return -1;
  }
  return -1;
}

/** No speaker's phrase is longer: the bound keeps every phrase walk constant-time on hostile text. */
export const MAX_PHRASE = 32;

export function phraseEndingAt(tokens: readonly Token[], end: number, from: number, lex: Lexicon): Phrase | null {
  if (end < from) return null;
  from = Math.max(from, end - MAX_PHRASE);
  // `Rep. Gwen Moore (D-Wis.)`: a short parenthesis after the name is part of the phrase.
  if (tokens[end]!.text === ')') {
    const open = parenthesisOpen(tokens, end, from);
    if (open > from && isPhraseWord(tokens[open - 1]!, lex)) {
      const inner = phraseEndingAt(tokens, open - 1, from, lex);
      return inner ? { first: inner.first, last: end } : null;
    }
    return null;
  }
  // `The S.E.C. said`, `Martin Luther King Jr. said`: the dot of an abbreviation closing the phrase.
  if (tokens[end]!.text === '.' && end - 1 >= from && isAbbreviation(tokens[end - 1]!, lex) && isPhraseWord(tokens[end - 1]!, lex)) {
    const inner = phraseEndingAt(tokens, end - 1, from, lex);
    return inner ? { first: inner.first, last: end } : null;
  }
  const last = tokens[end]!;
  if (isPronoun(last, lex)) return { first: end, last: end };
  if (!isPhraseWord(last, lex) && !isSurnameWord(tokens, end, lex)) return null;
  let i = end;
  while (i > from) {
    const t = tokens[i - 1]!;
    if (isPhraseWord(t, lex) || isSurnameWord(tokens, i - 1, lex)) {
      i--;
      continue;
    }
    // Mr. / U.S. / Gov. : the dot of an abbreviation inside the phrase.
    if (t.text === '.' && i - 2 >= from && isAbbreviation(tokens[i - 2]!, lex)) {
      i--;
      continue;
    }
    // `Corrêa do Lago`, `von der Leyen`: name particles between capitalized words.
    if (is(t, lex, W.nameParticle) && isCapitalized(tokens[i]!)) {
      let p = i - 1;
      while (p - 1 >= from && is(tokens[p - 1]!, lex, W.nameParticle)) p--;
      if (p - 1 >= from && isCapitalized(tokens[p - 1]!)) {
        i = p;
        continue;
      }
    }
    // `Centers for Disease Control and Prevention`, `Department of Health and Social Care`: `and` inside a
    // name that already holds a connector.
    if (is(t, lex, W.coordinator) && isCapitalized(tokens[i]!) && i - 2 >= from && isCapitalized(tokens[i - 2]!)) {
      let c = i - 2;
      while (c > from && isCapitalized(tokens[c]!)) c--;
      if (is(tokens[c]!, lex, W.connector) && c - 1 >= from && isCapitalized(tokens[c - 1]!)) {
        i--;
        continue;
      }
    }
    // of the …, w Caracas, for Foreign Affairs: a connector between phrase words.
    if (is(t, lex, W.connector) && i - 2 >= from && isPhraseWord(tokens[i - 2]!, lex) && isCapitalized(tokens[i]!)) {
      i--;
      continue;
    }
    if (is(t, lex, W.determiner)) {
      const before = i - 2 >= from ? tokens[i - 2]! : null;
      if (before && is(before, lex, W.connector) && i - 3 >= from && isPhraseWord(tokens[i - 3]!, lex)) {
        i -= 2;
        continue;
      }
      i--;
      break;
    }
    break;
  }
  // Drop sentence-opening words that name no one (Earlier the Miami Herald …); a lone one is no phrase (`Jak`).
  // Only at the opening of the stretch or after punctuation: inside a sentence, a capitalized word is a
  // noun or a name (German `Berichten zufolge`), not an opener.
  if (i === from || tokens[i - 1]!.kind === 'punct') while (i <= end && isOpener(tokens[i]!, lex)) i++;
  return i <= end ? { first: i, last: end } : null;
}

/**
 * The noun phrase that starts at token `start` and runs forward, not reaching `to`
 * (exclusive): `Siergiej Riabkow`, `rosyjski ambasador w Caracas Siergiej Malik-Bagdasarow`, `prezydent USA`.
 */
export function phraseStartingAt(tokens: readonly Token[], start: number, to: number, lex: Lexicon): Phrase | null {
  if (start >= to) return null;
  to = Math.min(to, start + MAX_PHRASE);
  let i = start;
  const first = tokens[i]!;
  // A medium's title in quote marks: `„Rzeczpospolita”`, `“The Atlantic”`.
  if (is(first, lex, W.opener) && i + 2 < to && isCapitalized(tokens[i + 1]!)) {
    const inner = phraseStartingAt(tokens, i + 1, to, lex);
    if (inner && inner.last + 1 < to && is(tokens[inner.last + 1]!, lex, W.closer)) return { first: i, last: inner.last + 1 };
  }
  // A capitalized sentence opener (`Jak`, `Wygrał`) is not the start of a name.
  if (isOpener(first, lex) && i + 1 < to && isPhraseWord(tokens[i + 1]!, lex)) {
    return phraseStartingAt(tokens, i + 1, to, lex);
  }
  if (isPronoun(first, lex)) return { first: i, last: i };
  if (is(first, lex, W.determiner) && i + 1 < to && isPhraseWord(tokens[i + 1]!, lex)) i++;
  if (!isPhraseWord(tokens[i]!, lex)) return null;
  let last = i;
  i++;
  while (i < to) {
    const t = tokens[i]!;
    if (isPhraseWord(t, lex) || isSurnameWord(tokens, i, lex)) {
      last = i++;
      continue;
    }
    if (t.text === '.' && isAbbreviation(tokens[i - 1]!, lex) && i + 1 < to && isCapitalized(tokens[i + 1]!)) {
      i++;
      continue;
    }
    if (t.text === '(') {
      let c = i + 1;
      while (c < to && c < i + 7 && tokens[c]!.text !== ')' && tokens[c]!.text !== '(') c++;
      if (c < to && tokens[c]!.text === ')' && c > i + 1) {
        last = c;
        i = c + 1;
        continue;
      }
    }
    // `Corrêa do Lago`, `von der Leyen`: name particles between capitalized words.
    if (is(t, lex, W.nameParticle) && isCapitalized(tokens[i - 1]!)) {
      let j = i;
      while (j < to && is(tokens[j]!, lex, W.nameParticle)) j++;
      if (j < to && isCapitalized(tokens[j]!)) {
        i = j;
        continue;
      }
    }
    // `Wicepremier i minister obrony Władysław …`, `President and CEO Jane Doe`: coordinated titles.
    if (is(t, lex, W.coordinator) && is(tokens[i - 1]!, lex, W.title) && i + 1 < to && is(tokens[i + 1]!, lex, W.title)) {
      i++;
      continue;
    }
    // `minister finansów Anna Wiśniewska`, `rzecznik resortu Jan Kowalski`: a title's complement before the name.
    if (t.kind === 'word' && is(tokens[i - 1]!, lex, W.title) && wordFacts(t, lex).verb === undefined) {
      let j = i;
      while (j < to && j < i + 3 && tokens[j]!.kind === 'word' && !isCapitalized(tokens[j]!) && wordFacts(tokens[j]!, lex).verb === undefined) j++;
      if (j > i && j < to && isCapitalized(tokens[j]!) && !is(tokens[j]!, lex, W.timeWord)) {
        i = j;
        continue;
      }
    }
    if (is(t, lex, W.connector) && i + 1 < to) {
      let j = i + 1;
      if (is(tokens[j]!, lex, W.determiner) && j + 1 < to) j++;
      if (isCapitalized(tokens[j]!)) {
        i = j;
        continue;
      }
    }
    break;
  }
  return { first: start, last };
}

/** Index of the first token at or after `from` whose lowercase text is in `set`, before `to`; -1 if none. */
export function findWord(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): number {
  for (let i = from; i < to; i++) if (set.has(lower(tokens[i]!))) return i;
  return -1;
}
