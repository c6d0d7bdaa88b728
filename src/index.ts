export { analyze, extractQuotes, extractSpeakers, extractClaims, extractDates, detectLanguage } from './analyze.js';
export type { AnalyzeOptions, Layer } from './options.js';
export { LAYERS } from './options.js';
export { supportedLanguages } from './locales/registry.js';
export {
  AnalysisSchema,
  QuoteSchema,
  SpeakerSchema,
  NumericClaimSchema,
  DateMentionSchema,
  BoilerplateSchema,
  SpanSchema,
  CueSchema,
  MentionSchema,
  QuoteKindSchema,
  SpeakerKindSchema,
  QualifierSchema,
  ClaimCategorySchema,
  GranularitySchema,
  LanguageSchema,
  analysisJsonSchema,
} from './schema.js';
export type {
  Analysis,
  Quote,
  QuoteKind,
  Speaker,
  SpeakerKind,
  NumericClaim,
  Qualifier,
  ClaimCategory,
  DateMention,
  Granularity,
  Boilerplate,
  Span,
  Cue,
  Mention,
} from './schema.js';
export type { Locale } from './locales/types.js';
export { formatAnalysis } from './format.js';
