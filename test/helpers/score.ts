/**
 * The project's own implementation of the scoring rules of ANNOTATION.md, run on
 * `analyze()` output in-process: quote spans paired one to one by letter Dice,
 * speakers by key words of the resolved name, claims and dates by overlapping span.
 */
import type { Analysis } from '../../src/index.js';
import type { GoldDoc } from './gold.js';

const FOLD: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
export const foldText = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđĐøØßæœı]/gu, (c) => FOLD[c] ?? c)
    .toLowerCase();
const words = (s: string): string[] => foldText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function locate(text: string, item: { text?: string; start?: number; end?: number; occurrence?: number }): [number, number] {
  if (Number.isInteger(item.start) && Number.isInteger(item.end)) return [item.start!, item.end!];
  let from = 0;
  let at = -1;
  for (let k = 0; k < (item.occurrence ?? 1); k++) {
    at = text.indexOf(item.text!, from);
    if (at < 0) break;
    from = at + 1;
  }
  if (at < 0) throw new Error(`gold text not found: ${item.text}`);
  return [at, at + item.text!.length];
}

const LETTER = /[\p{L}\p{N}]/u;
function letters(text: string, parts: Array<[number, number]>): Set<number> {
  const set = new Set<number>();
  for (const [s, e] of parts) for (let i = s; i < e; i++) if (LETTER.test(text[i]!)) set.add(i);
  return set;
}
function dice(a: Set<number>, b: Set<number>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}
const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Score {
  quotes: Counts & { speakerOk: number; speakerN: number };
  claims: Counts & { qualifierOk: number; unitOk: number; unitN: number };
  dates: Counts & { valueOk: number; valueN: number };
  errors: string[];
}

export const emptyScore = (): Score => ({
  quotes: { tp: 0, fp: 0, fn: 0, speakerOk: 0, speakerN: 0 },
  claims: { tp: 0, fp: 0, fn: 0, qualifierOk: 0, unitOk: 0, unitN: 0 },
  dates: { tp: 0, fp: 0, fn: 0, valueOk: 0, valueN: 0 },
  errors: [],
});

export function f1(c: Counts): number {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function speakerRight(g: GoldDoc['quotes'] extends (infer Q)[] | undefined ? Q : never, sp: Analysis['quotes'][number]['speaker']): boolean {
  if (g.speaker == null && !g.keys && !g.speakerSpans) return !(sp && sp.name);
  if (g.keys && sp?.name) {
    const w = ' ' + words(sp.name).join(' ') + ' ';
    if (g.keys.some((k) => w.includes(' ' + words(k).join(' ') + ' '))) return true;
  }
  if (g.speakerSpans && sp?.mention) {
    const m: [number, number] = [sp.mention.start, sp.mention.end];
    return g.speakerSpans.some((s) => overlaps(s, m));
  }
  return false;
}

/** Adds one document's comparison into `score`. */
export function scoreDoc(gold: GoldDoc, a: Analysis, score: Score, threshold = 0.5): void {
  const text = gold.text;
  const gq = (gold.quotes ?? []).map((q) => ({ q, set: letters(text, q.parts ?? [locate(text, q)]) }));
  const pq = a.quotes.map((q) => ({ q, set: letters(text, [[q.start, q.end]]) }));
  const pairs: Array<[number, number, number]> = [];
  gq.forEach((g, i) => pq.forEach((p, j) => {
    const d = dice(g.set, p.set);
    if (d >= threshold) pairs.push([d, i, j]);
  }));
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [, i, j] of pairs) if (!gUsed.has(i) && !pUsed.has(j)) { gUsed.set(i, j); pUsed.add(j); }
  gq.forEach(({ q }, i) => {
    if (q.optional) return;
    const j = gUsed.get(i);
    if (j === undefined) { score.quotes.fn++; score.errors.push(`${gold.doc} MISS quote: ${(q.text ?? '').slice(0, 70)}`); return; }
    score.quotes.tp++;
    score.quotes.speakerN++;
    if (speakerRight(q, pq[j]!.q.speaker)) score.quotes.speakerOk++;
    else score.errors.push(`${gold.doc} WHO want ${q.speaker} got ${pq[j]!.q.speaker?.name ?? null}: ${pq[j]!.q.text.slice(0, 60)}`);
  });
  pq.forEach(({ q }, j) => {
    if (pUsed.has(j)) return;
    score.quotes.fp++;
    score.errors.push(`${gold.doc} EXTRA quote: ${q.text.slice(0, 70)}`);
  });

  spans(gold, gold.claims ?? [], a.claims, score.claims, score.errors, 'claim', (g, p) => Math.abs(p.value - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value)), (g, p) => {
    if (p.qualifier === g.qualifier) score.claims.qualifierOk++;
    else score.errors.push(`${gold.doc} QUAL ${g.text}: want ${g.qualifier} got ${p.qualifier}`);
    if (g.unitOptional) return;
    score.claims.unitN++;
    const norm = (u: string | null): string => foldText(String(u ?? '')).replace(/ies$/u, 'y').replace(/(es|s)$/u, '');
    const gu = norm(g.unit);
    const pu = norm(p.unit);
    if (pu && (pu === gu || (gu.length >= 4 && pu.startsWith(gu.slice(0, 4))) || (g.unit === 'person' && /^(people|person|persons|osob)/u.test(pu)))) score.claims.unitOk++;
    else score.errors.push(`${gold.doc} UNIT ${g.text}: want ${g.unit} got ${p.unit}`);
  });
  spans(gold, gold.dates ?? [], a.dates, score.dates, score.errors, 'date', () => true, (g, p) => {
    if (g.value == null) return;
    score.dates.valueN++;
    if (p.value === g.value) score.dates.valueOk++;
    else score.errors.push(`${gold.doc} VALUE ${g.text}: want ${g.value} got ${p.value}`);
  });
}

function spans<G extends { text?: string; optional?: boolean }, P extends { start: number; end: number; text: string }>(
  gold: GoldDoc,
  golds: G[],
  preds: P[],
  c: Counts,
  errors: string[],
  what: string,
  match: (g: G, p: P) => boolean,
  detail: (g: G, p: P) => void,
): void {
  const located = golds.map((g) => ({ g, span: locate(gold.text, g) }));
  const used = new Set<number>();
  for (const { g, span } of located) {
    const j = preds.findIndex((p, jj) => !used.has(jj) && overlaps(span, [p.start, p.end]) && match(g, p));
    if (j >= 0) used.add(j);
    if (g.optional) continue;
    if (j < 0) { c.fn++; errors.push(`${gold.doc} MISS ${what}: ${g.text}`); continue; }
    c.tp++;
    detail(g, preds[j]!);
  }
  preds.forEach((p, j) => {
    if (used.has(j)) return;
    if (located.some(({ g, span }) => g.optional && overlaps(span, [p.start, p.end]))) return;
    c.fp++;
    errors.push(`${gold.doc} EXTRA ${what}: ${p.text}`);
  });
}
