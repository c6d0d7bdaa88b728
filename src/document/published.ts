import type { Locale } from '../locales/types.js';
import type { RawParagraph } from './paragraphs.js';

/** How far into the article a dateline or byline date is looked for. */
const HEAD = 6;

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The publication date a text states in its first lines: `Wednesday, 05 Nov 2025`,
 * `November 2, 2025`, `2025-11-05`, `5 listopada 2025`. A dateline without a year
 * (`MOSCOW, November 2. /TASS/`) takes the year of `referenceDate` when one is given.
 */
export function findPublishedAt(
  text: string,
  paragraphs: readonly RawParagraph[],
  locale: Locale | null,
  referenceDate: string | null,
): string | null {
  const months = locale?.dates.months ?? {};
  const monthAlt = Object.keys(months)
    .sort((a, b) => b.length - a.length)
    .map((m) => m.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
  for (const p of paragraphs.slice(0, HEAD)) {
    const line = text.slice(p.start, Math.min(p.end, p.start + 300));
    const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})\b/u.exec(line);
    if (isoMatch) {
      const v = iso(+isoMatch[1]!, +isoMatch[2]!, +isoMatch[3]!);
      if (v) return v;
    }
    if (!monthAlt) continue;
    const dmy = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${monthAlt})\\.?,?\\s+(\\d{4})(?!\\d)`, 'iu').exec(line);
    if (dmy) {
      const v = iso(+dmy[3]!, months[dmy[2]!.toLowerCase()]!, +dmy[1]!);
      if (v) return v;
    }
    const mdy = new RegExp(`(?<!\\p{L})(${monthAlt})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu').exec(line);
    if (mdy) {
      const v = iso(+mdy[3]!, months[mdy[1]!.toLowerCase()]!, +mdy[2]!);
      if (v) return v;
    }
    const dateline = new RegExp(`^[\\p{Lu}][\\p{Lu}\\p{M} .'-]+,\\s+(${monthAlt})\\.?\\s+(\\d{1,2})\\b`, 'iu').exec(line);
    // The city of a dateline is in capitals: MOSCOW, WASHINGTON.
    const city = dateline ? dateline[0].slice(0, dateline[0].indexOf(',')) : '';
    if (dateline && referenceDate && city === city.toUpperCase()) {
      const v = iso(+referenceDate.slice(0, 4), months[dateline[1]!.toLowerCase()]!, +dateline[2]!);
      if (v) return v;
    }
  }
  return null;
}
