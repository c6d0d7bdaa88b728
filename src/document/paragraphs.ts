/** A paragraph's extent before sentences are split: trimmed, never empty. */
export interface RawParagraph {
  start: number;
  end: number;
}

// Whitespace plus the invisible format characters (zero-width space, joiners, BOM) that scraped text carries.
const BLANK = /[\s\u200B-\u200D\u2060\uFEFF]/u;

/** BLANK for one code unit: Latin-1 written out (tab to carriage return, space, no-break space), the rest asked of the regex. */
function isBlank(c: number): boolean {
  if (c < 0x100) return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
  return BLANK.test(String.fromCharCode(c));
}

/** A line end: \n, \r (so \r\n is two, the empty line between them holding nothing), U+2028, U+2029. */
const LINE_END = /[\n\r\u2028\u2029]/gu;

/**
 * Splits the text into paragraphs: every line (ended by \n, \r\n, \r, U+2028 or U+2029)
 * that holds something other than whitespace is one paragraph, trimmed of the
 * whitespace and invisible characters at both ends. One pass over the text.
 */
export function splitParagraphs(text: string): RawParagraph[] {
  const out: RawParagraph[] = [];
  let lineStart = 0;
  const n = text.length;
  // The regex engine finds the next line end faster than a loop over the code units.
  const next = LINE_END;
  next.lastIndex = 0;
  for (;;) {
    const found = next.test(text);
    const i = found ? next.lastIndex - 1 : n;
    let s = lineStart;
    let e = i;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    if (!found) return out;
    lineStart = i + 1;
  }
}
