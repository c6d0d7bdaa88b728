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
  const tails = input.locale?.boilerplateTails ?? [];
  const n = input.paragraphs.length;
  // A tail never starts in the opening paragraphs: those are the article.
  for (let i = Math.min(2, n); i < n; i++) {
    const line = paragraphText(input, i);
    if (line.length <= 80 && tails.some((re) => re.test(line))) {
      for (let k = i; k < n; k++) input.marks[k] ??= 'tail';
      return;
    }
  }
};

/** `Read more on the site →`, `Follow us on …`, `(Reporting by …)`, photo credits, menu bullets. */
const lineRule: BoilerplateRule = (input) => {
  const lines = input.locale?.boilerplateLines ?? [];
  input.paragraphs.forEach((_, i) => {
    if (input.marks[i]) return;
    const line = paragraphText(input, i);
    if (line.length <= 400 && lines.some((re) => re.test(line))) input.marks[i] = 'line';
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
    const line = paragraphText(input, i);
    if (!seenProse) {
      seenProse = isProse(line);
      continue;
    }
    if (input.marks[i] || !isHeadlineLike(line) || line.endsWith(':')) continue;
    const next = i + 1 < n ? paragraphText(input, i + 1) : '';
    if (isProse(next) && line.split(/\s+/u).length >= 3) input.marks[i] = 'related-headline';
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
