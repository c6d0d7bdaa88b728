import { prefixBefore } from '../before.js';
import type { Refiner } from '../types.js';

/** How far back a prefix or preposition is looked for. */
const WINDOW = 40;

/**
 * Widens a mention over the words that belong to it: a period prefix and a preposition before
 * (`at the end of August`, `na początku grudnia`, `on Thursday`), a part of the day after
 * (`Friday morning`, `wczoraj wieczorem`). The value is unchanged: `early December` is `2025-12`.
 */
export const extendMentions: Refiner = (candidates, doc, lex) => {
  const text = doc.text;
  for (const c of candidates) {
    if (c.kind !== 'date') continue;
    const lineStart = Math.max(0, c.start - WINDOW);
    const before = text.slice(lineStart, c.start);
    // Stay on the mention's line.
    const nl = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    const window = nl >= 0 ? before.slice(nl + 1) : before;
    const m = prefixBefore(lex, window);
    if (m && (m[1] || m[2])) c.start -= (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    const dayLike =
      c.meaning.type === 'weekday' ? !c.meaning.weekend : c.meaning.type === 'relative' ? c.meaning.unit === 'day' : c.meaning.type === 'day';
    if (dayLike) {
      const after = lex.partOfDayAfter.exec(text.slice(c.end, c.end + WINDOW));
      if (after) c.end += after[0].length;
    }
  }
  return candidates;
};
