import type { Lexicon } from '../quotes/lexicon.js';
import { firstNameGender, wordClass } from './gazetteer.js';
import type { Gender } from './locale.js';

// First names, as the locale and the gazetteer know them, and the declension that hides them (`Donalda`).

/** The base form of a declined word by the locale's suffix rules (`Riabkowa` → `Riabkow`). */
export function declineToBase(word: string, lex: Lexicon): string {
  for (const [suffix, base] of lex.locale.speakers.nameDeclension) {
    if (word.length - suffix.length >= 2 && word.endsWith(suffix)) return word.slice(0, word.length - suffix.length) + base;
  }
  return word;
}

const firstNameCache = new WeakMap<Lexicon, Map<string, boolean>>();
/** True for a first name the locale or the gazetteer knows, also in an inflected form (Donalda). Cached per locale. */
export function isFirstName(word: string, lex: Lexicon): boolean {
  let cache = firstNameCache.get(lex);
  if (!cache) firstNameCache.set(lex, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const w = word.toLowerCase();
  let yes = lex.firstNames.has(w) || wordClass(word) === 'first-name';
  if (!yes && lex.locale.speakers.declinesNames) {
    const base = declineToBase(word, lex).toLowerCase();
    yes = base !== w && (lex.firstNames.has(base) || wordClass(base) === 'first-name');
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(word, yes);
  return yes;
}

export function genderOfFirstName(word: string, lex: Lexicon): Gender | null {
  const w = word.toLowerCase();
  return lex.firstNames.get(w) ?? lex.firstNames.get(declineToBase(word, lex).toLowerCase()) ?? firstNameGender(word);
}
