import { z } from 'zod';
import { rangeError, typeError } from './errors.js';
import { supportedLanguages } from './locales/registry.js';
import { formatDay, isValidDay, parseIsoDay } from './dates/calendar.js';

/** The layers `analyze()` can compute; all by default. */
export const LAYERS = ['quotes', 'claims', 'dates'] as const;
export type Layer = (typeof LAYERS)[number];

export interface AnalyzeOptions {
  /** 'auto' (default) detects the language; a supported ISO 639-1 code forces it. */
  language?: string;
  /**
   * The day relative dates resolve against: 'YYYY-MM-DD' or a Date (its UTC day).
   * Default: the publication date the text states, else none (relative dates get `value: null`).
   */
  referenceDate?: string | Date | null;
  /** Which layers to compute: any of 'quotes', 'claims', 'dates'. Default: all. */
  layers?: readonly Layer[];
  /** Also report durations (`three months`) in `dates`, with `kind: 'duration'` and `value: null`. Default: false. */
  durations?: boolean;
}

export interface ResolvedOptions {
  language: string;
  referenceDate: string | null;
  layers: ReadonlySet<Layer>;
  durations: boolean;
}

const OptionsSchema = z
  .object({
    language: z.string().optional(),
    referenceDate: z.union([z.string(), z.instanceof(Date), z.null()]).optional(),
    layers: z.array(z.enum(LAYERS)).optional(),
    durations: z.boolean().optional(),
  })
  .strict();

/** Normalizes a reference date: 'YYYY-MM-DD' or a valid Date; throws a RangeError otherwise. */
export function normalizeReferenceDate(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw rangeError('referenceDate is an invalid Date');
    const day = { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
    if (!isValidDay(day.year, day.month, day.day) || day.year < 1) throw rangeError('referenceDate is out of range');
    return formatDay(day);
  }
  const day = parseIsoDay(value);
  if (!day || day.year < 1) throw rangeError(`referenceDate must be a real calendar day as 'YYYY-MM-DD', got ${JSON.stringify(value).slice(0, 40)}`);
  return formatDay(day);
}

/** Validates the options object; a wrong type throws a TypeError, a wrong value a RangeError. */
/** The options when none are given: the schema's answer for `{}`, worked out once. */
let defaults: ResolvedOptions | null = null;

export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) return (defaults ??= resolveOptions({}));
  if (typeof options !== 'object' || Array.isArray(options)) throw typeError('options must be an object');
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'options';
    const message = `invalid option ${where}: ${issue.message}`;
    throw issue.code === 'invalid_type' || issue.code === 'unrecognized_keys' || issue.code === 'invalid_union'
      ? typeError(message)
      : rangeError(message);
  }
  const o = parsed.data;
  const language = o.language ?? 'auto';
  if (language !== 'auto' && !supportedLanguages.includes(language)) {
    throw rangeError(`unsupported language ${JSON.stringify(language)}; use 'auto' or one of ${supportedLanguages.join(', ')}`);
  }
  return {
    language,
    referenceDate: normalizeReferenceDate(o.referenceDate),
    layers: new Set(o.layers ?? LAYERS),
    durations: o.durations ?? false,
  };
}
