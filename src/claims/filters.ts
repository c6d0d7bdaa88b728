import { matchBackward, matchForward } from './lexicon.js';
import { looksPlural } from './lemma.js';
import type { Candidate, ClaimContext, ClaimFilter, Refiner } from './types.js';

const OPENERS = new Set(['.', '!', '?', '"', '“', '„', '«', '»', '-', '–', '—', ':', '•', '(', '*']);

/** True when token `k` opens a sentence or a quoted stretch: first of the paragraph or after end punctuation. */
export const sentenceInitial = (ctx: ClaimContext, k: number): boolean => k === 0 || OPENERS.has(ctx.toks[k - 1]!.text);

const isMonth = (ctx: ClaimContext, i: number): boolean => {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'word' || !ctx.lex.months.has(t.lower)) return false;
  return !ctx.locale.capitalizedMonths || /^\p{Lu}/u.test(t.text);
};

const plainInteger = (ctx: ClaimContext, c: Candidate): boolean =>
  c.written === 'digits' && !c.scaled && !c.range && Number.isInteger(c.value) && c.first === c.last && !c.money &&
  /^\d+$/u.test(ctx.toks[c.first]!.text);

/** A day number or year next to a month name: `November 2`, `Nov. 2`, `05 Nov 2025`, `2 listopada`. */
const dateNumber: ClaimFilter = (ctx, c) => {
  if (c.written !== 'digits' || c.range || c.money) return null;
  if (!(c.value >= 1 && c.value <= 31 && Number.isInteger(c.value)) && !(c.value >= 1000 && c.value <= 2100)) return null;
  if (!plainInteger(ctx, c)) return null;
  const { toks } = ctx;
  let p = c.first - 1;
  if (toks[p]?.text === '.' || toks[p]?.text === ',') p--;
  if (isMonth(ctx, p)) return 'date';
  // The year of `Mar 9 2018`, `November 2, 2024`.
  if (toks[p]?.kind === 'digits' && Number(toks[p]!.text) <= 31) {
    let q = p - 1;
    if (toks[q]?.text === '.') q--;
    if (isMonth(ctx, q)) return 'date';
  }
  let n = c.last + 1;
  if (toks[n]?.text === ',' || toks[n]?.lower === 'of') n++;
  if (isMonth(ctx, n)) return 'date';
  return null;
};

/** A year: a four-digit number not counting anything (`in 2019`, `2024`), or one the words mark (`2024 r.`, `966 AD`). */
const year: ClaimFilter = (ctx, c) => {
  if (!plainInteger(ctx, c) || c.qualifier !== 'exact' || c.value > 2100) return null;
  const { toks, lex } = ctx;
  if (matchForward(lex.yearAfter, toks, c.last + 1)) return 'year';
  if (c.value < 1000 || toks[c.first]!.text.length !== 4) return null;
  if (c.unit === 'percent' || c.scaled) return null;
  if (c.unit === null || c.gluedUnit !== null) return 'year';
  const prev = toks[c.first - 1];
  if (prev && lex.yearBefore.has(prev.lower)) return 'year';
  // A four-digit number counts something only when a counted noun follows: `2000 people`, not `2018 MIT`.
  const head = c.unitTok >= 0 ? toks[c.unitTok]! : null;
  if (!head) return null;
  const counted = ctx.locale.pluralMarksHead ? looksPlural(head.text, ctx.locale, lex) : lex.unitNouns.has(head.lower) || lex.categoryOfUnit.has(c.unit);
  return counted ? null : 'year';
};

/** A time of day: `3 pm`, `10 a.m.`, `godz. 15`, `at 3.30`. */
const timeOfDay: ClaimFilter = (ctx, c) => {
  if (c.written !== 'digits' || c.range || c.money || c.value > 24 || c.unit === 'percent') return null;
  const { toks, lex } = ctx;
  if (matchForward(lex.timeAfter, toks, c.last + 1)) return 'time';
  let p = c.first - 1;
  if (toks[p]?.text === '.') p--;
  const prev = toks[p];
  if (prev && lex.timeBefore.has(prev.lower)) {
    const lit = ctx.text.slice(toks[c.first]!.start, toks[c.last]!.end);
    if (!ctx.locale.capitalizedMonths || /^\d{1,2}[.:]\d{2}$/u.test(lit)) return 'time';
  }
  return null;
};

/** A label, not a quantity: `Article 5`, `No. 10`, `nr 3`, and a name with a number (`Boeing 737`, `Section 427`). */
const label: ClaimFilter = (ctx, c) => {
  if (c.money || c.spanFirst !== c.first || c.scaled || c.unit === 'percent' || c.range) return null;
  const { toks, lex } = ctx;
  let p = c.first - 1;
  if (toks[p]?.text === '.' && !toks[p]!.gap) p--;
  const prev = toks[p];
  if (!prev || prev.kind !== 'word') return null;
  if (lex.labels.has(prev.lower) && (c.unit === null || /^\p{Lu}/u.test(prev.text) || toks[p + 1]?.text === '.')) return 'label';
  // A capitalized word that is not the sentence's first, nor a month, cue or qualifier, naming something with a number.
  if (c.unit === null && !sentenceInitial(ctx, p) && /\p{Lu}/u.test(prev.text) && !lex.stop.has(prev.lower) && !isMonth(ctx, p) &&
      !matchBackward(lex.qualifiers, toks, p) && c.written === 'digits') return 'name';
  return null;
};

/** List numbering: a number opening its paragraph before `.` or `)`, or a small number in parentheses. */
const listNumber: ClaimFilter = (ctx, c) => {
  if (c.written !== 'digits' || c.money || c.unit !== null) return null;
  const { toks } = ctx;
  const next = toks[c.last + 1];
  if (c.first === 0 && next && (next.text === '.' || next.text === ')')) return 'list';
  if (toks[c.first - 1]?.text === '(' && next?.text === ')' && c.value < 30) return 'list';
  return null;
};

/** `one`/`jeden` as a pronoun or in an idiom: `no one`, `one another`, `the one`, or not counting anything. */
const pronounOne: ClaimFilter = (ctx, c) => {
  if (c.written !== 'words' || c.value !== 1 || c.scaled || c.fraction || c.range || c.first !== c.last) return null;
  const { toks, lex } = ctx;
  const prev = toks[c.spanFirst - 1];
  const next = toks[c.last + 1];
  if (prev && lex.pronounBefore.has(prev.lower) && c.spanFirst === c.first) return 'pronoun';
  if (!next || next.kind !== 'word' || lex.pronounAfter.has(next.lower)) return 'pronoun';
  if (c.unit === null) return 'pronoun';
  return null;
};

/** A person's age: `Jane Doe, 34, said`, `a 71-year-old man`. Not a claim about the world's numbers. */
const age: ClaimFilter = (ctx, c) => {
  if (c.written !== 'digits' || c.money || c.range || c.value < 1 || c.value > 120 || !Number.isInteger(c.value)) return null;
  const { toks, text } = ctx;
  const after = text.slice(toks[c.last]!.end, toks[c.last]!.end + 10).toLowerCase();
  if (/^[-‐ ]year[-‐ ]old/u.test(after)) return 'age';
  const prev = toks[c.spanFirst - 1];
  const before = toks[c.spanFirst - 2];
  const next = toks[c.tail + 1];
  if (c.unit === null && prev?.text === ',' && before && /^\p{Lu}/u.test(before.text) && next && (next.text === ',' || next.text === ')')) return 'age';
  return null;
};

const inBoilerplate: ClaimFilter = (ctx, c) =>
  ctx.doc.inBoilerplate(ctx.toks[c.spanFirst]!.start, ctx.toks[c.tail]!.end) ? 'boilerplate' : null;

/** The filters, in order: the first reason found drops the candidate. */
export const filters: ClaimFilter[] = [(_, c) => c.drop, inBoilerplate, dateNumber, year, timeOfDay, label, listNumber, pronounOne, age];

/** Refiner: drops what is not a claim: dates, years, times, labels, list numbers, pronoun `one`, boilerplate. */
export const dropNonClaims: Refiner = (ctx, cands) =>
  cands.filter((c) => {
    for (const f of filters) {
      const why = f(ctx, c);
      if (why) {
        c.drop = why;
        return false;
      }
    }
    return true;
  });
