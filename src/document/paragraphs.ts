/** A paragraph's extent before sentences are split: trimmed, never empty. */
export interface RawParagraph {
  start: number;
  end: number;
}

// Whitespace plus the invisible format characters (zero-width space, joiners, BOM) that scraped text carries.
const BLANK = /[\s\u200B-\u200D\u2060\uFEFF]/u;

function isBlank(ch: string): boolean {
  return BLANK.test(ch);
}

/**
 * Splits the text into paragraphs: every line (ended by \n, \r\n, \r, U+2028 or U+2029)
 * that holds something other than whitespace is one paragraph, trimmed of the
 * whitespace and invisible characters at both ends. One pass over the text.
 */
export function splitParagraphs(text: string): RawParagraph[] {
  const out: RawParagraph[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      let s = lineStart;
      let e = i;
      while (s < e && isBlank(text[s]!)) s++;
      while (e > s && isBlank(text[e - 1]!)) e--;
      if (e > s) out.push({ start: s, end: e });
      lineStart = i + 1;
    }
  }
  return out;
}
