import type { Document } from '../document/types.js';
import type { Lexicon } from './lexicon.js';

/** A stretch of text between quote marks. */
/** A short quoted title (`“Morning Joe”`, `„Rzeczpospolita”`): capitalized, at most five words, no sentence punctuation. */
export function isTitleSpan(text: string, span: QuotedSpan): boolean {
  const content = text.slice(span.start, span.end);
  return /^\p{Lu}/u.test(content) && !/[.,;:!?]/u.test(content) && content.split(/\s+/u).length <= 5;
}

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Content, without the marks: [start, end). */
  start: number;
  end: number;
  /** Offset just after the closing mark (== end when the quote runs unclosed to its paragraph's end). */
  close: number;
  mark: string;
  /** Index of the paragraph where the quote opens and where it ends. */
  firstParagraph: number;
  lastParagraph: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const OPEN_BEFORE = /[\s([{\-–—/:;,]/u;
// A single straight or curly apostrophe-like mark is a quote only when it lines up with a closer near by.
const MAX_SINGLE = 400;
const SINGLE = new Set(["'", '‘', '‚', '‹', '›']);
/** The single marks British style quotes with: a quote in them may run over paragraphs as double marks do. */
const BRITISH = new Set(["'", '‘']);

function markAt(text: string, i: number, marks: ReadonlyMap<string, string[]> | ReadonlySet<string>): string | null {
  const ch = text[i]!;
  if ((ch === '`' || ch === "'") && text[i + 1] === ch) {
    const two = ch + ch;
    if (marks.has(two)) return two;
  }
  return marks.has(ch) ? ch : null;
}

/** The characters any quote mark starts with: every other character is passed over at once. */
const markStarts = new WeakMap<Lexicon, Uint8Array>();
/** Per UTF-16 code unit: 1 when a quote mark starts with it (a table, so each character costs one read). */
function startsOf(lex: Lexicon): Uint8Array {
  let table = markStarts.get(lex);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const m of [...lex.openers.keys(), ...lex.closers]) table[m.charCodeAt(0)] = 1;
    markStarts.set(lex, table);
  }
  return table;
}

function canOpen(text: string, i: number, mark: string, from: number): boolean {
  const next = text[i + mark.length];
  if (next === undefined || SPACE.test(next)) return false;
  // (A right double mark opening a quote reads as a straight one: after white space or punctuation, before a word.)
  const symmetric = mark === '"' || mark === "'" || mark === "''" || mark === '”';
  if (!symmetric && mark !== '‘') return true;
  const prev = i > from ? text[i - 1]! : ' ';
  if (!OPEN_BEFORE.test(prev) && !(symmetric && i === from)) return false;
  return mark === '"' || mark === "''" || LETTER_OR_DIGIT.test(next) || next === '…' || next === '.';
}

/** True when no letter or digit follows offset `j`: a mark before it ends a word, as a closing straight or single mark must. */
function endsWordAt(text: string, j: number): boolean {
  const next = text[j];
  return next === undefined || !LETTER_OR_DIGIT.test(next);
}

function canClose(text: string, i: number, mark: string, openMark: string): boolean {
  const prev = text[i - 1];
  if (prev === undefined || SPACE.test(prev)) {
    if (mark === '”' || mark === '»' || mark === '«') return true;
    // `"… the term 'African American outreach,' " he told`: a nested quote's closing mark, a space, then this one.
    const nested = text[i - 2];
    return mark === '"' && (nested === "'" || nested === '’') && endsWordAt(text, i + mark.length);
  }
  if (mark === '"' || mark === "''" || SINGLE.has(openMark) || mark === '’' || mark === "'") return endsWordAt(text, i + mark.length);
  return true;
}

/**
 * Finds quoted spans in one pass over the article's paragraphs (boilerplate skipped).
 * A quote that stays open at the end of its paragraph continues when the next paragraph
 * opens with a quote mark (news style for long quotes); otherwise it runs to the end of its
 * paragraph when it opened the paragraph or followed a colon, and is dropped when it did
 * not: a stray mark never swallows the rest of the article.
 */
export function findQuotedSpans(doc: Document, lex: Lexicon): QuotedSpan[] {
  const { text } = doc;
  const out: QuotedSpan[] = [];
  const paragraphs = doc.paragraphs;
  const starts = startsOf(lex);
  let open: { mark: string; at: number; start: number; closers: string[]; firstParagraph: number } | null = null;

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    if (p.boilerplate) {
      open = null;
      continue;
    }
    let i = p.start;
    // A continued quote: the paragraph reopens the mark; skip it.
    if (open) {
      const m = markAt(text, i, lex.openers);
      if (m) i += m.length;
    }
    while (i < p.end) {
      if (starts[text.charCodeAt(i)] === 0) {
        if (open && SINGLE.has(open.mark) && i - open.start > MAX_SINGLE) open = null;
        i++;
        continue;
      }
      if (open) {
        const c = markAt(text, i, lex.closers);
        if (c && open.closers.includes(c) && canClose(text, i, c, open.mark)) {
          if (i > open.start) {
            out.push({ open: open.at, start: open.start, end: i, close: i + c.length, mark: open.mark, firstParagraph: open.firstParagraph, lastParagraph: pi });
          }
          open = null;
          i += c.length;
          continue;
        }
        const o = markAt(text, i, lex.openers);
        // The same typographic opener again before any closer: the earlier one was stray.
        if (o && o === open.mark && !open.closers.includes(o) && canOpen(text, i, o, p.start)) {
          open = { mark: o, at: i, start: i + o.length, closers: lex.openers.get(o)!, firstParagraph: pi };
          i += o.length;
          continue;
        }
        if (SINGLE.has(open.mark) && i - open.start > MAX_SINGLE) open = null;
        i++;
        continue;
      }
      const o = markAt(text, i, lex.openers);
      if (o && canOpen(text, i, o, p.start)) {
        open = { mark: o, at: i, start: i + o.length, closers: lex.openers.get(o)!, firstParagraph: pi };
        i += o.length;
        continue;
      }
      i++;
    }
    if (!open) continue;
    const next = paragraphs[pi + 1];
    // Only the same mark reopens a continued quote: a paragraph opening with another mark starts a quote of its own.
    // A single mark continues so only where it is the article's quote mark (`'…` or `‘…`, British style).
    const reopens = next && !next.boilerplate && markAt(text, next.start, lex.openers) === open.mark && (!SINGLE.has(open.mark) || BRITISH.has(open.mark));
    if (reopens) continue;
    const first = paragraphs[open.firstParagraph]!;
    const before = text.slice(first.start, open.at).trimEnd();
    const opensParagraph = before === '' || before.endsWith(':');
    if (opensParagraph && (!SINGLE.has(open.mark) || BRITISH.has(open.mark)) && p.end > open.start) {
      out.push({ open: open.at, start: open.start, end: p.end, close: p.end, mark: open.mark, firstParagraph: open.firstParagraph, lastParagraph: pi });
    }
    open = null;
  }
  return out;
}
