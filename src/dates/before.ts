import { isLetterOrDigit } from './finders/starts.js';
import type { Lexicon } from './lexicon.js';

/**
 * The preposition and period prefix ending `s` (groups 1 and 2 of `lex.before`), as an unanchored
 * search with the regex finds them. The regex (sticky) is tried only where its match can begin:
 * at the start of `s`, and at a character that is no letter or digit (`(?:^|[^\p{L}\p{N}])`), in
 * order; trying it at each of the 40 characters before every date was the refiners' main cost.
 */
export function prefixBefore(lex: Lexicon, s: string): RegExpExecArray | null {
  const re = lex.before;
  for (let p = 0; p < s.length; ) {
    const cp = s.codePointAt(p)!;
    if (p === 0 || !isLetterOrDigit(cp)) {
      re.lastIndex = p;
      const m = re.exec(s);
      if (m) return m;
    }
    p += cp > 0xffff ? 2 : 1;
  }
  if (s.length > 0) return null;
  re.lastIndex = 0;
  return re.exec(s);
}
