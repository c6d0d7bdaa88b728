/**
 * String helpers for names and titles on the hot path of speaker resolution: the same answers as
 * the regexes they stand for (`s.split(/\s+/u)`, `s.replace(/['’]s$/u, '')`), without a regex call.
 */

/** True for a code unit JavaScript's `\s` matches. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `s.split(/\s+/u)`: the parts between runs of white space (empty at an edge that is white space). */
export function splitOnSpace(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    if (!isSpaceCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    out.push(s.slice(start, i));
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    start = i;
  }
  out.push(s.slice(start));
  return out;
}

/** `s.split(/\s+/u).filter(Boolean)`: the words of `s`. */
export function wordsOf(s: string): string[] {
  const parts = splitOnSpace(s);
  return parts[0] === '' || parts[parts.length - 1] === '' ? parts.filter(Boolean) : parts;
}

/** A word or name without its possessive ending: `Peskov’s` → `Peskov` (`s.replace(/['’]s$/u, '')`). */
export const withoutPossessive = (s: string): string => (s.endsWith("'s") || s.endsWith('’s') ? s.slice(0, -2) : s);

/** `/\s/u.test(s)`: true when `s` holds white space. */
export function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return true;
  return false;
}
