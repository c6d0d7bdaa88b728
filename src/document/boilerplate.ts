import type { Boilerplate } from '../schema.js';
import type { TextLocale } from './locale.js';
import type { RawParagraph } from './paragraphs.js';

/** What a boilerplate rule sees: the paragraphs and which of them earlier rules marked. */
export interface BoilerplateInput {
  text: string;
  paragraphs: readonly RawParagraph[];
  /** Per paragraph: the rule that marked it, or null. */
  marks: Array<string | null>;
  locale: TextLocale | null;
}

/** A rule marks paragraphs as boilerplate by writing its name into `marks`. */
export type BoilerplateRule = (input: BoilerplateInput) => void;

const TERMINAL = /[.!?…:;"”“»«’')\]]$/u;
const LETTERS = /\p{L}/u;

function paragraphText(input: BoilerplateInput, i: number): string {
  const p = input.paragraphs[i]!;
  return input.text.slice(p.start, p.end);
}

/** The length of paragraph `i`: the rules read a paragraph's text only when its length allows a match. */
function lengthOf(input: BoilerplateInput, i: number): number {
  const p = input.paragraphs[i]!;
  return p.end - p.start;
}

/**
 * `(line) => regexes.some((re) => re.test(line))`, with one regex call per group of regexes sharing
 * their flags (their sources as alternatives) instead of one per regex: a locale's boilerplate
 * patterns are tested against every paragraph. Regexes that hold state (g, y) or whose source could
 * change meaning inside a larger one (back references, named groups) are tested on their own.
 */
export function anyOf(regexes: readonly RegExp[]): (line: string) => boolean {
  let test = anyOfCache.get(regexes);
  if (test) return test;
  const groups = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const re of regexes) {
    if (re.global || re.sticky || /\\[1-9k]|\(\?</u.test(re.source)) alone.push(re);
    else {
      const sources = groups.get(re.flags) ?? [];
      sources.push(`(?:${re.source})`);
      groups.set(re.flags, sources);
    }
  }
  const combined = [...[...groups].map(([flags, sources]) => new RegExp(sources.join('|'), flags)), ...alone];
  test = (line) => combined.some((re) => re.test(line));
  anyOfCache.set(regexes, test);
  return test;
}
const anyOfCache = new WeakMap<readonly RegExp[], (line: string) => boolean>();
const NONE: readonly RegExp[] = [];

/** True for a short line with no terminal punctuation: a title, subheading, menu item or link. */
export function isHeadlineLike(line: string): boolean {
  return line.length <= 160 && !TERMINAL.test(line) && LETTERS.test(line);
}

/** True for a line of running text: long enough and ending like a sentence. */
function isProse(line: string): boolean {
  return line.length >= 60 && /[.!?…"”»]$/u.test(line);
}

/** `A Message from …`, `Next In World`, `Others Also Read`: from here to the end is not the article. */
const tailRule: BoilerplateRule = (input) => {
  const isTail = anyOf(input.locale?.boilerplateTails ?? NONE);
  const n = input.paragraphs.length;
  // A tail never starts in the opening paragraphs: those are the article.
  for (let i = Math.min(2, n); i < n; i++) {
    if (lengthOf(input, i) > 80) continue;
    if (isTail(paragraphText(input, i))) {
      for (let k = i; k < n; k++) input.marks[k] ??= 'tail';
      return;
    }
  }
};

/** `Read more on the site →`, `Follow us on …`, `(Reporting by …)`, photo credits, menu bullets. */
const lineRule: BoilerplateRule = (input) => {
  const isLine = anyOf(input.locale?.boilerplateLines ?? NONE);
  input.paragraphs.forEach((_, i) => {
    if (input.marks[i] || lengthOf(input, i) > 400) return;
    if (isLine(paragraphText(input, i))) input.marks[i] = 'line';
  });
};

/**
 * Related-article headlines inside the article: a short line without terminal
 * punctuation, after the article's first paragraph of prose, with prose after it.
 */
const relatedHeadlineRule: BoilerplateRule = (input) => {
  const n = input.paragraphs.length;
  let seenProse = false;
  for (let i = 0; i < n; i++) {
    // isProse needs 60 characters, isHeadlineLike at most 160: shorter or longer lines are not read.
    if (!seenProse) {
      seenProse = lengthOf(input, i) >= 60 && isProse(paragraphText(input, i));
      continue;
    }
    if (input.marks[i] || lengthOf(input, i) > 160) continue;
    const line = paragraphText(input, i);
    if (!isHeadlineLike(line) || line.endsWith(':')) continue;
    if (i + 1 < n && lengthOf(input, i + 1) >= 60 && isProse(paragraphText(input, i + 1)) && line.split(/\s+/u).length >= 3) {
      input.marks[i] = 'related-headline';
    }
  }
};

/** The rules, in order: earlier marks win. */
export const boilerplateRules: readonly BoilerplateRule[] = [tailRule, lineRule, relatedHeadlineRule];

/** Runs the rules and merges adjacent marked paragraphs into regions. */
export function findBoilerplate(text: string, paragraphs: readonly RawParagraph[], locale: TextLocale | null): Boilerplate[] {
  const input: BoilerplateInput = { text, paragraphs, marks: paragraphs.map(() => null), locale };
  for (const rule of boilerplateRules) rule(input);
  const out: Boilerplate[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const rule = input.marks[i];
    if (!rule) continue;
    const start = paragraphs[i]!.start;
    let j = i;
    while (j + 1 < paragraphs.length && input.marks[j + 1] === rule) j++;
    const end = paragraphs[j]!.end;
    out.push({ start, end, text: text.slice(start, end), rule });
    i = j;
  }
  return out;
}
