import type { ClaimCategory } from '../schema.js';
import type { Candidate, ClaimContext, Refiner } from './types.js';

const WINDOW = 5;
const PERCENT_UNITS = new Set(['percent', 'percentage point', 'basis point', 'punkt procentowy']);

const BARRIER = new Set(['.', '!', '?', ',', ';', ':', '(', ')', '"', '“', '”', '„', '«', '»']);

/** The nearest death or injury cue within a few tokens of the claim, not past punctuation or another number. */
function nearestCue(ctx: ClaimContext, c: Candidate): 'deaths' | 'injuries' | null {
  const { toks, locale } = ctx;
  const cueAt = (k: number): 'deaths' | 'injuries' | null => {
    const s = toks.slice(k, k + 3).map((t) => t.lower).join(' ');
    for (const cat of ['deaths', 'injuries'] as const) if (locale.categoryCues[cat].some((cue) => s.startsWith(cue))) return cat;
    return null;
  };
  const stops = (k: number): boolean => {
    const t = toks[k]!;
    return BARRIER.has(t.text) || t.kind === 'digits' || ctx.lex.numberWords.has(t.lower);
  };
  for (let d = 0; d <= WINDOW; d++) {
    // The unit noun itself may be the cue (`deaths`); then before the number, then after it.
    for (const k of d === 0 ? [c.unitTok] : [c.spanFirst - d, c.tail + d]) {
      if (k < 0 || k >= toks.length) continue;
      if (d > 0) {
        const from = k < c.spanFirst ? k : c.tail + 1;
        const to = k < c.spanFirst ? c.spanFirst - 1 : k;
        let blocked = false;
        for (let x = from; x <= to; x++) if (stops(x)) blocked = true;
        if (blocked) continue;
      }
      const cat = cueAt(k);
      if (cat) return cat;
    }
  }
  return null;
}

function categoryOf(ctx: ClaimContext, c: Candidate): ClaimCategory {
  if (c.money || (c.unit && ctx.locale.moneySubunits[c.unit] !== undefined)) return 'money';
  if (c.unit && PERCENT_UNITS.has(c.unit)) return 'percent';
  const fromUnit = c.unit ? ctx.lex.categoryOfUnit.get(c.unit) : undefined;
  if (fromUnit && fromUnit !== 'people') return fromUnit;
  if (c.unit && !fromUnit && ctx.locale.categoryCues.attacks.some((cue) => c.unit!.startsWith(cue))) return 'attacks';
  const cue = nearestCue(ctx, c);
  if (cue) return cue;
  return fromUnit ?? 'count';
}

/** Refiner: the category from the unit and the words around: killed → deaths, boats → vessels, `$` → money. */
export const categorize: Refiner = (ctx, cands) => {
  for (const c of cands) c.category = categoryOf(ctx, c);
  return cands;
};

/** Refiner: an object verb before the number joins the span where the language's gold does so (`killed 61 people`). */
export const spanVerb: Refiner = (ctx, cands) => {
  if (!ctx.locale.verbInSpan) return cands;
  for (const c of cands) {
    const v = ctx.toks[c.spanFirst - 1];
    if (v && ctx.lex.objectVerbs.has(v.lower) && (c.category === 'deaths' || c.category === 'injuries')) c.spanFirst--;
  }
  return cands;
};
