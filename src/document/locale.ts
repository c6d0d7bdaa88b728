/** What the Document builder needs to know of a language. */
export interface TextLocale {
  /** Abbreviations that end with a dot without ending a sentence, lowercase, without the final dot: `mr`, `u.s`, `tys`. */
  abbreviations: string[];
  /** A paragraph matching one of these is boilerplate by itself: `Read more`, `Follow us on …`. */
  boilerplateLines: RegExp[];
  /** A paragraph matching one of these opens boilerplate that runs to the end of the article: `A Message from …`, `Next In World`. */
  boilerplateTails: RegExp[];
  /** The language's commonest function words, lowercase: they tell a short text's language where trigrams cannot. */
  stopwords: string[];
}
