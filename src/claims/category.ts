import type { ClaimCategory } from '../schema.js';
import type { Candidate, ClaimContext, Refiner, Tok } from './types.js';

const WINDOW = 5;
const PERCENT_UNITS = new Set(['percent', 'percentage point', 'basis point', 'punkt procentowy']);

const BARRIER = new Set(['.', '!', '?', ',', ';', ':', '(', ')', '"', '“', '”', '„', '«', '»']);

/**
 * True when the words from token `k` start with the cue: `lost their lives` matches `lost`, `their`, `lives…`.
 * The same as testing the cue against the next three tokens' lowercase joined with spaces, without building it.
 */
function cueAt(toks: readonly Tok[], k: number, words: readonly string[]): boolean {
  const n = words.length;
  if (n > 3 || k + n > toks.length) return false;
  for (let j = 0; j < n - 1; j++) if (toks[k + j]!.lower !== words[j]) return false;
  return toks[k + n - 1]!.lower.startsWith(words[n - 1]!);
}

/** The cue category at token `k`: deaths before injuries. */
function cueCategoryAt(ctx: ClaimContext, k: number): 'deaths' | 'injuries' | null {
  const { toks, lex } = ctx;
  for (const cue of lex.categoryCues.deaths) if (cueAt(toks, k, cue)) return 'deaths';
  for (const cue of lex.categoryCues.injuries) if (cueAt(toks, k, cue)) return 'injuries';
  return null;
}

/** True when token `k` ends the search for a cue: punctuation or another number. */
function stops(ctx: ClaimContext, k: number): boolean {
  const t = ctx.toks[k]!;
  return BARRIER.has(t.text) || t.kind === 'digits' || ctx.lex.numberWords.has(t.lower);
}

/** The nearest death or injury cue within a few tokens of the claim, not past punctuation or another number. */
function nearestCue(ctx: ClaimContext, c: Candidate): 'deaths' | 'injuries' | null {
  const { toks } = ctx;
  // The unit noun itself may be the cue (`deaths`); then before the number, then after it, one token further each
  // time. A side is closed for good at its first stop (the stop itself is no cue).
  if (c.unitTok >= 0 && c.unitTok < toks.length) {
    const cat = cueCategoryAt(ctx, c.unitTok);
    if (cat) return cat;
  }
  let beforeOpen = true;
  let afterOpen = true;
  for (let d = 1; d <= WINDOW; d++) {
    const b = c.spanFirst - d;
    if (beforeOpen && b >= 0) {
      if (stops(ctx, b)) beforeOpen = false;
      else {
        const cat = cueCategoryAt(ctx, b);
        if (cat) return cat;
      }
    }
    const a = c.tail + d;
    if (afterOpen && a < toks.length) {
      if (stops(ctx, a)) afterOpen = false;
      else {
        const cat = cueCategoryAt(ctx, a);
        if (cat) return cat;
      }
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
