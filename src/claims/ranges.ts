import type { Candidate, ClaimContext, Refiner } from './types.js';

const DASHES = new Set(['-', '‐', '–', '—']);

function changeBefore(ctx: ClaimContext, i: number, span: number): boolean {
  for (let k = Math.max(0, i - span); k < i; k++) if (ctx.lex.changeVerbs.has(ctx.toks[k]!.lower)) return true;
  return false;
}

const isYear = (ctx: ClaimContext, c: Candidate): boolean =>
  c.written === 'digits' && !c.scaled && !c.money && Number.isInteger(c.value) && c.value >= 1000 && c.value <= 2100 &&
  c.last === c.first && ctx.toks[c.first]!.text.length === 4;

/** The range between `a` and the next candidate `b`, or null: `10-20`, `between 10 and 20`, `od 10 do 20`. */
function rangeOf(ctx: ClaimContext, a: Candidate, b: Candidate): Candidate | null {
  const { toks, lex } = ctx;
  if (a.drop || b.drop || a.fraction || b.fraction) return null;
  // What stands between the two numbers: one joiner (a dash or `to`/`and`/`do`), b's currency prefix aside.
  const between = b.spanFirst - a.next;
  if (between !== 1) return null;
  const j = toks[a.next]!;
  const opener = toks[a.anchor];
  const closers = opener ? lex.rangeOpeners.get(opener.lower) : undefined;
  const dash = DASHES.has(j.text);
  let viaOpener = false;
  if (closers && closers.has(j.lower)) {
    if (changeBefore(ctx, a.anchor, 3)) return null;
    viaOpener = true;
  } else if (dash) {
    if (isYear(ctx, a) && (isYear(ctx, b) || (b.written === 'digits' && toks[b.first]!.text.length === 2))) {
      a.drop = b.drop = 'year';
      return null;
    }
  } else if (lex.rangeJoiners.has(j.lower)) {
    if (changeBefore(ctx, a.first, 4) || (opener && lex.rangeOpeners.has(opener.lower))) return null;
  } else return null;
  let lo = a.value;
  if (!a.scaled && b.scaled && a.value < b.value / b.factor) lo = a.value * b.factor;
  if (!(b.value > lo)) {
    if (dash && !viaOpener && a.written === 'digits' && b.written === 'digits' && !j.gap && !toks[b.first]!.gap) a.drop = b.drop = 'score';
    return null;
  }
  const money = a.money || b.money;
  return {
    ...a,
    value: lo,
    upper: b.value,
    last: b.last,
    next: b.next,
    tail: b.tail,
    scaled: a.scaled || b.scaled,
    factor: b.factor,
    gluedUnit: b.gluedUnit ?? a.gluedUnit,
    moneyScale: b.moneyScale ?? a.moneyScale,
    money,
    unit: money ? (a.money ? a.unit : b.unit) : null,
    qualifier: 'range',
    range: true,
    spanFirst: viaOpener ? a.anchor : a.spanFirst,
    anchor: viaOpener ? a.anchor - 1 : a.anchor,
  };
}

/** Refiner: merges two numbers joined as a range into one candidate with `upper` and qualifier `range`. */
export const mergeRanges: Refiner = (ctx, cands) => {
  const out: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) {
    const a = cands[k]!;
    const b = cands[k + 1];
    const r = b ? rangeOf(ctx, a, b) : null;
    if (r) {
      out.push(r);
      k++;
    } else out.push(a);
  }
  return out;
};
