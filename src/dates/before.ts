import { isLetterOrDigit } from './finders/starts.js';
import { escape, type Lexicon } from './lexicon.js';

/** Per lexicon: the first run of letters and digits of each preposition and period prefix, lowercase. */
interface FirstRuns {
  runs: ReadonlySet<string>;
  /** False when some run holds a letter that matches an ASCII one (`ſ`, `K`): then every place is tried. */
  exact: boolean;
}

const firstRunsCache = new WeakMap<Lexicon, FirstRuns>();
const LETTER_OR_DIGIT_RUN = /^[\p{L}\p{N}]+/u;

function firstRunsOf(lex: Lexicon): FirstRuns {
  let f = firstRunsCache.get(lex);
  if (!f) {
    const runs = new Set<string>();
    let exact = true;
    for (const word of [...lex.locale.prepositions, ...lex.locale.periodPrefixes]) {
      const run = LETTER_OR_DIGIT_RUN.exec(word)?.[0];
      // A word opening with something else than a letter or digit could follow any place.
      if (run === undefined) exact = false;
      else runs.add(run.toLowerCase());
      for (const ch of run ?? '') {
        if (ch.charCodeAt(0) < 128) continue;
        const re = new RegExp(`^${escape(ch)}$`, 'iu');
        for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) exact = false;
      }
    }
    f = { runs, exact };
    firstRunsCache.set(lex, f);
  }
  return f;
}

/**
 * False when `lex.before` cannot match at `p` (> 0) of `s`, after the character at `p` (`width`
 * code units): what
 * follows is empty or opens with a preposition or a prefix, whose first run of letters and digits
 * is then the whole run there (a space, a dash or the end comes after it in the regex). Only an
 * ASCII run is ruled out; any other is tried.
 */
function mayFollow(s: string, p: number, width: number, first: FirstRuns): boolean {
  const from = p + width;
  if (from >= s.length) return true;
  let i = from;
  let ascii = true;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (!isLetterOrDigit(cp)) break;
    if (cp >= 128) ascii = false;
    i += cp > 0xffff ? 2 : 1;
  }
  // Not a letter or digit after the place: neither a preposition nor a prefix opens there.
  if (i === from) return false;
  return !ascii || first.runs.has(s.slice(from, i).toLowerCase());
}

/**
 * The preposition and period prefix ending `s` (groups 1 and 2 of `lex.before`), as an unanchored
 * search with the regex finds them. The regex (sticky) is tried only where its match can begin:
 * at the start of `s`, and at a character that is no letter or digit (`(?:^|[^\p{L}\p{N}])`), in
 * order; trying it at each of the 40 characters before every date was the refiners' main cost.
 * A place followed by a word that opens no preposition or prefix (most of them) is passed over.
 */
export function prefixBefore(lex: Lexicon, s: string): RegExpExecArray | null {
  const re = lex.before;
  const first = firstRunsOf(lex);
  for (let p = 0; p < s.length; ) {
    const cp = s.codePointAt(p)!;
    if (p === 0 || (!isLetterOrDigit(cp) && (!first.exact || mayFollow(s, p, cp > 0xffff ? 2 : 1, first)))) {
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
