import { GAZETTEER } from './gazetteer-data.js';

/** What the compromise lexicon says a lowercase word is, as far as speakers care. */
export type WordClass = 'first-name' | 'last-name' | 'place' | 'demonym' | 'organization' | 'person-word' | null;

/** Word → its code in GAZETTEER: class letter, gender letter, verb-only letter. */
let lexicon: Map<string, string> | null = null;

/**
 * compromise's lexicon (first names, places, demonyms, organizations, verb forms), compiled at build
 * time by scripts/build-gazetteer.mjs and read into a map on first use (a few milliseconds; importing
 * compromise itself cost ~200 ms on the first analyze()).
 */
function load(): Map<string, string> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  for (const code of Object.keys(GAZETTEER)) for (const word of GAZETTEER[code]!.split('|')) lexicon.set(word, code);
  return lexicon;
}

const CLASSES: Record<string, WordClass> = { F: 'first-name', L: 'last-name', D: 'demonym', P: 'place', O: 'organization', A: 'person-word' };

/** The class of a word (any case) in the gazetteer, or null. */
export function wordClass(word: string): WordClass {
  const code = load().get(word.toLowerCase());
  return code === undefined ? null : CLASSES[code[0]!] ?? null;
}

/** True when the lexicon knows the word only as a verb form (is, might, overlooks), not as a noun. */
export function isVerbOnly(word: string): boolean {
  // (A gerund can open a clause, `that ending the exemptions would …`: the compiler counts it as no verb-only form.)
  return load().get(word.toLowerCase())?.[2] === 'v';
}

/** The gender a first name tells, from the lexicon: 'm', 'f' or null. */
export function firstNameGender(word: string): 'm' | 'f' | null {
  const g = load().get(word.toLowerCase())?.[1];
  return g === 'f' || g === 'm' ? g : null;
}
