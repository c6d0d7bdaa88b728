import type { Locale } from '../types.js';
import { text } from './text.js';
import { quotes } from './quotes.js';
import { speakers } from './speakers.js';
import { claims } from './claims.js';
import { dates } from './dates.js';

export const de: Locale = {
  code: 'de',
  iso6393: 'deu',
  name: 'German',
  text,
  quotes,
  speakers,
  claims,
  dates,
  // German verb forms do not tell the speaker's gender (`sagte` for everyone).
  notApplicable: ['speakers.verbGender'],
};
