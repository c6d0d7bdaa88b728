import type { Document, Token } from '../document/types.js';
import type { Quote, Speaker } from '../schema.js';
import type { Candidate } from '../quotes/candidate.js';
import type { Lexicon } from '../quotes/lexicon.js';
import { isHeadWord, lower, phraseStartingAt } from '../quotes/phrases.js';
import { onlyPunct } from '../quotes/syntax.js';
import { is, W, wordFacts } from '../quotes/word-facts.js';
import { describePhrase, type MentionInfo } from './describe.js';
import { declineToBase } from './first-names.js';
import { EntityStore, fold, type Entity } from './entities.js';
import { hasSpace, splitOnSpace } from './strings.js';
import { wordClass } from './gazetteer.js';

/** A name mention on the article's timeline, for resolving pronouns and titles to what came before. */
interface TimelineMention {
  at: number;
  entity: Entity;
  /** False when the name stands in an oblique case (`z Nicolasem Maduro`): not a subject. */
  nominative: boolean;
}

/** Offsets covered by quote contents, sorted: mentions inside what someone said are not antecedents. */
function contentIndex(candidates: readonly Candidate[]): Array<[number, number]> {
  return candidates.map((c) => [c.start, c.end] as [number, number]).sort((a, b) => a[0] - b[0]);
}

function inside(index: ReadonlyArray<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = index.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]![0] <= at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Contents may nest; a few steps back cover it.
  for (let i = best; i >= 0 && i > best - 4; i--) if (index[i]![0] <= at && at < index[i]![1]) return true;
  return false;
}

/** Every name in the article's running text (not boilerplate), in order: the antecedents. */
function collectNames(doc: Document, lex: Lexicon, store: EntityStore, contents: ReadonlyArray<[number, number]>): TimelineMention[] {
  const { tokens, text } = doc;
  const out: TimelineMention[] = [];
  const inLowercase = lowercaseOpeners(doc);
  // A capitalized word that opens a sentence and is a common word elsewhere or a function word.
  const common = (w: string): boolean => inLowercase.has(w) || lex.openingWords.has(w);
  for (const s of doc.sentences) {
    const para = doc.paragraphs[s.paragraph]!;
    // Page furniture names no speaker: a byline (`By Kara Simmons`, `Denis Campbell Health policy editor`)
    // or a title line without a speech verb.
    if (para.boilerplate || (para.headline && !hasCue(doc, lex, doc.sentences[para.sentenceStart]!.tokenStart, doc.sentences[para.sentenceEnd - 1]!.tokenEnd))) continue;
    let i = s.tokenStart;
    if (i < s.tokenEnd && lower(tokens[i]!) === lex.bylineWord) continue;
    // A dateline (`WASHINGTON (Reuters) -`, `MOSCOW, Dec 4 (Reuters) -`) names a place, not a source.
    while (i + 1 < s.tokenEnd && (tokens[i + 1]!.text === ',' || tokens[i + 1]!.text === '(') && /^\p{Lu}{2,}$/u.test(tokens[i]!.text.replace(/[.'’-]/gu, ''))) i += 2;
    while (i < s.tokenEnd) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !wordFacts(t, lex).nameStart) {
        i++;
        continue;
      }
      const p = phraseStartingAt(tokens, i, s.tokenEnd, lex);
      if (!p) {
        i++;
        continue;
      }
      // A sentence-opening word that is a common word elsewhere (Zdaniem, Earlier) is not part of a name.
      const w0 = lower(tokens[p.first]!);
      // Only a word written as a sentence opener (`Zdaniem`, `However`), not an acronym (`US`).
      const titlecase = wordFacts(tokens[p.first]!, lex).text.titlecase;
      if (titlecase && p.first === s.tokenStart && p.last > p.first && common(w0) && !isHeadWord(tokens[p.first]!, lex) && !lex.modifiers.has(w0)) p.first++;
      // A lone sentence-opening common word (`The`, `However`) names no one.
      if (titlecase && p.first === p.last && p.first === s.tokenStart && common(w0)) {
        i = p.last + 1;
        continue;
      }
      const m = describePhrase(text, tokens, p, lex);
      // A lone capitalized word (Caracas, Wenezueli) joins the timeline only as a name already known.
      // So does a pair opening a sentence with no first name or title (`Wspieramy Wenezuelę`).
      const opensSentence = p.first === s.tokenStart || onlyPunct(tokens, s.tokenStart, p.first);
      const lone = m.kind === 'person' && !m.personEvidence && m.name !== null && (!hasSpace(m.name) || opensSentence);
      if (m.type === 'name' && ((!m.weak && !lone) || store.known(m))) {
        const nominative = !m.oblique && !isOblique(tokens, m.nameFirst ?? p.first, lex);
        const e = store.entityForName(m, nominative);
        e.mentions.push({ start: m.start, end: m.end });
        if (!inside(contents, m.start)) out.push({ at: m.start, entity: e, nominative });
      }
      i = p.last + 1;
    }
  }
  return out;
}

/**
 * The words that open a sentence with a capital (`However`, `Zdaniem`) and are written in lowercase
 * somewhere else in the article: common words, not names. Only a sentence's first word is ever asked
 * about, so only those are looked for.
 */
function lowercaseOpeners(doc: Document): Set<string> {
  const openers = new Set<string>();
  // A sieve by length and first letter, so that most tokens are passed over without a set lookup.
  const sieve: number[] = new Array<number>(32).fill(0);
  for (const s of doc.sentences) {
    const t = s.tokenStart < s.tokenEnd ? doc.tokens[s.tokenStart]! : null;
    if (t && t.kind === 'word' && t.text !== t.lower) {
      openers.add(t.lower);
      sieve[t.lower.length & 31]! |= 1 << (t.lower.charCodeAt(0) & 31);
    }
  }
  const found = new Set<string>();
  if (!openers.size) return found;
  for (const t of doc.tokens) {
    const w = t.lower;
    if ((sieve[w.length & 31]! >>> (w.charCodeAt(0) & 31)) & 1 && t.text === w && openers.has(w)) found.add(w);
  }
  return found;
}

/** True when a speech verb stands in tokens [from, to). */
function hasCue(doc: Document, lex: Lexicon, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (wordFacts(doc.tokens[i]!, lex).verb !== undefined) return true;
  return false;
}

function isOblique(tokens: readonly Token[], first: number, lex: Lexicon): boolean {
  return first > 0 && is(tokens[first - 1]!, lex, W.obliqueMarker);
}

/** The resolved quotes and the speaker list of an article. */
export interface Resolution {
  speakers: Speaker[];
  /** Per candidate (same order as given): its speaker, or null. */
  bySpeaker: Array<Quote['speaker']>;
}

const heads = new WeakMap<Lexicon, ReadonlySet<string>>();
/** The locale's organization and medium head words, folded: built once per locale, not per article. */
function genericHeads(lex: Lexicon): ReadonlySet<string> {
  let set = heads.get(lex);
  if (!set) heads.set(lex, (set = new Set([...lex.orgWords, ...lex.mediaWords].map(fold))));
  return set;
}

/**
 * Resolves every candidate's source to an entity: explicit names join their cluster;
 * pronouns take the last compatible name before them; titles and nominals (`the Kremlin
 * spokesman`, `rosyjski dyplomata`) the entity whose titles they share, else the last
 * person named; subject-less verbs and floating quotes the previous speaker.
 */
export function resolveSpeakers(doc: Document, lex: Lexicon, candidates: readonly Candidate[]): Resolution {
  // Only quoted entities are reported: with no quote, there is no one to resolve or to report.
  if (!candidates.length) return { speakers: [], bySpeaker: [] };
  const store = new EntityStore(genericHeads(lex), lex.locale.speakers.declinesNames);
  const contents = contentIndex(candidates);
  const timeline = collectNames(doc, lex, store, contents);
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.anchor - candidates[b]!.anchor || a - b);
  const result: Array<Quote['speaker']> = candidates.map(() => null);
  const entityOf: Array<Entity | null> = candidates.map(() => null);
  let lastSpeaker: Entity | null = null;
  let lastPersonSpeaker: Entity | null = null;
  let cursor = 0;
  const seen: TimelineMention[] = [];
  // Sources brought in by an indefinite title (`a Kremlin representative`), as read there: someone new
  // for now, maybe someone the article names with the same role later on.
  const provisional = new Map<Entity, MentionInfo>();

  const lastOf = (pred: (e: Entity) => boolean): Entity | null => {
    for (let i = seen.length - 1; i >= 0 && i >= seen.length - 60; i--) if (pred(seen[i]!.entity)) return seen[i]!.entity;
    return null;
  };

  for (const ci of order) {
    const c = candidates[ci]!;
    while (cursor < timeline.length && timeline[cursor]!.at < c.anchor) seen.push(timeline[cursor++]!);
    let mention: MentionInfo | null = null;
    let e: Entity | null = null;
    if (c.source.phrase) {
      mention = describePhrase(doc.text, doc.tokens, c.source.phrase, lex);
      const indefinite = is(doc.tokens[c.source.phrase.first]!, lex, W.indefinite);
      e = resolveMention(lex, mention, store, lastOf, seen, lastSpeaker, isOblique(doc.tokens, c.source.phrase.first, lex), c.anchor, indefinite);
      if (indefinite && mention.type === 'nominal' && e && e.names.length === 1 && e.mentions.length === 0 && !e.quoted) provisional.set(e, mention);
    } else if (c.source.fallback === 'previous') {
      const g = c.source.gender;
      const agrees = (x: Entity): boolean => !g || g === 'p' || !x.gender || x.gender === g;
      // A cue verb with no subject (`- Czekałem… - mówił.`) speaks for the person just introduced as a
      // subject, if one was named since the last speaker's latest mention, nearby; else for the last speaker.
      const recent: Entity | null = c.cue ? newcomer(seen, lastSpeaker, c.anchor, doc, agrees) : null;
      // A verb that tells a gender (`odpowiedział`, `dodała`) is a person's: the last person who spoke.
      const person = g && g !== 'p' && g !== 'n';
      const last = lastSpeaker as Entity | null;
      const previous: Entity | null = person ? (last && last.kind === 'person' ? last : lastPersonSpeaker) : last;
      e = recent ?? (previous && agrees(previous) ? previous : lastOf((x) => x.kind === 'person' && x.confirmed && agrees(x)) ?? previous);
    }
    // A verb form that tells the gender (powiedziała) teaches it to the entity.
    if (e && c.source.gender && c.source.gender !== 'p' && e.kind === 'person') e.gender ??= c.source.gender;
    if (e) {
      e.quoted = true;
      if (mention) {
        e.mentions.push({ start: mention.start, end: mention.end });
        // A named source is an antecedent for what follows, even if the name scan passed it over.
        // So is an organization first met as a nominal (`the company said …`; later `The company said …`).
        if (mention.type === 'name' || (mention.type === 'nominal' && e.kind !== 'person' && e.mentions.length === 1)) seen.push({ at: mention.start, entity: e, nominative: true });
      }
      lastSpeaker = e;
      if (e.kind === 'person') lastPersonSpeaker = e;
    }
    entityOf[ci] = e;
    // The mention as written: the relative pronoun itself (`which claimed`) when the phrase is its antecedent.
    const w = c.source.written;
    const written = w ? { text: doc.text.slice(doc.tokens[w.first]!.start, doc.tokens[w.last]!.end), start: doc.tokens[w.first]!.start, end: doc.tokens[w.last]!.end } : null;
    result[ci] = e ? { id: '', name: '', mention: written ?? (mention ? { text: mention.text, start: mention.start, end: mention.end } : null) } : null;
  }
  mergeProvisional(lex, store, provisional, entityOf);
  const { list, ids } = store.speakers();
  const nameOf = new Map(list.map((sp) => [sp.id, sp.name]));
  candidates.forEach((_, i) => {
    const e = entityOf[i];
    const r = result[i];
    if (e && r) {
      r.id = ids.get(e)!;
      r.name = nameOf.get(r.id)!;
    }
  });
  return { speakers: list, bySpeaker: result };
}

/** The head of a title: its last title word (`Kremlin spokesman` → spokesman), or null. */
function titleHead(title: string, lex: Lexicon): string | null {
  const words = splitOnSpace(title.toLowerCase());
  for (let i = words.length - 1; i >= 0; i--) if (lex.titleWords.has(words[i]!)) return words[i]!;
  return null;
}

/** How many entities either side of an indefinite source are looked at for its role. */
const NEARBY = 200;

/**
 * `According to a Kremlin representative, …` after Peskov was introduced, when the article later calls
 * him `the Kremlin spokesman`: an indefinite source is the person whose title, anywhere in the article,
 * gives the same role (the same head, or two spokes-roles) for the same body (a shared word). Such a
 * source is folded into that person; `a Western diplomat`, `a Republican aide` stay sources of their own.
 */
function mergeProvisional(lex: Lexicon, store: EntityStore, provisional: ReadonlyMap<Entity, MentionInfo>, entityOf: Array<Entity | null>): void {
  if (!provisional.size) return;
  const merged = new Map<Entity, Entity>();
  for (const [p, m] of provisional) {
    const head = m.head;
    const role = (h: string | null): boolean => h !== null && (h === head || (lex.spokesTitles.has(h) && lex.spokesTitles.has(head)));
    const body = m.words.filter((w) => w !== head);
    // Of the people given that role, the one last mentioned before the source (else the first), among
    // the entities met near it (a bound that keeps an article of endless anonymous sources linear).
    let match: Entity | null = null;
    let matchAt = -1;
    const { entities } = store;
    for (let xi = Math.max(0, p.index - NEARBY); xi < Math.min(entities.length, p.index + NEARBY); xi++) {
      const x = entities[xi]!;
      if (x === p || x.kind !== 'person' || !x.confirmed || provisional.has(x)) continue;
      if (!x.titles.some((t) => role(titleHead(t, lex)) && EntityStore.titleShares(t, body))) continue;
      let at = -1;
      for (const mm of x.mentions) if (mm.start < m.start && mm.start > at) at = mm.start;
      if (!match || at > matchAt) {
        match = x;
        matchAt = at;
      }
    }
    if (!match) continue;
    merged.set(p, match);
    match.mentions.push(...p.mentions);
    for (const t of p.titles) store.addTitle(match, t);
    p.quoted = false;
  }
  if (!merged.size) return;
  for (let i = 0; i < entityOf.length; i++) {
    const to = entityOf[i] && merged.get(entityOf[i]!);
    if (to) entityOf[i] = to;
  }
}

/**
 * Five-letter stems of the capitalized words that follow a title's head word (`prezydent USA` → usa,
 * `Przywódca Wenezueli` → wenez); a modifier before the head (`Kremlin representative`) is not one.
 */
function complements(title: string, lex: Lexicon): Set<string> {
  const out = new Set<string>();
  let afterHead = false;
  for (const w of splitOnSpace(title)) {
    const f = fold(w);
    if (afterHead && /^\p{Lu}/u.test(w) && !lex.titleWords.has(w.toLowerCase())) out.add(f.slice(0, 5));
    if (lex.titleWords.has(w.toLowerCase())) afterHead = true;
  }
  return out;
}

/** True when every name of the entity is a place in the gazetteer (`Ohio`, `Caracas`). */
function onlyPlaces(e: Entity): boolean {
  return e.names.length > 0 && e.names.every((n) => !/\s/u.test(n.text) && wordClass(n.text) === 'place');
}

/** Of the entities named in the last stretch of the article, the one named most often (ties: the latest). */
function salient(seen: readonly TimelineMention[], pred: (e: Entity) => boolean): Entity | null {
  const counts = new Map<Entity, number>();
  let best: Entity | null = null;
  for (let i = Math.max(0, seen.length - 60); i < seen.length; i++) {
    const e = seen[i]!.entity;
    if (!pred(e)) continue;
    const n = (counts.get(e) ?? 0) + 1;
    counts.set(e, n);
    if (!best || n >= (counts.get(best) ?? 0)) best = e;
  }
  return best;
}

/** A person named as a subject after the last speaker was last mentioned, in this or the previous paragraph. */
function newcomer(
  seen: readonly TimelineMention[],
  lastSpeaker: Entity | null,
  anchor: number,
  doc: Document,
  agrees: (e: Entity) => boolean,
): Entity | null {
  let lastAt = -1;
  if (lastSpeaker) for (const m of lastSpeaker.mentions) if (m.start < anchor && m.start > lastAt) lastAt = m.start;
  const para = doc.paragraphAt(anchor);
  for (let i = seen.length - 1; i >= 0 && i >= seen.length - 30; i--) {
    const m = seen[i]!;
    if (m.at <= lastAt || (para >= 0 && doc.paragraphAt(m.at) < para - 1)) break;
    if (m.entity !== lastSpeaker && m.nominative && m.entity.kind === 'person' && m.entity.confirmed && agrees(m.entity)) return m.entity;
  }
  return null;
}

function resolveMention(
  lex: Lexicon,
  m: MentionInfo,
  store: EntityStore,
  lastOf: (pred: (e: Entity) => boolean) => Entity | null,
  seen: readonly TimelineMention[],
  lastSpeaker: Entity | null,
  oblique: boolean,
  anchor: number,
  /** The phrase opens with `a`, `another`: someone new unless a title word says otherwise. */
  indefinite: boolean,
): Entity | null {
  if (m.type === 'name' && m.weak) {
    const known = store.known(m);
    if (known) return store.entityForName(m, !oblique);
  } else if (m.type === 'name') {
    const e = store.entityForName(m, !oblique);
    if (e.kind === 'person') e.confirmed = true;
    return e;
  }
  if (m.type === 'pronoun') {
    if (m.gender === 'p') return lastOf((e) => e.kind === 'group') ?? lastOf((e) => e.kind === 'organization' || e.kind === 'media') ?? lastSpeaker;
    if (m.gender === 'n') return lastOf((e) => e.kind === 'organization' || e.kind === 'media') ?? lastSpeaker;
    if (lex.firstPerson.has(m.head)) return lastSpeaker;
    const agrees = (x: Entity): boolean => x.kind === 'person' && (!x.gender || x.gender === m.gender);
    // A full name with no first name the gazetteer knows (`Satya Nadella`) is a person too, when no known one is near.
    const e = lastOf((x) => agrees(x) && x.confirmed) ?? lastOf((x) => agrees(x) && x.names.some((n) => /\s/u.test(n.text))) ?? lastSpeaker;
    if (e && e.kind === 'person') e.gender ??= m.gender;
    return e;
  }
  // A nominal: the newspaper, the ministry, the Kremlin spokesman, rosyjski dyplomata.
  let e: Entity | null = null;
  // `according to the poll`, `a slide shows`: a source named only by the phrase itself.
  if (m.kind === 'unknown') {
    e = store.create('unknown');
    const written = m.title ?? m.text;
    // `Według prokuratury` names `prokuratura`: an oblique source in its base form.
    const name = oblique && lex.locale.speakers.declinesNames ? splitOnSpace(written).map((w) => declineToBase(w, lex)).join(' ') : written;
    e.names.push({ text: name, base: name, nominative: true });
    return e;
  }
  if (m.kind === 'media') e = lastOf((x) => x.kind === 'media');
  else if (m.kind === 'organization') {
    // `the ministry`: the last organization of that kind; `the company`: the one the article is about,
    // the organization named most often among the recent ones.
    // A place named in passing (`a Democrat from Ohio`) is no company: only a place that was itself quoted
    // (`Russia said …`) may be the one the nominal means.
    e = lastOf((x) => x.kind === 'organization' && x.stems.has(m.head.slice(0, 5))) ?? salient(seen, (x) => x.kind === 'organization' && (x.quoted || !onlyPlaces(x)));
  }
  else if (m.kind === 'group') e = lastOf((x) => x.kind === 'group');
  else {
    // The person whose titles share most words with the nominal, among those named before it; ties go to the latest.
    let best: Entity | null = null;
    let bestScore = 0;
    let bestAt = -1;
    // `a UN spokesperson` after `Qatar's foreign ministry spokesman Majed al-Ansari`: an indefinite title
    // must share more than its head word (spokesperson) with someone's titles to be theirs.
    const words = indefinite ? m.words.filter((w) => w !== m.head) : m.words;
    // Among the most recent entities (a title refers back to someone named not long before).
    for (let xi = Math.max(0, store.entities.length - 200); xi < store.entities.length; xi++) {
      const x = store.entities[xi]!;
      if (x.kind !== 'person' || !x.confirmed) continue;
      let at = -1;
      for (const mm of x.mentions) if (mm.start < anchor && mm.start > at) at = mm.start;
      if (at < 0) continue;
      const score = EntityStore.overlap(x, words);
      if (score > bestScore || (score === bestScore && score > 0 && at > bestAt)) {
        best = x;
        bestScore = score;
        bestAt = at;
      }
    }
    // A title naming another place or body (`Przywódca Wenezueli` vs `prezydent USA`) is someone else's.
    const mine = complements(m.text, lex);
    const clashes = (x: Entity): boolean => {
      if (!mine.size) return false;
      const theirs = new Set(x.titles.flatMap((t) => [...complements(t, lex)]));
      return theirs.size > 0 && ![...mine].some((w) => theirs.has(w));
    };
    // `a Western diplomat said`: an indefinite title sharing no word with anyone named is someone new.
    // The last speaker, failing all else: unless it is itself known only by another title (`The minister said …
    // The president said …` are two people).
    const fallback = lastSpeaker && (lastSpeaker.keys.size > 0 || EntityStore.overlap(lastSpeaker, m.words) > 0) ? lastSpeaker : null;
    e = best ?? (indefinite ? null : lastOf((x) => x.kind === 'person' && x.confirmed && !clashes(x)) ?? fallback);
  }
  if (!e) {
    e = store.create(m.kind);
    const name = m.weak && m.name ? m.text : m.title ?? m.text;
    e.names.push({ text: name, base: name, nominative: true });
  }
  if (m.title) store.addTitle(e, m.title);
  return e;
}
