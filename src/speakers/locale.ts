/** Grammatical gender (or number) a pronoun or a verb form agrees with. */
export type Gender = 'm' | 'f' | 'n' | 'p';

/** What speaker detection and resolution need to know of a language. */
export interface SpeakersLocale {
  /** Titles and roles, lowercase, in base form: `president`, `spokesman`, `rzecznik`. */
  titles: string[];
  /** Personal pronouns that can stand for a speaker, with the gender they agree with. */
  pronouns: Record<string, Gender>;
  /** Nouns naming an organization: `ministry`, `kremlin`, `ministerstwo`. */
  organizationWords: string[];
  /** Nouns naming a medium: `newspaper`, `agency`, `gazeta`. */
  mediaWords: string[];
  /** Suffix rewrites that map an inflected name to its base form, tried in order: `[['owa', 'ow']]`. */
  nameDeclension: Array<readonly [suffix: string, base: string]>;
}
