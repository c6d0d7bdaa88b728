/** What the quote finders need to know of a language. */
export interface QuotesLocale {
  /** Quote-mark pairs, opening then closing: `[‘“’, ‘”’]`, `[‘„’, ‘”’]`. */
  marks: Array<readonly [open: string, close: string]>;
  /** Dashes that open a line of dialogue: `-`, `–`, `—`. */
  dialogueDashes: string[];
  /** Speech verbs by lemma, each with its inflected forms (lowercase). */
  speechVerbs: Record<string, string[]>;
  /** Phrases that introduce a source before or after the content: `according to`, `zdaniem`, `według`. */
  accordingTo: string[];
  /** Words that open a content clause after a cue: `that`, `że`. */
  complementizers: string[];
}
