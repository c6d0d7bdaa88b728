import { matchForward } from './lexicon.js';
import { lemmaOf, looksAdjective, looksPlural } from './lemma.js';
import { settleMoneyScale } from './currency.js';
import type { Candidate, ClaimContext, Refiner, Tok } from './types.js';

/** The currency a money subunit is the hundredth of. */
const SUBUNIT_CURRENCY: Readonly<Record<string, string>> = { cent: 'USD', penny: 'GBP', kopeck: 'RUB', grosz: 'PLN', eurocent: 'EUR' };

const DASHES = new Set(['-', '‐']);
const MAX_NP = 4;

/** True for a word that may belong to the noun phrase after a number (not a stop word, number or month). */
function contentWord(ctx: ClaimContext, t: Tok | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const { lex } = ctx;
  return !lex.stop.has(t.lower) && !lex.numberWords.has(t.lower) && !lex.scaleWords.has(t.lower) && !lex.months.has(t.lower);
}

/**
 * The head noun of the phrase starting at token `n`, skipping adjectives: `technical advisers` → advisers,
 * `cywilnych osób` → osób. English takes the first plural noun (or, for one, the first non-adjective);
 * other languages the first known counted noun, else the first word not followed by another content word.
 */
export function headNoun(ctx: ClaimContext, n: number, singular: boolean): number {
  const { toks, locale, lex } = ctx;
  const words: number[] = [];
  for (let k = n; k < toks.length && words.length < MAX_NP; k++) {
    const t = toks[k]!;
    if (contentWord(ctx, t)) {
      // A participle before a capitalized word starts a new phrase: `iPhone 15 running Windows`.
      const nx = toks[k + 1];
      if (locale.pluralMarksHead && /(?:ing|ed)$/u.test(t.lower) && nx?.kind === 'word' && /^\p{Lu}/u.test(nx.text)) break;
      words.push(k);
      continue;
    }
    // A hyphenated compound (`rocket-propelled grenades`, `air-defence systems`) stays one phrase.
    if (DASHES.has(t.text) && !t.gap && words.length && words[words.length - 1] === k - 1 && toks[k + 1] && !toks[k + 1]!.gap) continue;
    break;
  }
  if (!words.length) return -1;
  const followedByContent = (idx: number): boolean => idx + 1 < words.length;
  if (locale.pluralMarksHead) {
    if (!singular) {
      for (const k of words) if (looksPlural(toks[k]!.text, locale, lex) && !looksAdjective(toks[k]!.text, lex)) return k;
      for (const k of words) if (lex.unitNouns.has(toks[k]!.lower)) return k;
    }
    // A singular noun after a number above one only as a modifier (`40 yard line`), not a verb (`5 fled`).
    for (let x = 0; x < words.length; x++) {
      const k = words[x]!;
      if (!looksAdjective(toks[k]!.text, lex) && (singular || followedByContent(x))) return k;
      if (!followedByContent(x)) return -1;
    }
    return -1;
  }
  for (const k of words) if (lex.unitNouns.has(toks[k]!.lower)) return k;
  for (let x = 0; x < words.length; x++) {
    const k = words[x]!;
    if (!looksAdjective(toks[k]!.text, lex) || !followedByContent(x)) return k;
  }
  return words[0]!;
}

function setUnit(c: Candidate, unit: string, tail: number): void {
  c.unit = unit;
  c.tail = Math.max(c.tail, tail);
}

function unitOf(ctx: ClaimContext, c: Candidate): void {
  const { toks, lex, locale } = ctx;
  let n = c.next;
  // Percent: `%`, `per cent`, `procent`, `percentage points`.
  const pct = matchForward(lex.percent, toks, n);
  if (pct) {
    c.unit = pct.value;
    c.tail = pct.last;
    c.money = false;
    settleMoneyScale(c);
    return;
  }
  // Currency after the number: `850 million pounds`, `5 zł`, `100 euro`; `pounds of` is a weight.
  const cur = matchForward(lex.currency, toks, n);
  if (cur && !(toks[cur.last + 1]?.lower === 'of' && cur.value === 'GBP')) {
    if (!c.money) c.unit = cur.value;
    c.money = true;
    c.tail = cur.last;
    settleMoneyScale(c);
    return;
  }
  const sub = matchForward(lex.moneySubunits, toks, n);
  if (sub && !c.money) {
    // `40 cents` is 0.40 of the currency the subunit belongs to (`cent` → USD, `grosz` → PLN).
    const whole = SUBUNIT_CURRENCY[sub.value];
    if (whole) {
      c.value = Math.round(c.value) / 100;
      if (c.upper !== null) c.upper = Math.round(c.upper) / 100;
      c.unit = whole;
      c.money = true;
    } else c.unit = sub.value;
    c.tail = sub.last;
    settleMoneyScale(c);
    return;
  }
  if (c.money) {
    settleMoneyScale(c);
    return;
  }
  // `5m people` is five million people; `100m` alone is a hundred metres.
  if (c.moneyScale !== null) {
    const h = headNoun(ctx, n, false);
    if (h >= 0 && locale.pluralMarksHead && looksPlural(toks[h]!.text, locale, lex)) {
      c.value *= c.moneyScale;
      c.scaled = true;
      c.factor = c.moneyScale;
      c.gluedUnit = null;
      c.unit = null;
    }
    c.moneyScale = null;
  }
  if (c.gluedUnit) {
    c.unit = c.gluedUnit;
    return;
  }
  // A measurement abbreviation: `29 km`, `87 mph`, `140 km/h`; a lone letter only before punctuation.
  const abbr = matchForward(lex.unitAbbreviations, toks, n);
  if (abbr && (abbr.last > n || toks[n]!.text.length > 1 || !toks[abbr.last + 1] || toks[abbr.last + 1]!.kind === 'punct')) {
    setUnit(c, abbr.value, abbr.last);
    return;
  }
  // A glued compound: `10-day`, `15-year-old`, `three-year`.
  const d = toks[n];
  if (d && DASHES.has(d.text) && !d.gap && toks[n + 1] && !toks[n + 1]!.gap && toks[n + 1]!.kind === 'word') {
    const w = toks[n + 1]!;
    if (lex.ordinals.has(w.lower)) {
      c.drop = 'ordinal';
      return;
    }
    if (!lex.numberWords.has(w.lower) && !lex.fractionWords.has(w.lower)) {
      setUnit(c, lemmaOf(w.text, locale, lex), n + 1);
      // `15-year-old`: the span takes the whole compound.
      let k = n + 2;
      while (toks[k] && DASHES.has(toks[k]!.text) && !toks[k]!.gap && toks[k + 1] && !toks[k + 1]!.gap && toks[k + 1]!.kind === 'word') k += 2;
      c.tail = k - 1;
      return;
    }
  }
  // `one of the students`, `a third of voters`: the counted thing follows `of`.
  let from = n;
  const ofWord = toks[n] && (toks[n]!.lower === 'of' || toks[n]!.lower === 'z' || toks[n]!.lower === 'ze');
  if ((c.fraction || (c.written === 'words' && c.value === 1)) && ofWord) from = n + 1;
  if (c.fraction || from > n) while (toks[from] && lex.stop.has(toks[from]!.lower) && from < n + 3) from++;
  const singular = c.value === 1 && !c.range;
  const h = headNoun(ctx, from, singular);
  if (h < 0) return;
  let w = toks[h]!.text;
  let end = h;
  // The last part of a hyphenated head: `air-defence systems` → system.
  while (toks[end + 1] && DASHES.has(toks[end + 1]!.text) && !toks[end + 1]!.gap && toks[end + 2]?.kind === 'word' && !toks[end + 2]!.gap) {
    end += 2;
    w = toks[end]!.text;
  }
  setUnit(c, lemmaOf(w, locale, lex), end);
  c.unitTok = h;
}

/** Refiner: the unit of each number: percent, currency (ISO code), a measurement, or the counted noun in base form. */
export const readUnits: Refiner = (ctx, cands) => {
  for (const c of cands) if (!c.drop) unitOf(ctx, c);
  return cands;
};
