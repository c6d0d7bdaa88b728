import { classesOf } from './code-points.js';

/** A sentence's extent inside a paragraph. */
export interface RawSentence {
  start: number;
  end: number;
}

const TERMINATOR = new Set(['.', '!', '?', '…', '。', '！', '？']);
/** Finds the next TERMINATOR (`lastIndex` is one past it). */
const TERMINATORS = /[.!?…。！？]/gu;
// Closing marks that may follow a terminator and still belong to the sentence.
const CLOSER = new Set(['"', '”', '’', "'", '»', '«', ')', ']', '“', '‘']);
const SPACE = /\s/u;
// What may start a new sentence: an upper-case letter or digit, an opening quote, bracket or dash.
const OPENER = /[\p{Lu}\p{Lt}\p{N}"“„«»‘'(\[—–\-¿¡]/u;
const WORD_CHAR = /[\p{L}\p{M}.]/u;
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;

// The tests above, by UTF-16 code unit (as `text[i]` reads it), remembered in a table.
const KNOWN = 1;
const IS_TERMINATOR_OR_CLOSER = 2;
const IS_SPACE = 4;
const IS_OPENER = 8;
const IS_WORD_CHAR = 16;
const classOf = classesOf(
  (ch) =>
    KNOWN |
    (TERMINATOR.has(ch) || CLOSER.has(ch) ? IS_TERMINATOR_OR_CLOSER : 0) |
    (SPACE.test(ch) ? IS_SPACE : 0) |
    (OPENER.test(ch) ? IS_OPENER : 0) |
    (WORD_CHAR.test(ch) ? IS_WORD_CHAR : 0),
);
/** The classes of the code unit at `i`. */
const unitClass = (text: string, i: number): number => classOf(text.charCodeAt(i));

/**
 * Splits one paragraph [start, end) into sentences, in one pass. A sentence ends at
 * `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) that is followed by
 * whitespace and something that can open a sentence, unless the word before a full
 * stop is an abbreviation (`Mr.`, `U.S.`, `tys.`) or a single letter (an initial).
 */
const NO_WORDS: ReadonlySet<string> = new Set();
const ORDINAL = /^\p{N}{1,2}$/u;
const NEXT_WORD = /[\p{L}\p{M}]+/uy;

/**
 * `ordinalFollowers`: words (lowercase) that an ordinal number with a dot may precede without
 * ending the sentence, such as month names in German and Polish dates (`3. Oktober`).
 * `abbreviations` must not change between calls (its longest word is remembered).
 */
export function splitSentences(
  text: string,
  start: number,
  end: number,
  abbreviations: ReadonlySet<string>,
  ordinalFollowers: ReadonlySet<string> = NO_WORDS,
): RawSentence[] {
  const out: RawSentence[] = [];
  let sStart = start;
  // The regex engine finds the next terminator faster than a loop over the code units; it reads a
  // view of the paragraph (a slice shares the text's characters), so it never reads past `end`.
  const view = text.slice(start, end);
  const next = TERMINATORS;
  next.lastIndex = 0;
  while (next.test(view)) {
    const i = start + next.lastIndex - 1;
    const dot = text.charCodeAt(i) === 46;
    let j = i + 1;
    while (j < end && unitClass(text, j) & IS_TERMINATOR_OR_CLOSER) j++;
    if (j >= end) break;
    if (!(unitClass(text, j) & IS_SPACE)) {
      next.lastIndex = j - start;
      continue;
    }
    let k = j;
    while (k < end && unitClass(text, k) & IS_SPACE) k++;
    next.lastIndex = k - start;
    if (k >= end || !(unitClass(text, k) & IS_OPENER)) continue;
    if (dot && j === i + 1 && endsWithAbbreviation(text, sStart, i, abbreviations)) continue;
    if (dot && j === i + 1 && ordinalFollowers.size && mayEndOrdinal(text.charCodeAt(i - 1)) && ORDINAL.test(text.slice(Math.max(sStart, i - 2), i).trim())) {
      NEXT_WORD.lastIndex = k;
      const word = NEXT_WORD.exec(text);
      if (word && ordinalFollowers.has(word[0].toLowerCase())) continue;
    }
    out.push({ start: sStart, end: j });
    sStart = k;
  }
  if (sStart < end) out.push({ start: sStart, end });
  return out;
}

/** False for a code unit before a dot that rules out an ordinal: ASCII other than a digit or white space. */
function mayEndOrdinal(c: number): boolean {
  return c >= 128 || (c >= 48 && c <= 57) || c <= 32;
}

function endsWithAbbreviation(text: string, from: number, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let w = dot;
  // Look back at most 12 characters: abbreviations are short, and the scan stays linear.
  const limit = Math.max(from, dot - 12);
  while (w > limit && unitClass(text, w - 1) & IS_WORD_CHAR) w--;
  if (w === dot) return false;
  if (w === limit && w > from && unitClass(text, w - 1) & IS_WORD_CHAR) return false;
  // Initials (J. R. R. Tolkien, G.K. Butterfield) start with a capital: a word starting with another
  // ASCII character is none, and needs no regex.
  const first = text.charCodeAt(w);
  if ((first >= 128 || (first >= 65 && first <= 90)) && INITIALS.test(text.slice(w, dot))) return true;
  // toLowerCase never shortens a string: a word longer than every abbreviation is none.
  if (dot - w > longestOf(abbreviations)) return false;
  return abbreviations.has(text.slice(w, dot).toLowerCase());
}

const longest = new WeakMap<ReadonlySet<string>, number>();
/** The length of the longest word in the set. */
function longestOf(words: ReadonlySet<string>): number {
  let n = longest.get(words);
  if (n === undefined) {
    n = 0;
    for (const w of words) n = Math.max(n, w.length);
    longest.set(words, n);
  }
  return n;
}
