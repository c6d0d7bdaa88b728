/** Grammatical gender (or number) a pronoun or a verb form agrees with. */
export type Gender = 'm' | 'f' | 'n' | 'p';

/** What speaker detection and resolution need to know of a language. */
export interface SpeakersLocale {
  /** Titles and roles, lowercase, in base form: `president`, `spokesman`, `rzecznik`. */
  titles: string[];
  /** Plural nouns for groups of people: `officials`, `experts`, `eksperci`. */
  groupWords: string[];
  /**
   * First names the language's news often carries, lowercase, with their gender (the English
   * gazetteer already knows English names; this adds the language's own and their spellings).
   */
  firstNames: Record<string, Gender>;
  /** Personal pronouns that can stand for a speaker, with the gender they agree with. */
  pronouns: Record<string, Gender>;
  /**
   * Titles that speak for an organization (`spokesperson`, `official`, `rzecznik`): with no name of their
   * own and an organization after them (`a spokesperson for the Chinese Embassy`), the organization is the source.
   */
  spokesTitles: string[];
  /** Lowercase particles inside names (`Corrêa do Lago`, `Ursula von der Leyen`, `Borja del Pozo Cruz`). */
  nameParticles: string[];
  /** The word that opens a byline (`By`, `Autor:` is a line of its own): names after it are the writer's. */
  bylineWord: string;
  /** First-person pronouns (`I`, `we`, `ja`, `my`): in a quote's attribution they stand for the last speaker. */
  firstPersonPronouns: string[];
  /** Relative pronouns that take the noun phrase before them as subject: `who`, `which`, `który`. */
  relativePronouns: string[];
  /** Determiners and possessives that may open a noun phrase: `the`, `a`, `ten`. */
  determiners: string[];
  /**
   * Determiners that bring in someone not met before (`a`, `another`, `ein`): `a Western diplomat said`
   * is a new source unless its title shares a word with a person already named (`a Kremlin representative`).
   */
  indefiniteDeterminers: string[];
  /** Lowercase words that may qualify a title inside a noun phrase: `top`, `former`, `state`, `były`. */
  modifiers: string[];
  /** Endings of lowercase adjectives that may qualify a title: `-ski` (rosyjski), `-ian`. */
  adjectiveSuffixes: string[];
  /** Lowercase words that join the parts of a title or name: `of`, `for`, `w`, `ds.`. */
  connectors: string[];
  /** Words that may stand between a subject and its verb: auxiliaries, adverbs, time words (`has`, `also`, `on`, `week`). */
  adjuncts: string[];
  /** Nouns naming an organization: `ministry`, `kremlin`, `ministerstwo`. */
  organizationWords: string[];
  /** Nouns naming a medium: `newspaper`, `agency`, `gazeta`. */
  mediaWords: string[];
  /** True where names decline (Polish `Riabkowa` → Riabkow), so oblique mentions are rewritten by `nameDeclension`. */
  declinesNames: boolean;
  /** Suffix rewrites that map an inflected name to its base form, tried in order: `[['owa', 'ow']]`. */
  nameDeclension: Array<readonly [suffix: string, base: string]>;
  /** Words before a name that put it in an oblique case, so its base form must be derived: `zdaniem`, `z`. */
  obliqueMarkers: string[];
  /** Endings of a verb form that tell the speaker's gender (`powiedziała` → f), longest first. */
  verbGender: Array<readonly [suffix: string, gender: Gender]>;
}
