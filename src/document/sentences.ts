/** A sentence's extent inside a paragraph. */
export interface RawSentence {
  start: number;
  end: number;
}

const TERMINATOR = new Set(['.', '!', '?', '…', '。', '！', '？']);
/** TERMINATOR by char code: `.` `!` `?` `…` `。` `！` `？`. */
const isTerminator = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
// Closing marks that may follow a terminator and still belong to the sentence.
const CLOSER = new Set(['"', '”', '’', "'", '»', '«', ')', ']', '“', '‘']);
const SPACE = /\s/u;
// What may start a new sentence: an upper-case letter or digit, an opening quote, bracket or dash.
const OPENER = /[\p{Lu}\p{Lt}\p{N}"“„«»‘'(\[—–\-¿¡]/u;
const WORD_CHAR = /[\p{L}\p{M}.]/u;

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
  let i = start;
  while (i < end) {
    if (!isTerminator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const ch = text[i]!;
    let j = i + 1;
    while (j < end && (TERMINATOR.has(text[j]!) || CLOSER.has(text[j]!))) j++;
    if (j >= end) break;
    if (!SPACE.test(text[j]!)) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && SPACE.test(text[k]!)) k++;
    if (k >= end || !OPENER.test(text[k]!)) {
      i = k;
      continue;
    }
    if (ch === '.' && j === i + 1 && endsWithAbbreviation(text, sStart, i, abbreviations)) {
      i = k;
      continue;
    }
    if (ch === '.' && j === i + 1 && ordinalFollowers.size && ORDINAL.test(text.slice(Math.max(sStart, i - 2), i).trim())) {
      NEXT_WORD.lastIndex = k;
      const next = NEXT_WORD.exec(text);
      if (next && ordinalFollowers.has(next[0].toLowerCase())) {
        i = k;
        continue;
      }
    }
    out.push({ start: sStart, end: j });
    sStart = k;
    i = k;
  }
  if (sStart < end) out.push({ start: sStart, end });
  return out;
}

function endsWithAbbreviation(text: string, from: number, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let w = dot;
  // Look back at most 12 characters: abbreviations are short, and the scan stays linear.
  const limit = Math.max(from, dot - 12);
  while (w > limit && WORD_CHAR.test(text[w - 1]!)) w--;
  if (w === dot) return false;
  if (w === limit && w > from && WORD_CHAR.test(text[w - 1]!)) return false;
  const word = text.slice(w, dot);
  if (/^\p{Lu}(?:\.\p{Lu})*$/u.test(word)) return true; // initials: J. R. R. Tolkien, G.K. Butterfield
  return abbreviations.has(word.toLowerCase());
}
