import type { Token } from '../document/types.js';
import type { SpeakerKind } from '../schema.js';
import type { Lexicon } from '../quotes/lexicon.js';
import { bare, isCapitalized, isHeadWord, isPronoun, lower, type Phrase } from '../quotes/phrases.js';
import { wordClass } from './gazetteer.js';
import { declineToBase, genderOfFirstName, isFirstName } from './first-names.js';
import type { Gender } from './locale.js';
import { isSpaceCode, withoutPossessive } from './strings.js';
import { is, W } from '../quotes/word-facts.js';

/** What a source phrase says about its speaker. */
export interface MentionInfo {
  start: number;
  end: number;
  text: string;
  /** `name` (Dmitry Peskov, the Miami Herald, Russian officials), `nominal` (the Kremlin spokesman), `pronoun` (he). */
  type: 'name' | 'nominal' | 'pronoun';
  kind: SpeakerKind;
  /** The name as written, without title or determiner; for names only. */
  name: string | null;
  /** The name in base form: declined when the phrase stands in an oblique case (`Zdaniem Riabkowa`). */
  baseName: string | null;
  /** Title words before the name, as written: `Kremlin spokesman`. For a nominal, the whole phrase. */
  title: string | null;
  /** Lowercase head word: `spokesman`, `ministry`, `he`. */
  head: string;
  /** Lowercase content words of the phrase, for matching nominals to entities. */
  words: string[];
  gender: Gender | null;
  /** A lone capitalized word after a title (`Przywódca Wenezueli`, `President Maduro`): a name only if known as one. */
  weak: boolean;
  /** Evidence that a name is a person's: a first name, or a personal title before it. */
  personEvidence: boolean;
  /** Token index where the name itself starts (after any title), for its grammatical case. */
  nameFirst?: number;
  /** True when the name stands in an oblique case (so it is not a subject). */
  oblique?: boolean;
  /**
   * What the entity store works out from the reading (its keys), kept with it: shared by every
   * mention that reads the same way (see describePhrase), so it is worked out once.
   */
  memo?: MentionMemo;
}

/** Derived from a reading on first need; never changes once set. */
export interface MentionMemo {
  keys?: readonly string[];
  declinedKeys?: readonly string[];
}

const ACRONYM = /^\p{Lu}{2,5}$/u;
// Honorifics are not titles worth reporting: Mr., Mrs., Ms., Dr., Pan, Pani.
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Pan|Pani|Herr|Frau|M|Mme)\.?$/u;

/** The first word of a name (its first name): up to the first white space. */
const firstWordOf = (s: string): string => {
  let i = 0;
  while (i < s.length && !isSpaceCode(s.charCodeAt(i))) i++;
  return s.slice(0, i);
};

const join = (tokens: readonly Token[], text: string): string =>
  tokens.length ? text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end) : '';

/** Phrases read per locale before the table starts afresh: bounds memory on endless input. */
const MAX_PHRASES = 20_000;
/** The longest stretch of text (the word before the phrase, and the phrase) whose reading is remembered. */
const MAX_KEY = 400;
interface Reading {
  info: MentionInfo;
  /** Token index of the phrase's first token when it was read. */
  first: number;
  /** The word before's offset and then every token's, from the stretch's start (-1: no word before). */
  offsets: Int32Array;
  next: Reading | null;
}
const readings = new WeakMap<Lexicon, Map<string, Reading>>();

/**
 * The reading of a phrase depends only on its tokens and the word before it (its case marker), so
 * a name met again (`Peskov`, `Mr. Peskov`, in this article or the last) is read once. A reading
 * is found by the text from the word before to the phrase's end, then told apart from others of
 * that text by every token's offset in it (and whether there was a word before: `Mr Smith`
 * opening the text is not `Smith` after `Mr`).
 */
function sameOffsets(r: Reading, tokens: readonly Token[], phrase: Phrase, from: number): boolean {
  const o = r.offsets;
  const before = phrase.first > 0;
  if (o.length !== phrase.last - phrase.first + 2 || (o[0] === -1) === before) return false;
  for (let i = phrase.first; i <= phrase.last; i++) if (o[i - phrase.first + 1] !== tokens[i]!.start - from) return false;
  return true;
}

function offsetsOf(tokens: readonly Token[], phrase: Phrase, from: number): Int32Array {
  const o = new Int32Array(phrase.last - phrase.first + 2);
  o[0] = phrase.first > 0 ? 0 : -1;
  for (let i = phrase.first; i <= phrase.last; i++) o[i - phrase.first + 1] = tokens[i]!.start - from;
  return o;
}

/** Reads a source phrase: is it a name, a title or a pronoun, and of what kind of speaker. */
export function describePhrase(text: string, tokens: readonly Token[], phrase: Phrase, lex: Lexicon): MentionInfo {
  const from = phrase.first > 0 ? tokens[phrase.first - 1]!.start : tokens[phrase.first]!.start;
  const to = tokens[phrase.last]!.end;
  if (to - from > MAX_KEY) {
    const info = readPhrase(text, tokens, phrase, lex);
    info.memo = {};
    return info;
  }
  let table = readings.get(lex);
  if (!table) readings.set(lex, (table = new Map()));
  const key = text.slice(from, to);
  const head = table.get(key);
  let hit: Reading | null | undefined = head;
  while (hit !== undefined && hit !== null && !sameOffsets(hit, tokens, phrase, from)) hit = hit.next;
  if (hit === undefined || hit === null) {
    const info = readPhrase(text, tokens, phrase, lex);
    info.memo = {};
    if (table.size >= MAX_PHRASES) table.clear();
    table.set(key, { info, first: phrase.first, offsets: offsetsOf(tokens, phrase, from), next: table.get(key) ?? null });
    return info;
  }
  const m = hit.info;
  const shift = tokens[phrase.first]!.start - m.start;
  // Field by field (one object shape for every copy); the arrays and the memo are shared, never changed.
  const info: MentionInfo = {
    start: m.start + shift,
    end: m.end + shift,
    text: m.text,
    type: m.type,
    kind: m.kind,
    name: m.name,
    baseName: m.baseName,
    title: m.title,
    head: m.head,
    words: m.words,
    gender: m.gender,
    weak: m.weak,
    personEvidence: m.personEvidence,
    memo: m.memo,
  };
  if (m.nameFirst !== undefined) info.nameFirst = m.nameFirst >= 0 ? m.nameFirst + phrase.first - hit.first : m.nameFirst;
  if (m.oblique !== undefined) info.oblique = m.oblique;
  return info;
}

/** The reading itself, unremembered (describePhrase remembers it); exported for the equivalence test. */
export function readPhrase(text: string, tokens: readonly Token[], phrase: Phrase, lex: Lexicon): MentionInfo {
  const first = tokens[phrase.first]!;
  const start = first.start;
  const end = tokens[phrase.last]!.end;
  const mentionText = text.slice(start, end);
  if (phrase.first === phrase.last && isPronoun(first, lex)) {
    const g = lex.pronouns.get(lower(first))!;
    return { start, end, text: mentionText, type: 'pronoun', kind: g === 'p' ? 'group' : g === 'n' ? 'organization' : 'person', name: null, baseName: null, title: null, head: lower(first), words: [], gender: g, weak: false, personEvidence: false };
  }
  // Words outside parentheses: `Rep. Gwen Moore (D-Wis.)` names Gwen Moore.
  let depth = 0;
  let words: Token[] = [];
  for (let i = phrase.first; i <= phrase.last; i++) {
    const t = tokens[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && t.kind === 'word') words.push(t);
  }
  while (words.length > 1 && is(words[0]!, lex, W.determiner) && !isCapitalized(words[0]!)) words = words.slice(1);
  // `Peskov in Moscow`, `Tomasz Lis z Prokuratury Regionalnej`: an affiliation after a name is not the name.
  // Not inside an organization's name (`Instytut Studiów nad Wojną`, `Embassy in Washington`): no
  // capitalized organization or medium word before the connector.
  let inOrgName = false;
  for (let c = 1; c < words.length - 1; c++) {
    const before = words[c - 1]!;
    inOrgName ||= isCapitalized(before) && (lex.orgWords.has(bare(before)) || lex.mediaWords.has(bare(before)));
    if (!inOrgName && is(words[c]!, lex, W.connector) && isCapitalized(before) && !isHeadWord(before, lex) && !is(words[c]!, lex, W.nameParticle)) {
      words = words.slice(0, c);
      break;
    }
  }
  const lowerWords = words.map((t) => bare(t));
  // The head: the last title, organization, medium or group word, not counting a complement after a
  // connector (`spokesperson for the Kremlin` is a spokesperson).
  let k = -1;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (is(t, lex, W.connector) && k >= 0 && lex.titleWords.has(lowerWords[k]!)) break;
    if (isHeadWord(t, lex)) k = i;
  }
  let nameToks = words.slice(k + 1);
  // `A Department of Health and Social Care spokesperson`, `a Kremlin spokesman` with an organization's
  // name before it: when the words before the spokes-title hold an organization's head, it is the source.
  if (k === words.length - 1 && k > 0 && lex.spokesTitles.has(lowerWords[k]!)) {
    const before = words.slice(0, k).filter((t, i) => i > 0 || !is(t, lex, W.determiner));
    if (before.length > 1 && isCapitalized(before[0]!) && before.some((t) => isCapitalized(t) && (lex.orgWords.has(bare(t)) || lex.mediaWords.has(bare(t))))) {
      const name = join(before, text);
      const kind: SpeakerKind = before.some((t) => lex.mediaWords.has(bare(t))) ? 'media' : 'organization';
      return { start, end, text: mentionText, type: 'name', kind, name, baseName: name, title: words[k]!.text, head: bare(before[before.length - 1]!), words: lowerWords, gender: null, weak: false, personEvidence: false };
    }
  }
  // `a spokesperson for the Chinese Embassy in Washington`: a spokes-title with no name of its own speaks
  // for the organization after its connector, which is then the source.
  if (k >= 0 && lex.spokesTitles.has(lowerWords[k]!) && nameToks.length > 1 && is(nameToks[0]!, lex, W.connector)) {
    let j = 1;
    while (j < nameToks.length && is(nameToks[j]!, lex, W.determiner)) j++;
    const org = nameToks.slice(j);
    if (org.length && isCapitalized(org[0]!) && !org.some((t, i) => i < org.length - 1 && isFirstName(t.text, lex))) {
      const name = join(org, text);
      const kind: SpeakerKind = org.some((t) => lex.mediaWords.has(bare(t))) ? 'media' : 'organization';
      return { start, end, text: mentionText, type: 'name', kind, name, baseName: name, title: join(words.slice(0, k + 1), text), head: bare(org[org.length - 1]!), words: lowerWords, gender: null, weak: false, personEvidence: false };
    }
  }
  // `ambasador w Caracas Siergiej …`, `Secretary of State John Kerry`: a connector and its place belong to the title.
  // `ambasador w Caracas …`, `minister finansów Anna …`: connectors with their place, and lowercase complements.
  for (;;) {
    if (nameToks.length > 1 && is(nameToks[0]!, lex, W.connector)) {
      // The connector, a determiner, and the complement's capitalized words: `of the Russian President`, `for the Kremlin`.
      let j = 1;
      if (j < nameToks.length && is(nameToks[j]!, lex, W.determiner)) j++;
      const rest = nameToks.slice(j);
      const person = rest.findIndex((t, i) => i > 0 && (isFirstName(t.text, lex) || lex.titleWords.has(bare(t))));
      // A one-word complement, then the name (`w Caracas Siergiej Malik-Bagdasarow`); a lone word is only the complement.
      nameToks = (person > 0 ? rest.slice(person) : rest.slice(1)).filter((t) => !lex.titleWords.has(bare(t)));
    }
    else if (nameToks.length > 1 && k >= 0 && !isCapitalized(nameToks[0]!) && nameToks.slice(1).some(isCapitalized)) nameToks = nameToks.slice(1);
    else break;
  }
  while (nameToks.length && is(nameToks[0]!, lex, W.determiner)) nameToks = nameToks.slice(1);
  // `prezydent Ukrainy Wołodymyr Zełenski`: a capitalized complement before the first name belongs to the title.
  const firstAt = nameToks.findIndex((t, i) => i > 0 && i < nameToks.length - 1 && isFirstName(t.text, lex));
  if (firstAt > 0 && !isFirstName(nameToks[0]!.text, lex) && !lex.titleWords.has(bare(nameToks[0]!))) nameToks = nameToks.slice(firstAt);
  const allCaps =
    nameToks.length > 0 &&
    isCapitalized(nameToks[0]!) &&
    nameToks.every((t) => isCapitalized(t) || is(t, lex, W.nameParticle));
  const complementOnly =
    k >= 0 &&
    nameToks.length > 0 &&
    nameToks.every((t) => ACRONYM.test(t.text) || wordClass(t.text) === 'place' || wordClass(t.text) === 'demonym');
  // The name's case: an oblique word right before it (`ministra Jana Kowalskiego`), or before a phrase
  // that opens with it or its title (`zdaniem Riabkowa`, `według ministra Jana …`), but not before an
  // affiliation that precedes the title (`z Uczelni Łazarskiego dr Małgorzata …` names her in the nominative).
  const obliqueAt = (i: number): boolean => i > 0 && is(tokens[i - 1]!, lex, W.obliqueMarker);
  const nameStart = nameToks.length ? tokens.indexOf(nameToks[0]!, phrase.first) : -1;
  const opensWithTitleOrName = words.length > 0 && (words[0] === nameToks[0] || lex.titleWords.has(bare(words[0]!)) || is(words[0]!, lex, W.modifier));
  // A first name in an inflected form (`Bogdana`, `Krystiana`, `Agnieszki`) shows the case by itself.
  const inflectedFirst =
    lex.locale.speakers.declinesNames &&
    nameToks.length > 1 &&
    !lex.firstNames.has(lower(nameToks[0]!)) &&
    isFirstName(nameToks[0]!.text, lex);
  const oblique = (nameStart > 0 && obliqueAt(nameStart)) || (obliqueAt(phrase.first) && opensWithTitleOrName) || inflectedFirst;
  const hasMedia = lowerWords.some((w) => lex.mediaWords.has(w));
  const hasOrg = lowerWords.some((w) => lex.orgWords.has(w));

  // `Narodowy Fundusz Zdrowia`, `Ministerstwo Finansów`, `Instytut Studiów nad Wojną`: a capitalized
  // organization or medium head names the whole phrase.
  const headWord = k >= 0 ? words[k]! : null;
  if (headWord && isCapitalized(headWord) && (lex.orgWords.has(bare(headWord)) || lex.mediaWords.has(bare(headWord))) && !lex.titleWords.has(bare(headWord))) {
    const kind: SpeakerKind = lex.mediaWords.has(bare(headWord)) ? 'media' : 'organization';
    // A medium keeps its capitalized article (`The New York Times`).
    const firstCap = words.findIndex((t) => isCapitalized(t) && (kind === 'media' || !is(t, lex, W.determiner)));
    const name = join(words.slice(firstCap), text);
    return { start, end, text: mentionText, type: 'name', kind, name, baseName: name, title: null, head: bare(headWord), words: lowerWords, gender: null, weak: false, personEvidence: false };
  }
  if (allCaps && !complementOnly) {
    const titleToks = words.slice(0, words.length - nameToks.length);
    const name = withoutPossessive(join(nameToks, text));
    const declined = oblique && lex.locale.speakers.declinesNames ? nameToks.map((t) => declineToBase(t.text, lex)).join(' ') : withoutPossessive(name);
    let kind: SpeakerKind = 'person';
    const nameLower = nameToks.map((t) => bare(t));
    if (nameLower.some((w) => lex.mediaWords.has(w))) kind = 'media';
    else if (nameLower.some((w) => lex.orgWords.has(w))) kind = 'organization';
    else if (nameToks.length === 1) {
      const c = wordClass(nameToks[0]!.text);
      if (c === 'place' || c === 'organization') kind = 'organization';
    } else if (nameToks.some((t) => wordClass(t.text) === 'place') && !nameToks.some((t) => isFirstName(t.text, lex))) {
      kind = 'organization';
    }
    const firstName = nameToks.length > 1 && nameToks.slice(0, -1).some((t) => isFirstName(t.text, lex));
    const personTitle = titleToks.some((t) => lex.titleWords.has(bare(t)));
    const honorific = titleToks.some((t) => HONORIFIC.test(t.text));
    const weak = kind === 'person' && nameToks.length === 1 && personTitle && !firstName && !honorific;
    const gender = kind === 'person' && nameToks.length > 1 ? genderOfFirstName(firstWordOf(declined), lex) : null;
    // A title only when it holds a title word (not `The`, `Mr.`, or a place before the name).
    const title = titleToks.some((t) => isHeadWord(t, lex)) ? titleToks.filter((t) => !HONORIFIC.test(t.text)) : [];
    return { nameFirst: nameStart, oblique, start, end, text: mentionText, type: 'name', kind, name, baseName: declined, title: title.length ? join(title, text) : null, head: lower(nameToks[nameToks.length - 1]!), words: lowerWords, gender, weak, personEvidence: kind === 'person' && (firstName || personTitle || honorific) };
  }
  const head = k >= 0 ? lowerWords[k]! : lowerWords[lowerWords.length - 1] ?? '';
  const headIsTitle = lex.titleWords.has(head) && !lex.mediaWords.has(head) && !lex.orgWords.has(head) && !lex.groupWords.has(head);
  // Any capitalized word other than a determiner: `Russian foreign ministry`, `TASS news agency`.
  const capitalized = words.some((t) => isCapitalized(t) && !is(t, lex, W.determiner));
  // `the Miami Herald`, `TASS news agency`, `Russia’s Foreign Ministry`, `Russian officials`: named by the phrase itself.
  if (!headIsTitle && (hasMedia || hasOrg || lex.groupWords.has(head)) && (capitalized || (lex.groupWords.has(head) && words.length > 1))) {
    const kind: SpeakerKind = lex.groupWords.has(head) && !hasMedia && !hasOrg ? 'group' : hasMedia ? 'media' : 'organization';
    const name = join(words, text);
    return { start, end, text: mentionText, type: 'name', kind, name, baseName: name, title: null, head, words: lowerWords, gender: null, weak: false, personEvidence: false };
  }
  const kind: SpeakerKind = headIsTitle
    ? 'person'
    : lex.mediaWords.has(head)
      ? 'media'
      : lex.orgWords.has(head)
        ? 'organization'
        : lex.groupWords.has(head)
          ? 'group'
          : k < 0 && !capitalized
            ? 'unknown'
            : 'person';
  return { start, end, text: mentionText, type: 'nominal', kind, name: null, baseName: null, title: join(words, text), head, words: lowerWords, gender: null, weak: false, personEvidence: false };
}
