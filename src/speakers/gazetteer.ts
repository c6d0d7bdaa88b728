import { createRequire } from 'node:module';

/** What the compromise lexicon says a lowercase word is, as far as speakers care. */
export type WordClass = 'first-name' | 'last-name' | 'place' | 'demonym' | 'organization' | 'person-word' | null;

let lexicon: Map<string, string> | null = null;

// The tags speakers read: names, places, organizations, people, and verb/noun forms.
const KEPT = /Name|Country|City|Region|Place|Demonym|Organization|SportsTeam|Person|Actor|Copula|Modal|Verb|Tense|Infinitive|Auxiliary|Gerund|Singular|Plural|Noun/u;

/**
 * compromise's lexicon (first names, places, demonyms, organizations, verb forms), read on first
 * use: importing compromise costs ~200 ms, which a user pays only when names are read. Only the
 * tags above are kept, as plain strings, and compromise's modules are let go, so that its model
 * does not stay in memory.
 */
function load(): Map<string, string> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  try {
    const require = createRequire(import.meta.url);
    const before = new Set(Object.keys(require.cache));
    const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    for (const [word, raw] of Object.entries(nlp.model().one.lexicon)) {
      const tags = Array.isArray(raw) ? raw.join(',') : raw;
      if (KEPT.test(tags)) lexicon.set(word, tags);
    }
    for (const key of Object.keys(require.cache)) if (!before.has(key)) delete require.cache[key];
  } catch {
    // No lexicon: names are read from the locale's lists and the text alone.
  }
  return lexicon;
}

const cache = new Map<string, WordClass>();

/** The class of a word (any case) in the gazetteer, or null. */
export function wordClass(word: string): WordClass {
  const w = word.toLowerCase();
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const tags = load().get(w) ?? '';
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
  const tags = load().get(word.toLowerCase());
  if (tags === undefined) return false;
  // A gerund can open a clause (`that ending the exemptions would …`): not counted as verb-only.
  return /Copula|Modal|Verb|PresentTense|PastTense|Infinitive|Auxiliary/u.test(tags) && !/Singular|Plural|Noun|Actor|Gerund/u.test(tags);
}

/** The gender a first name tells, from the lexicon: 'm', 'f' or null. */
export function firstNameGender(word: string): 'm' | 'f' | null {
  const tags = load().get(word.toLowerCase());
  if (tags === undefined) return null;
  if (/FemaleName/u.test(tags) && !/MaleName/u.test(tags)) return 'f';
  if (/MaleName/u.test(tags) && !/FemaleName/u.test(tags)) return 'm';
  return null;
}
