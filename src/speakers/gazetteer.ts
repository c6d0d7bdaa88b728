import { createRequire } from 'node:module';

/** What the compromise lexicon says a lowercase word is, as far as speakers care. */
export type WordClass = 'first-name' | 'last-name' | 'place' | 'demonym' | 'organization' | 'person-word' | null;

let lexicon: Record<string, string | string[]> | null = null;

/**
 * compromise's lexicon (first names, places, demonyms, organizations), loaded on first
 * use: importing compromise costs ~200 ms, which a user pays only when names are read.
 */
function load(): Record<string, string | string[]> {
  if (lexicon) return lexicon;
  try {
    const require = createRequire(import.meta.url);
    const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    lexicon = nlp.model().one.lexicon;
  } catch {
    lexicon = {};
  }
  return lexicon;
}

const cache = new Map<string, WordClass>();

/** The class of a word (any case) in the gazetteer, or null. */
export function wordClass(word: string): WordClass {
  const w = word.toLowerCase();
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const raw = load()[w];
  const tags = raw === undefined ? '' : Array.isArray(raw) ? raw.join(',') : raw;
  let cls: WordClass = null;
  if (/FemaleName|MaleName|FirstName/u.test(tags)) cls = 'first-name';
  else if (/LastName/u.test(tags)) cls = 'last-name';
  else if (/Demonym/u.test(tags)) cls = 'demonym';
  else if (/Country|City|Region|Place/u.test(tags)) cls = 'place';
  else if (/Organization|SportsTeam/u.test(tags)) cls = 'organization';
  else if (/Person|Actor/u.test(tags)) cls = 'person-word';
  if (cache.size > 50_000) cache.clear();
  cache.set(w, cls);
  return cls;
}

/** True when the lexicon knows the word only as a verb form (is, might, overlooks), not as a noun. */
export function isVerbOnly(word: string): boolean {
  const raw = load()[word.toLowerCase()];
  if (raw === undefined) return false;
  const tags = Array.isArray(raw) ? raw.join(',') : raw;
  // A gerund can open a clause (`that ending the exemptions would …`): not counted as verb-only.
  return /Copula|Modal|Verb|PresentTense|PastTense|Infinitive|Auxiliary/u.test(tags) && !/Singular|Plural|Noun|Actor|Gerund/u.test(tags);
}

/** The gender a first name tells, from the lexicon: 'm', 'f' or null. */
export function firstNameGender(word: string): 'm' | 'f' | null {
  const raw = load()[word.toLowerCase()];
  if (raw === undefined) return null;
  const tags = Array.isArray(raw) ? raw.join(',') : raw;
  if (/FemaleName/u.test(tags) && !/MaleName/u.test(tags)) return 'f';
  if (/MaleName/u.test(tags) && !/FemaleName/u.test(tags)) return 'm';
  return null;
}
