import type { ClaimContext, NumberRead, Tok } from './types.js';

/** True when a small number `v` may follow `cur` in one spelled-out number: `twenty` + `one`, `sto` + `dwadzieścia`. */
function compatible(cur: number, v: number, afterJoiner: boolean): boolean {
  if (cur === 0) return true;
  if (v < 1) return afterJoiner && Number.isInteger(cur);
  if (!Number.isInteger(cur)) return false;
  if (cur % 100 === 0 && v < 100) return true;
  return cur % 10 === 0 && cur % 100 >= 20 && v < 10;
}

const isDash = (t: Tok | undefined): boolean => !!t && (t.text === '-' || t.text === '‐' || t.text === '–');

interface Parsed {
  value: number;
  last: number;
  scaled: boolean;
  factor: number;
}

/** The integer part of a spelled-out number from token `i`: `one hundred and six`, `dwadzieścia jeden tysięcy`. */
function readCardinal(ctx: ClaimContext, i: number, startAtOne: boolean): Parsed | null {
  const { toks, lex } = ctx;
  let total = 0;
  let cur = startAtOne ? 1 : 0;
  let last = startAtOne ? i : -1;
  let j = startAtOne ? i + 1 : i;
  let scaled = false;
  let afterJoiner = false;
  let big = false;
  let factor = 1;
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.kind === 'word') {
      const v = lex.numberWords.get(t.lower);
      if (v !== undefined) {
        if (last >= 0 && !compatible(cur, v, afterJoiner)) break;
        cur += v;
        last = j;
        j++;
        afterJoiner = false;
        continue;
      }
      const s = lex.scaleWords.get(t.lower);
      if (s !== undefined && last === j - 1 && s > 1 && !(s < 1000 && cur >= s)) {
        if (s < 1000) cur = (cur || 1) * s;
        else {
          total += (cur || 1) * s;
          cur = 0;
        }
        factor = s;
        scaled = true;
        big = true;
        last = j;
        j++;
        continue;
      }
      if (lex.joiners.has(t.lower) && last === j - 1) {
        const nx = toks[j + 1];
        const nv = nx?.kind === 'word' ? lex.numberWords.get(nx.lower) : undefined;
        if (nv !== undefined && (big || nv < 1)) {
          afterJoiner = true;
          j++;
          continue;
        }
      }
      break;
    }
    // `twenty-one`, `fifty - two`
    if (isDash(t) && last === j - 1) {
      const nx = toks[j + 1];
      const nv = nx?.kind === 'word' ? lex.numberWords.get(nx.lower) : undefined;
      if (nv !== undefined && nv < 10 && compatible(cur, nv, false) && cur % 100 >= 20) {
        j++;
        continue;
      }
    }
    break;
  }
  if (last < 0) return null;
  return { value: total + cur, last, scaled, factor: scaled ? factor : 1 };
}

/** A number read from words, tokens [first, last]: one object shape for every read (no spread of a base). */
function wordsRead(first: number, last: number, value: number, scaled: boolean, factor: number, fraction: boolean): NumberRead {
  return { first, last, next: last + 1, value, written: 'words', scaled, factor, fraction, gluedUnit: null, moneyScale: null, drop: null };
}

/** Finder: a spelled-out number (`twenty-one`, `a dozen`, `two thirds`, `one and a half million`, `trzech`). */
export function readWords(ctx: ClaimContext, i: number): NumberRead | null {
  const { toks, lex, locale } = ctx;
  const tok = toks[i]!;
  if (tok.kind !== 'word') return null;
  const w = tok.lower;
  const nextTok = toks[i + 1];
  const nextWord = nextTok?.kind === 'word' ? nextTok.lower : '';

  // `half a million`, `half a dozen`, `half of the voters` (not `the first half of 2024`)
  if (lex.fractionWords.get(w) === 2 && !lex.numberWords.has(w)) {
    if (lex.oneWords.has(nextWord) && !lex.numberWords.has(nextWord)) {
      const s = lex.scaleWords.get(toks[i + 2]?.lower ?? '');
      if (s !== undefined) return wordsRead(i, i + 2, s / 2, true, s, false);
    }
    const prev = toks[i - 1];
    const article = prev && lex.oneWords.has(prev.lower) && !lex.numberWords.has(prev.lower);
    if (lex.stop.has(nextWord) && nextWord !== 'a' && nextWord !== 'an' && !article && !(prev && lex.pronounBefore.has(prev.lower)) &&
        toks[i + 2]?.kind === 'word') {
      return wordsRead(i, i, 0.5, false, 1, true);
    }
    return null;
  }

  let parsed: Parsed | null = null;
  if (lex.numberWords.has(w)) parsed = readCardinal(ctx, i, false);
  else if (lex.oneWords.has(w) && (lex.scaleWords.has(nextWord) || lex.fractionWords.has(nextWord))) {
    parsed = lex.scaleWords.has(nextWord) ? readCardinal(ctx, i, true) : { value: 1, last: i, scaled: false, factor: 1 };
  }
  if (!parsed) return null;
  let { value, last, scaled, factor } = parsed;
  let fraction = false;

  // A fraction: `two thirds`, `one-eighth`, `a fifth of`, `dwie trzecie`.
  let f = last + 1;
  if (isDash(toks[f]) && toks[f + 1] && lex.fractionWords.has(toks[f + 1]!.lower) && toks[f]!.gap === toks[f + 1]!.gap) f++;
  const ft = toks[f];
  const den = ft?.kind === 'word' ? lex.fractionWords.get(ft.lower) : undefined;
  if (den !== undefined && ft && !scaled && Number.isInteger(value) && value >= 1) {
    const plural = /s$/u.test(ft.lower) && ft.lower !== 'half';
    const agrees = !locale.pluralMarksHead || (value === 1 ? !plural : plural);
    const article = !lex.numberWords.has(w);
    const after = toks[f + 1];
    const ordinalUse = article && den !== 2 && after?.kind === 'word' && !lex.stop.has(after.lower);
    if (agrees && !ordinalUse) {
      value /= den;
      last = f;
      fraction = true;
    } else if (article) return null;
  } else if (!lex.numberWords.has(w) && den === undefined && !scaled) return null;

  // `one and a half`, `three and two thirds`, then a scale: `one and a half million`.
  const j = toks[last + 1];
  if (!fraction && j && lex.joiners.has(j.lower)) {
    const numTok = toks[last + 2];
    const num = !numTok ? undefined : lex.oneWords.has(numTok.lower) && !lex.numberWords.has(numTok.lower) ? 1 : lex.numberWords.get(numTok.lower);
    const fr = toks[last + 3];
    const d = fr?.kind === 'word' ? lex.fractionWords.get(fr.lower) : undefined;
    if (num !== undefined && num >= 1 && Number.isInteger(num) && d !== undefined && fr) {
      const plural = /s$/u.test(fr.lower) && fr.lower !== 'half';
      if (!locale.pluralMarksHead || (num === 1 ? !plural : plural)) {
        value += num / d;
        last += 3;
        const s = lex.scaleWords.get(toks[last + 1]?.lower ?? '');
        if (s !== undefined && s >= 1000) {
          value *= s;
          scaled = true;
          factor = s;
          last += 1;
        }
      }
    }
  }

  // `five point five`, `nine point nought four`
  const p = toks[last + 1];
  if (!fraction && p && lex.pointWords.has(p.lower) && Number.isInteger(value)) {
    let digits = '';
    let k = last + 2;
    while (k < toks.length && toks[k]!.kind === 'word') {
      const v = lex.numberWords.get(toks[k]!.lower);
      if (v === undefined || v >= 100 || !Number.isInteger(v)) break;
      let d = v;
      if (v >= 20 && isDash(toks[k + 1])) {
        const u = lex.numberWords.get(toks[k + 2]?.lower ?? '');
        if (u !== undefined && u < 10) {
          d = v + u;
          k += 2;
        }
      }
      digits += String(d);
      k++;
    }
    if (digits) {
      value = Number(`${value}.${digits}`);
      last = k - 1;
    }
  }
  return wordsRead(i, last, value, scaled, factor, fraction);
}
