import type { ClaimCategory, Qualifier } from '../schema.js';

/**
 * What the numeric-claim finders need to know of a language.
 *
 * Every key is lowercase unless said otherwise. Multi-word keys are written with
 * single spaces and are matched token by token (`per cent`, `co najmniej`,
 * `ok.` is the two tokens `ok` and `.`).
 */
export interface ClaimsLocale {
  /** Decimal separator of the language: '.' in English, ',' in Polish. The other mark groups thousands. */
  decimalSeparator: '.' | ',';
  /** Spelled-out cardinals, every inflected form: `twenty` → 20, `trzech` → 3, `pięciuset` → 500. */
  numberWords: Record<string, number>;
  /** Words that mean one only before a scale or fraction word: `a` dozen, `an` eighth, `jeden` milion. */
  oneWords: string[];
  /** Scale words and abbreviations, every form, read after a number: `million` → 1e6, `mln` → 1e6, `tys` → 1e3. */
  scaleWords: Record<string, number>;
  /** Scale suffixes glued to digits, case-sensitive: `10k`, `$5bn`, `2mln`. */
  scaleSuffixes: Record<string, number>;
  /** Glued suffixes that are a scale only for money (`$5m`), else a unit (`100m` = metres). */
  moneyOnlyScales: string[];
  /** Fraction denominators: `third`/`thirds` → 3, `half` → 2, `trzecie` → 3. */
  fractionWords: Record<string, number>;
  /** Words joining parts of one spelled-out number: `one hundred and six`, `dwa i pół`. */
  numberJoiners: string[];
  /** Words making the number after them negative: `minus 5`, `negative one`. */
  negativeWords: string[];
  /** Decimal point word in spelled-out numbers: `five point five`. */
  pointWords: string[];
  /** Qualifier phrases before a number: `at least` → at_least, `co najmniej` → at_least. */
  qualifiers: Record<string, Qualifier>;
  /** Qualifier phrases after the number and its unit: `or more` → at_least, `z okładem` → more_than. */
  postQualifiers: Record<string, Qualifier>;
  /** Words between two numbers after which the first takes the second's unit: `eight or nine euros`. */
  unitSharers: string[];
  /** Range openers and the words that close them: `between … and`, `od … do`. */
  rangeOpeners: Record<string, string[]>;
  /** Words or dashes between two numbers that make a range without an opener: `10-20`, `10 to 20`. */
  rangeJoiners: string[];
  /** Verbs of change: after them `from 10 to 20` or `do 20` is a new value, not a range or a bound. */
  changeVerbs: string[];
  /** Currency symbols before or after a number (case-sensitive, as written) → ISO 4217 code: `$` → USD. */
  currencySymbols: Record<string, string>;
  /** Currency words and codes, every form → ISO 4217 code: `dollars` → USD, `złotych` → PLN. */
  currencyWords: Record<string, string>;
  /** Sub-units of money, every form → base form: `cents` → cent, `groszy` → grosz. */
  moneySubunits: Record<string, string>;
  /** Percent signs and words → unit: `%`, `per cent` → percent, `percentage points` → percentage point. */
  percentWords: Record<string, string>;
  /** Measurement abbreviations read as units as written (also glued to digits): `km`, `kg`, `mph`. */
  unitAbbreviations: Record<string, string>;
  /** Counted nouns whose base form no suffix rule finds, every form → base: `people` → person, `osób` → osoba. */
  unitNouns: Record<string, string>;
  /** Plural-to-base suffix rules, first match wins: [`ies`, `y`], [`ów`, ``]. */
  lemmaSuffixes: Array<[string, string]>;
  /** Word endings that are never cut by the suffix rules: `ss`, `us`, `is`. */
  lemmaKeep: string[];
  /** True when a counted noun after a number above one is marked plural by `lemmaSuffixes` (English). */
  pluralMarksHead: boolean;
  /** Adjective endings: a word so ending is skipped when a noun follows (`technical advisers`). */
  adjectiveSuffixes: string[];
  /** Words that end the noun phrase after a number: determiners, prepositions, conjunctions, auxiliaries. */
  stopWords: string[];
  /** Base-form units of each category (`boat` → vessels, `rok` → duration). */
  categoryUnits: Partial<Record<ClaimCategory, string[]>>;
  /** Cue word prefixes near a number that make a count of people deaths or injuries: `kill`, `zgin`. */
  categoryCues: { deaths: string[]; injuries: string[]; attacks: string[] };
  /** Verbs taking the number as object, kept in the claim's span: `killed 61 people`. */
  objectVerbs: string[];
  /** True when an object verb before the number belongs to the claim's span (English gold does so). */
  verbInSpan: boolean;
  /** Month names and abbreviations, every form: a number next to one is a day or a year. */
  monthWords: string[];
  /** True when month names are capitalized (English `May`, not the verb `may`): lowercase ones are not months. */
  capitalizedMonths: boolean;
  /** Words right before a number that make a four-digit number a year: `in`, `since`, `w`, `roku`. */
  yearCuesBefore: string[];
  /** Words right after a number that make it a year: `r`, `roku`, `AD`. */
  yearCuesAfter: string[];
  /** Words right after a number that make it a time of day: `am`, `p.m.`, `GMT`. */
  timeCuesAfter: string[];
  /** Words right before a number that make it a time of day: `godz`, `godzinie`. */
  timeCuesBefore: string[];
  /** Words right before a number that make it a label, not a quantity: `article`, `page`, `No.`, `nr`. */
  labelWords: string[];
  /** Ordinal suffixes glued to digits: `st`, `nd`, `rd`, `th`. */
  ordinalSuffixes: string[];
  /** Words right before `one`/`jeden` that make it a pronoun, not a number: `no one`, `the one`. */
  pronounOneBefore: string[];
  /** Words right after `one`/`jeden` that make it a pronoun or idiom: `one another`, `one day`. */
  pronounOneAfter: string[];
}
