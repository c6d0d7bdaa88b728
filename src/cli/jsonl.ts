import { analyze } from '../analyze.js';
import type { AnalyzeOptions } from '../options.js';

/** Defaults from the command line, overridden per line by the line's own fields. */
export interface JsonlDefaults {
  language?: string | undefined;
  referenceDate?: string | undefined;
  durations?: boolean | undefined;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Analyzes one input line `{"id","text","referenceDate"?,"language"?}` and returns the
 * output line `{"id", ...Analysis}`, or `{"id","error"}` when the line is bad. Never throws.
 */
export function processLine(line: string, lineNo: number, defaults: JsonlDefaults): { out: string; ok: boolean } {
  let id: unknown = null;
  try {
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch (e) {
      return { out: JSON.stringify({ id: null, line: lineNo, error: `hearsay: malformed JSON: ${errorMessage(e)}` }), ok: false };
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { out: JSON.stringify({ id: null, line: lineNo, error: 'hearsay: a line must be a JSON object' }), ok: false };
    }
    const o = input as Record<string, unknown>;
    id = o.id ?? null;
    const options: AnalyzeOptions = {};
    const language = o.language ?? defaults.language;
    if (language !== undefined && language !== null) options.language = language as string;
    const referenceDate = o.referenceDate ?? defaults.referenceDate;
    if (referenceDate !== undefined) options.referenceDate = referenceDate as string | null;
    if (defaults.durations) options.durations = true;
    const analysis = analyze(o.text as string, options);
    return { out: JSON.stringify({ id, ...analysis }), ok: true };
  } catch (e) {
    return { out: JSON.stringify({ id, line: lineNo, error: errorMessage(e) }), ok: false };
  }
}
