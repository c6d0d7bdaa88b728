import type { ClaimCategory, Qualifier } from '../schema.js';
import type { ClaimsLocale } from './locale.js';
import { prefixTable } from './numberish.js';
import { phraseTokens } from './tokens.js';
import type { Tok } from './types.js';

/** Phrases keyed by their fine tokens, for longest-match lookups forwards and backwards. */
export interface PhraseTable<V> {
  byFirst: Map<string, Array<{ toks: string[]; value: V }>>;
  byLast: Map<string, Array<{ toks: string[]; value: V }>>;
}

function table<V>(entries: Iterable<[string, V]>): PhraseTable<V> {
  const byFirst: PhraseTable<V>['byFirst'] = new Map();
  const byLast: PhraseTable<V>['byLast'] = new Map();
  for (const [phrase, value] of entries) {
    const toks = phraseTokens(phrase);
    if (!toks.length) continue;
    const e = { toks, value };
    const f = toks[0]!;
    const l = toks[toks.length - 1]!;
    if (!byFirst.has(f)) byFirst.set(f, []);
    if (!byLast.has(l)) byLast.set(l, []);
    byFirst.get(f)!.push(e);
    byLast.get(l)!.push(e);
  }
  for (const list of [...byFirst.values(), ...byLast.values()]) list.sort((a, b) => b.toks.length - a.toks.length);
  return { byFirst, byLast };
}

/** True when the tokens from `first` have the lowercase texts `words`. */
function tokensAre(toks: readonly Tok[], first: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[first + k]!.lower !== words[k]) return false;
  return true;
}

/** The longest phrase of `t` starting at token `i` (tokens `i … last`), or null. */
export function matchForward<V>(t: PhraseTable<V>, toks: readonly Tok[], i: number): { value: V; last: number } | null {
  const tok = toks[i];
  if (!tok) return null;
  const list = t.byFirst.get(tok.lower);
  if (list === undefined) return null;
  for (const e of list) {
    if (i + e.toks.length > toks.length) continue;
    if (tokensAre(toks, i, e.toks)) return { value: e.value, last: i + e.toks.length - 1 };
  }
  return null;
}

/** The longest phrase of `t` ending at token `j` (tokens `first … j`), or null. */
export function matchBackward<V>(t: PhraseTable<V>, toks: readonly Tok[], j: number): { value: V; first: number } | null {
  const tok = toks[j];
  if (!tok) return null;
  const list = t.byLast.get(tok.lower);
  if (list === undefined) return null;
  for (const e of list) {
    const first = j - e.toks.length + 1;
    if (first < 0) continue;
    if (tokensAre(toks, first, e.toks)) return { value: e.value, first };
  }
  return null;
}

/** A locale's claim data compiled for lookups. Built once per locale. */
export interface Lexicon {
  numberWords: Map<string, number>;
  oneWords: Set<string>;
  scaleWords: Map<string, number>;
  fractionWords: Map<string, number>;
  joiners: Set<string>;
  pointWords: Set<string>;
  negativeWords: Set<string>;
  qualifiers: PhraseTable<Qualifier>;
  postQualifiers: PhraseTable<Qualifier>;
  rangeOpeners: Map<string, Set<string>>;
  rangeJoiners: Set<string>;
  unitSharers: Set<string>;
  changeVerbs: Set<string>;
  /** Currency symbols and words, read after a number (`5 zł`, `850 million pounds`). */
  currency: PhraseTable<string>;
  /** Currency symbols only, read before a number (`$2`, `US$ 5`). */
  currencySymbols: PhraseTable<string>;
  moneySubunits: PhraseTable<string>;
  percent: PhraseTable<string>;
  unitAbbreviations: PhraseTable<string>;
  unitNouns: Map<string, string>;
  adjectiveSuffixes: string[];
  stop: Set<string>;
  categoryOfUnit: Map<string, ClaimCategory>;
  months: Set<string>;
  yearBefore: Set<string>;
  yearAfter: PhraseTable<true>;
  timeAfter: PhraseTable<true>;
  timeBefore: Set<string>;
  labels: Set<string>;
  ordinals: Set<string>;
  pronounBefore: Set<string>;
  pronounAfter: Set<string>;
  objectVerbs: Set<string>;
  /** Every number, scale and fraction word: a paragraph holding none of these (nor digits) holds no number. */
  numberish: Set<string>;
  /** The death and injury cues, each as its words: `lost their lives` → [lost, their, lives]. */
  categoryCues: { deaths: string[][]; injuries: string[][] };
  /** The first letters of the `numberish` words, to rule most words out without a lookup (see numberish.ts). */
  numberishPrefixes: Uint8Array;
  /** The words `readWords` may start a number at (number words, one words, `half`): it reads nothing at any other. */
  wordStarts: Set<string>;
  /** The first letters of the `wordStarts` words, to rule most words out without a lookup (see numberish.ts). */
  wordStartPrefixes: Uint8Array;
}

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
const words = (phrase: string): string[] => phrase.split(' ');
const cache = new WeakMap<ClaimsLocale, Lexicon>();

/** The compiled lexicon of a locale (cached). */
export function lexiconOf(l: ClaimsLocale): Lexicon {
  const hit = cache.get(l);
  if (hit) return hit;
  const categoryOfUnit = new Map<string, ClaimCategory>();
  for (const [cat, units] of Object.entries(l.categoryUnits) as Array<[ClaimCategory, string[]]>) {
    for (const u of units) if (!categoryOfUnit.has(u)) categoryOfUnit.set(u, cat);
  }
  const rangeOpeners = new Map<string, Set<string>>();
  for (const [k, v] of Object.entries(l.rangeOpeners)) rangeOpeners.set(k, lower(v));
  const numberish = new Set([...Object.keys(l.numberWords), ...Object.keys(l.scaleWords), ...Object.keys(l.fractionWords)]);
  const oneWords = lower(l.oneWords);
  const halves = Object.entries(l.fractionWords).filter(([, den]) => den === 2).map(([w]) => w);
  const wordStarts = new Set([...Object.keys(l.numberWords), ...oneWords, ...halves]);
  const lex: Lexicon = {
    numberWords: new Map(Object.entries(l.numberWords)),
    oneWords,
    scaleWords: new Map(Object.entries(l.scaleWords)),
    fractionWords: new Map(Object.entries(l.fractionWords)),
    joiners: lower(l.numberJoiners),
    pointWords: lower(l.pointWords),
    negativeWords: lower(l.negativeWords),
    qualifiers: table(Object.entries(l.qualifiers)),
    postQualifiers: table(Object.entries(l.postQualifiers)),
    rangeOpeners,
    rangeJoiners: lower(l.rangeJoiners),
    unitSharers: lower(l.unitSharers),
    changeVerbs: lower(l.changeVerbs),
    currency: table([...Object.entries(l.currencySymbols), ...Object.entries(l.currencyWords)]),
    currencySymbols: table(Object.entries(l.currencySymbols)),
    moneySubunits: table(Object.entries(l.moneySubunits)),
    percent: table(Object.entries(l.percentWords)),
    unitAbbreviations: table(Object.entries(l.unitAbbreviations)),
    unitNouns: new Map(Object.entries(l.unitNouns)),
    adjectiveSuffixes: [...l.adjectiveSuffixes],
    stop: lower(l.stopWords),
    categoryOfUnit,
    months: lower(l.monthWords),
    yearBefore: lower(l.yearCuesBefore),
    yearAfter: table(l.yearCuesAfter.map((w): [string, true] => [w, true])),
    timeAfter: table(l.timeCuesAfter.map((w): [string, true] => [w, true])),
    timeBefore: lower(l.timeCuesBefore),
    labels: lower(l.labelWords),
    ordinals: lower(l.ordinalSuffixes),
    pronounBefore: lower(l.pronounOneBefore),
    pronounAfter: lower(l.pronounOneAfter),
    objectVerbs: lower(l.objectVerbs),
    numberish,
    categoryCues: { deaths: l.categoryCues.deaths.map(words), injuries: l.categoryCues.injuries.map(words) },
    wordStarts,
    wordStartPrefixes: prefixTable(wordStarts),
    numberishPrefixes: prefixTable(numberish),
  };
  cache.set(l, lex);
  return lex;
}
