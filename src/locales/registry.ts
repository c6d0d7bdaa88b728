import type { Locale } from './types.js';
import { en } from './en/index.js';
import { pl } from './pl/index.js';
import { de } from './de/index.js';

/** Every supported language. Adding a language is one line here plus its folder. */
export const locales: readonly Locale[] = [en, pl, de];

const byCode = new Map(locales.map((l) => [l.code, l]));

/** Codes of the supported languages, ISO 639-1. */
export const supportedLanguages: readonly string[] = locales.map((l) => l.code);

export function getLocale(code: string): Locale | null {
  return byCode.get(code) ?? null;
}
