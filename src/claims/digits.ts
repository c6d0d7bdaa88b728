import type { ClaimContext, NumberRead } from './types.js';
import { matchBackward, matchForward } from './lexicon.js';

// Numbers written with digits. Group separators first (each repetition anchored on a separator and exactly three
// digits, so matching is linear), then a plain run; the decimal part follows the language's convention.
const GROUPS_EN = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?!\d)|\d+)(?:\.\d+)?/uy;
const GROUPS_PL = /(?:\d{1,3}(?:\.\d{3})+(?![\d.])|\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?!\d)|\d+)(?:,\d+)?/uy;
const PLAIN_EN = /\d+(?:\.\d+)?/uy;
const PLAIN_PL = /\d+(?:,\d+)?/uy;

// Group separators and spaces, dropped from a literal before it is read (compiled once: a literal in the function
// body would build a new regex per call; `replace` resets `lastIndex`, so sharing the global regexes is safe).
const GROUP_EN = /[,\s\u00A0\u202F\u2009]/gu;
const GROUP_PL = /[.\s\u00A0\u202F\u2009]/gu;

/** True when the literal is ASCII digits only (most are): it reads as it is. */
function plainDigits(literal: string): boolean {
  for (let k = 0; k < literal.length; k++) {
    const c = literal.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The value of a digit literal written with `decimal` as its decimal separator. */
export function parseDigits(literal: string, decimal: '.' | ','): number {
  if (plainDigits(literal)) return Number(literal);
  return Number(literal.replace(decimal === '.' ? GROUP_EN : GROUP_PL, '').replace(',', '.'));
}

function isMonthTok(ctx: ClaimContext, i: number): boolean {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'word' || !ctx.lex.months.has(t.lower)) return false;
  return !ctx.locale.capitalizedMonths || /^\p{Lu}/u.test(t.text);
}

/** Reads scale words after a number (`4.5 million`, `10 tys.`): the factor, the last scale token and where to go on. */
export function readScaleWords(ctx: ClaimContext, n: number): { factor: number; last: number; next: number } | null {
  const { toks, lex } = ctx;
  let factor = 1;
  let last = -1;
  let j = n;
  while (j < toks.length && toks[j]!.kind === 'word') {
    const s = lex.scaleWords.get(toks[j]!.lower);
    if (s === undefined) break;
    factor *= s;
    last = j;
    j++;
    // An abbreviation's dot (`tys.`, `mln.`) is skipped when the sentence goes on after it.
    if (toks[j]?.text === '.' && !toks[j]!.gap && toks[last]!.text.length <= 4 && toks[j + 1] && /^\p{Ll}/u.test(toks[j + 1]!.text)) j++;
  }
  return last < 0 ? null : { factor, last, next: j };
}

const DASHES = new Set(['-', '‐', '–']);

/** How many digit groups a glued dash chain holding token `i` has: `2025-11-05` → 3, `10-20` → 2. */
function dashChain(ctx: ClaimContext, i: number): number {
  const { toks } = ctx;
  let n = 1;
  for (let k = i; k >= 2 && DASHES.has(toks[k - 1]!.text) && !toks[k]!.gap && !toks[k - 1]!.gap && toks[k - 2]!.kind === 'digits'; k -= 2) n++;
  for (let k = i; k + 2 < toks.length && DASHES.has(toks[k + 1]!.text) && !toks[k + 1]!.gap && !toks[k + 2]!.gap && toks[k + 2]!.kind === 'digits'; k += 2) n++;
  return n;
}

/** Finder: a number written with digits, with its glued suffix (`10k`, `29km`, `21st`) and scale words. */
export function readDigits(ctx: ClaimContext, i: number): NumberRead | null {
  const { toks, text, locale, lex } = ctx;
  const tok = toks[i]!;
  if (tok.kind !== 'digits') return null;
  const pl = locale.decimalSeparator === ',';
  // After a month name a space does not group thousands: `March 19 100 people`.
  const re = isMonthTok(ctx, i - 1) ? (pl ? PLAIN_PL : PLAIN_EN) : pl ? GROUPS_PL : GROUPS_EN;
  re.lastIndex = tok.start;
  const m = re.exec(text);
  const sentenceEnd = toks[toks.length - 1]!.end;
  let litEnd = m ? Math.min(tok.start + m[0].length, sentenceEnd) : tok.end;
  let last = i;
  while (last + 1 < toks.length && toks[last + 1]!.start < litEnd) last++;
  litEnd = toks[last]!.end;
  let value = parseDigits(text.slice(tok.start, litEnd), locale.decimalSeparator);
  const read: NumberRead = {
    first: i, last, next: last + 1, value, written: 'digits', scaled: false, factor: 1, fraction: false,
    gluedUnit: null, moneyScale: null, drop: null,
  };

  if (dashChain(ctx, i) >= 3) read.drop = 'date';

  // What touches the number before it: letters or a code dash (`G7`, `F-16`, `COVID-19`), `#`, a dotted or slashed chain.
  const prev = toks[i - 1];
  if (prev && !tok.gap) {
    if (prev.kind === 'word' && !matchBackward(lex.currency, toks, i - 1)) read.drop = 'code';
    else if (prev.text === '-' || prev.text === '‐') {
      const before = toks[i - 2];
      if (before && !prev.gap && before.kind === 'word') read.drop = 'code';
    } else if (prev.text === '#' || prev.text === '№') read.drop = 'label';
    else if (prev.text === ',' && !prev.gap && toks[i - 2]?.kind === 'digits') read.drop = 'code';
    else if ('/.:@_=\\'.includes(prev.text)) {
      const before = toks[i - 2];
      if (!before || !prev.gap || before.kind !== 'punct') read.drop = prev.text === ':' ? 'time' : 'code';
    }
  }

  // What touches it after: a glued suffix, or a slashed, dotted or colon chain.
  let n = last + 1;
  const next = toks[n];
  if (next && !next.gap && !read.drop) {
    if (next.kind === 'word') {
      const scale = locale.scaleSuffixes[next.text];
      const found = matchForward(lex.unitAbbreviations, toks, n);
      // A lone capital glued to digits is a code (`5G`, `3D`) unless the unit itself is written so (`20C` → °C).
      const abbr = found && !(next.text.length === 1 && /\p{Lu}/u.test(next.text) && found.value === found.value.toLowerCase()) ? found : null;
      if (lex.ordinals.has(next.lower) && !pl) read.drop = 'ordinal';
      else if (next.lower === 's' && !abbr) read.drop = 'decade';
      else if (scale !== undefined && locale.moneyOnlyScales.includes(next.text)) {
        read.moneyScale = scale;
        read.gluedUnit = abbr ? abbr.value : null;
        last = n;
        n++;
      } else if (scale !== undefined) {
        value *= scale;
        read.scaled = true;
        read.factor = scale;
        last = n;
        n++;
      } else if (abbr) {
        read.gluedUnit = abbr.value;
        last = abbr.last;
        n = abbr.last + 1;
      } else read.drop = 'code';
      if (!read.drop && toks[n] && !toks[n]!.gap && toks[n]!.kind !== 'punct') read.drop = 'code';
    } else if (next.text === '/' || next.text === ':' || next.text === '.' || (next.text === ',' && pl)) {
      const after = toks[n + 1];
      if (after && !after.gap && after.kind === 'digits') {
        if (next.text === ':') read.drop = 'time';
        else if (next.text === '/') read.drop = 'code';
        else if (next.text === '.' && pl && /^\d{1,2}$/u.test(after.text) && !(toks[n + 2]?.text === '.' && !toks[n + 2]!.gap)) {
          // `4.5 mln` is a decimal with a dot; `15.30` or `5.11` alone is a time or a date.
          const sc = readScaleWords(ctx, n + 2);
          const pct = matchForward(lex.percent, toks, n + 2);
          if (sc || pct) {
            value = Number(`${tok.text}.${after.text}`);
            last = n + 1;
            n += 2;
          } else read.drop = 'date';
        } else read.drop = next.text === '.' ? 'code' : read.drop;
      }
    }
  }
  read.value = value;
  read.last = last;
  read.next = n;
  if (read.drop) return read;

  const sc = readScaleWords(ctx, n);
  if (sc) {
    read.value *= sc.factor;
    read.scaled = true;
    read.factor *= sc.factor;
    read.last = sc.last;
    read.next = sc.next;
  }
  return read;
}

/** Finder: a decimal written without its leading zero (`.25`), in languages with a decimal point. */
export function readLeadingDecimal(ctx: ClaimContext, i: number): NumberRead | null {
  const { toks, locale } = ctx;
  const dot = toks[i]!;
  const d = toks[i + 1];
  if (dot.text !== locale.decimalSeparator || !d || d.gap || d.kind !== 'digits' || (!dot.gap && i > 0)) return null;
  if (toks[i + 2] && !toks[i + 2]!.gap && toks[i + 2]!.kind !== 'punct') return null;
  return {
    first: i, last: i + 1, next: i + 2, value: Number(`0.${d.text}`), written: 'digits', scaled: false, factor: 1, fraction: false,
    gluedUnit: null, moneyScale: null, drop: null,
  };
}
