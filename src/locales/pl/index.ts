import type { Locale } from '../types.js';
import { text } from './text.js';
import { quotes } from './quotes.js';
import { speakers } from './speakers.js';
import { claims } from './claims.js';
import { dates } from './dates.js';

export const pl: Locale = {
  code: 'pl',
  iso6393: 'pol',
  name: 'Polish',
  text,
  quotes,
  speakers,
  claims,
  dates,
  notApplicable: ['quotes.prepositions', 'quotes.inlineAccordingTo', 'quotes.accordingToAfterSource', 'quotes.anaphoricAccordingTo', 'quotes.impersonalForms', 'quotes.impersonalSubject', 'quotes.impersonalPlaces', 'quotes.dativeDeterminers', 'quotes.accountNouns', 'quotes.clauseLinks', 'quotes.auxiliaries', 'quotes.obliqueDeterminers', 'quotes.reportedMoodForms', 'quotes.stanceVerbForms', 'quotes.separableVerbs', 'speakers.indefiniteDeterminers', 'dates.unitArticles'],
};
