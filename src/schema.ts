import { z } from 'zod';

/**
 * The Analysis contract. These zod schemas are the single source of the
 * public types (`z.infer`) and of the JSON Schema shipped with the package.
 * Offsets are UTF-16 code units into the input string, `end` exclusive, and
 * `text === input.slice(start, end)` always holds.
 */

const offset = z.number().int().nonnegative();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

export const SpanSchema = z.object({ start: offset, end: offset });

export const BoilerplateSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  /** Which rule marked the region: `appeal`, `related-links`, `caption`, … */
  rule: z.string(),
});

export const CueSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  /** Base form of the cue: `said` → `say`, `according to`, `powiedzieć`. */
  lemma: z.string(),
});

export const MentionSchema = z.object({ text: z.string(), start: offset, end: offset });

export const QuoteKindSchema = z.enum(['direct', 'mixed', 'indirect']);

export const QuoteSchema = z.object({
  id: z.string(),
  kind: QuoteKindSchema,
  text: z.string(),
  start: offset,
  end: offset,
  cue: CueSchema.nullable(),
  speaker: z
    .object({
      /** Id of the entity in `speakers`. */
      id: z.string(),
      /** Canonical name: the fullest form in the article, in base form. */
      name: z.string(),
      /** The source as written in this quote's own attribution (`he`, `the spokesman`). */
      mention: MentionSchema.nullable(),
    })
    .nullable(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
});

export const SpeakerKindSchema = z.enum(['person', 'organization', 'media', 'group', 'unknown']);

export const SpeakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: SpeakerKindSchema,
  titles: z.array(z.string()),
  aliases: z.array(z.string()),
  mentions: z.array(SpanSchema),
});

export const QualifierSchema = z.enum([
  'exact',
  'approximately',
  'at_least',
  'more_than',
  'at_most',
  'less_than',
  'range',
]);

export const ClaimCategorySchema = z.enum([
  'deaths',
  'injuries',
  'attacks',
  'vessels',
  'people',
  'money',
  'percent',
  'duration',
  'count',
]);

export const NumericClaimSchema = z.object({
  id: z.string(),
  text: z.string(),
  start: offset,
  end: offset,
  /** The number as asserted, scale applied (`4.5 million` → 4500000, `trzech` → 3); a range's lower bound. */
  value: z.number(),
  /** A range's upper bound (`10-20`, `od 10 do 20`), else null. */
  upper: z.number().nullable(),
  qualifier: QualifierSchema,
  /** The counted thing in base form (`boat`, `osoba`), an ISO currency code, or `percent`. */
  unit: z.string().nullable(),
  category: ClaimCategorySchema,
  /** The id of the quote the number sits in, so a reader sees who claims it. */
  quoteId: z.string().nullable(),
  rule: z.string(),
});

export const GranularitySchema = z.enum([
  'day',
  'weekend',
  'week',
  'month',
  'season',
  'quarter',
  'half',
  'year',
  'decade',
  'century',
  'unknown',
]);

export const DateMentionSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  /** ISO 8601 at the expression's own granularity (`2025-11-02`, `2025-W45`, `2025-11`, `2025`), or null. */
  value: z.string().nullable(),
  granularity: GranularitySchema,
  /** `date` names a time; `duration` a length of time (`three months`); `set` a recurrence (`every Monday`). */
  kind: z.enum(['date', 'duration', 'set']),
  /** True when the value was resolved against the reference date (`on Thursday`, `last week`). */
  relative: z.boolean(),
  rule: z.string(),
});

export const LanguageSchema = z.string().regex(/^([a-z]{2}|und)$/u);

export const AnalysisSchema = z.object({
  language: LanguageSchema,
  referenceDate: isoDay.nullable(),
  publishedAt: isoDay.nullable(),
  quotes: z.array(QuoteSchema),
  speakers: z.array(SpeakerSchema),
  claims: z.array(NumericClaimSchema),
  dates: z.array(DateMentionSchema),
  boilerplate: z.array(BoilerplateSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type Boilerplate = z.infer<typeof BoilerplateSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type ClaimCategory = z.infer<typeof ClaimCategorySchema>;
export type NumericClaim = z.infer<typeof NumericClaimSchema>;
export type Granularity = z.infer<typeof GranularitySchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;

/** The JSON Schema (draft 2020-12) of an Analysis, also shipped as `hearsay/analysis.schema.json`. */
export const analysisJsonSchema: Record<string, unknown> = z.toJSONSchema(AnalysisSchema, {
  target: 'draft-2020-12',
}) as Record<string, unknown>;
