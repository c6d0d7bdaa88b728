import type { Locale } from '../types.js';
import { text } from './text.js';
import { quotes } from './quotes.js';
import { speakers } from './speakers.js';
import { claims } from './claims.js';
import { dates } from './dates.js';

export const en: Locale = {
  code: 'en',
  iso6393: 'eng',
  name: 'English',
  text,
  quotes,
  speakers,
  claims,
  dates,
  notApplicable: ['quotes.prepositions', 'quotes.inlineAccordingTo', 'quotes.accordingToAfterSource', 'quotes.anaphoricAccordingTo', 'quotes.impersonalForms', 'quotes.impersonalSubject', 'quotes.impersonalPlaces', 'quotes.dativeDeterminers', 'quotes.accountNouns', 'quotes.clauseLinks', 'quotes.auxiliaries', 'quotes.obliqueDeterminers', 'speakers.verbGender', 'speakers.obliqueMarkers', 'quotes.reportedMoodForms', 'quotes.stanceVerbForms', 'quotes.separableVerbs'],
};
