import type { ClaimsLocale } from './locale.js';
import type { Lexicon } from './lexicon.js';

/** The base form of a counted noun: `advisers` → adviser, `people` → person, `ataków` → atak. */
export function lemmaOf(word: string, locale: ClaimsLocale, lex: Lexicon): string {
  const w = word.toLowerCase();
  const known = lex.unitNouns.get(w);
  if (known) return known;
  if (locale.lemmaKeep.some((k) => w.endsWith(k))) return w;
  for (const [suffix, repl] of locale.lemmaSuffixes) {
    if (w.endsWith(suffix) && w.length > suffix.length + 2) return w.slice(0, w.length - suffix.length) + repl;
  }
  return w;
}

/** True when the noun is marked plural by the suffix rules or the noun table (`boats`, `people`), English-style. */
export function looksPlural(word: string, locale: ClaimsLocale, lex: Lexicon): boolean {
  const w = word.toLowerCase();
  const known = lex.unitNouns.get(w);
  if (known !== undefined) return known !== w || /s$/u.test(w);
  return lemmaOf(w, locale, lex) !== w;
}

/** True when the word ends like an adjective of the language (`technical`, `cywilnych`). */
export function looksAdjective(word: string, lex: Lexicon): boolean {
  const w = word.toLowerCase();
  return lex.adjectiveSuffixes.some((s) => w.endsWith(s) && w.length > s.length + 2);
}
