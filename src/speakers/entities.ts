import type { Speaker, SpeakerKind } from '../schema.js';
import type { MentionInfo } from './describe.js';
import type { Gender } from './locale.js';
import { splitOnSpace, withoutPossessive, wordsOf } from './strings.js';

/** A speaker entity while the article is read: its names, titles and where it is mentioned. */
export interface Entity {
  index: number;
  kind: SpeakerKind;
  /** Names seen, with whether they were in base form as written. */
  names: Array<{ text: string; base: string; nominative: boolean }>;
  titles: string[];
  aliases: string[];
  titleSet: Set<string>;
  /** The aliases as a set, for a constant-time membership test. */
  aliasSet: Set<string>;
  mentions: Array<{ start: number; end: number }>;
  /** Folded keys that identify the entity: a person's surname, an organization's distinctive words. */
  keys: Set<string>;
  /** Five-letter stems of title and name words, to match nominals (`the Kremlin spokesman`). */
  stems: Set<string>;
  /** True once a quote is attributed to it. */
  quoted: boolean;
  /** True when it is known to be a person: a first name, a personal title, or a named speaker. */
  confirmed: boolean;
  /** Grammatical gender when known (first name, Polish verb forms), for pronoun agreement. */
  gender: Gender | null;
}

const FOLD: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const folded = new Map<string, string>();
/** True for a string of lowercase ASCII letters, digits, spaces, `'` and `-` only (nothing to fold). */
function isAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32 || c === 39 || c === 45)) return false;
  }
  return true;
}
/** Lowercase without diacritics (`Łukasz` → `lukasz`), cached. */
export const fold = (s: string): string => {
  if (isAsciiLower(s)) return s;
  let f = folded.get(s);
  if (f === undefined) {
    f = s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[łŁđøßæœı]/gu, (c) => FOLD[c] ?? c)
      .toLowerCase();
    if (folded.size > 20_000) folded.clear();
    folded.set(s, f);
  }
  return f;
};

const GENERIC = new Set(['the', 'of', 'a', 'an', 'and', 'news', 'in', 'w', 'z', 'for', 'on', 'at']);
const stem = (w: string): string => withoutPossessive(fold(w)).slice(0, 5);

const stemTables = { all: new Map<string, readonly string[]>(), distinctive: new Map<string, readonly string[]>() };
/**
 * The five-letter stems of a name's or title's words (`distinctive`: generic words such as `the`, `of`
 * left out), remembered per string: names and titles come back in every mention and article.
 */
function stemsOf(s: string, distinctive: boolean): readonly string[] {
  const table = distinctive ? stemTables.distinctive : stemTables.all;
  let out = table.get(s);
  if (out === undefined) {
    const stems: string[] = [];
    for (const w of splitOnSpace(s)) if (!distinctive || !GENERIC.has(fold(w))) stems.push(stem(w));
    out = stems;
    if (table.size > 20_000) table.clear();
    table.set(s, out);
  }
  return out;
}

const LEADING_THE = /^(?:the|The)\s+(?=\p{Lu})/u;

const keyWordTable = new Map<string, readonly string[]>();
/** The words of an organization's key (`tass news agency` → tass, news, agency), remembered per key. */
function keyWords(k: string): readonly string[] {
  let out = keyWordTable.get(k);
  if (out === undefined) {
    out = k.split(' ');
    if (keyWordTable.size > 20_000) keyWordTable.clear();
    keyWordTable.set(k, out);
  }
  return out;
}

// A surname less its final vowels: `Ziobro`, `Ziobry`, `Ziobrą` share `ziobr` (declining languages only).
const VOWELS = new Set([...'aeiouyąęó']);
function withoutFinalVowels(w: string): string {
  let e = w.length;
  while (e > 0 && VOWELS.has(w[e - 1]!)) e--;
  return w.slice(0, e);
}

/** The keys of a name mention, remembered with its reading. */
function keysOf(m: MentionInfo, declines = false): readonly string[] {
  const memo = m.memo;
  if (!memo) return computeKeys(m, declines);
  if (declines) return (memo.declinedKeys ??= computeKeys(m, true));
  return (memo.keys ??= computeKeys(m, false));
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const ACRONYM_KEY = '~acr:';

/**
 * The acronym key of a name: an acronym itself (`ONS`, `EU`), or the initials of an organization's or
 * medium's capitalized words, generic ones aside (`Office for National Statistics` → ons), or null.
 */
function acronymKey(m: MentionInfo, words: readonly string[]): string | null {
  if (words.length === 1) {
    const name = withoutPossessive(words[0]!);
    return ACRONYM.test(name) ? ACRONYM_KEY + name.toLowerCase() : null;
  }
  if (m.kind !== 'organization' && m.kind !== 'media') return null;
  let initials = '';
  for (const w of words) {
    if (GENERIC.has(fold(w))) continue;
    const c = w.charAt(0);
    if (c === c.toLowerCase()) return null;
    initials += c.toLowerCase();
  }
  return initials.length >= 2 && initials.length <= 6 ? ACRONYM_KEY + initials : null;
}

function computeKeys(m: MentionInfo, declines: boolean): string[] {
  if (!m.name) return [];
  const words = wordsOf(m.name);
  const baseWords = wordsOf(m.baseName ?? m.name);
  const keys = computeNameKeys(m, declines, words, baseWords);
  const acronym = acronymKey(m, words);
  if (acronym) keys.push(acronym);
  return keys;
}

function computeNameKeys(m: MentionInfo, declines: boolean, words: readonly string[], baseWords: readonly string[]): string[] {
  if (m.kind === 'person') {
    const last = withoutPossessive(fold(words[words.length - 1]!));
    const baseLast = fold(baseWords[baseWords.length - 1]!);
    const keys = [last, baseLast];
    if (declines) {
      const stem = withoutFinalVowels(baseLast);
      if (stem.length >= 4) keys.push(`~${stem}`);
    }
    return [...new Set(keys)];
  }
  return [words.map((w) => withoutPossessive(fold(w))).filter((w) => !GENERIC.has(w)).join(' ')];
}

/** The entities of one article, clustered as their mentions are read. */
export class EntityStore {
  readonly entities: Entity[] = [];

  /** Generic head words of organization and media names (agency, newspaper, ministry), folded. */
  constructor(
    private readonly heads: ReadonlySet<string> = new Set(),
    /** True in a language whose names decline: surnames also cluster by stem. */
    private readonly declines = false,
  ) {}

  /** Key → the latest entity holding it: clustering is a lookup, not a scan. */
  private readonly byKey = new Map<string, Entity>();
  /** Word of an organization's or medium's key → the entities whose key holds it (a few at most per word). */
  private readonly byWord = new Map<string, Entity[]>();

  /** The person entity known by a name's key (surname), if any. */
  known(m: MentionInfo): Entity | undefined {
    // A lone word after a title (`Przywódca Wenezueli`) must match exactly: a stem would find a place.
    for (const k of keysOf(m, this.declines && !m.weak)) {
      const e = this.byKey.get(k);
      if (e && e.kind === 'person') return e;
    }
    return undefined;
  }

  /** The entity a name mention belongs to, created if new. */
  entityForName(m: MentionInfo, nominative: boolean): Entity {
    const keys = keysOf(m, this.declines);
    const e = this.find(m, keys) ?? this.create(m.kind);
    for (const k of keys) {
      this.byKey.set(k, e);
      if (e.keys.has(k)) continue;
      e.keys.add(k);
      if (m.kind !== 'person' && !k.startsWith(ACRONYM_KEY)) {
        for (const w of keyWords(k)) {
          const list = this.byWord.get(w) ?? [];
          // Capped: a word shared by very many names (a generic one) stops being an index.
          if (list.length < 32) list.push(e);
          this.byWord.set(w, list);
        }
      }
    }
    if (m.name) {
      e.names.push({ text: m.name, base: m.baseName ?? m.name, nominative });
      // The stems come from the name alone: a name already among the aliases has given them.
      if (!e.aliasSet.has(m.name)) {
        e.aliasSet.add(m.name);
        e.aliases.push(m.name);
        for (const st of stemsOf(m.name, false)) e.stems.add(st);
      }
    }
    if (m.title) this.addTitle(e, m.title);
    if (m.personEvidence) e.confirmed = true;
    if (m.gender && m.type === 'name') e.gender ??= m.gender;
    if (e.kind === 'unknown' || (e.kind === 'person' && m.kind !== 'person' && e.names.length === 1)) e.kind = m.kind;
    return e;
  }

  private find(m: MentionInfo, keys: readonly string[]): Entity | undefined {
    const person = m.kind === 'person';
    for (const k of keys) {
      const e = this.byKey.get(k);
      // An acronym and the name it abbreviates are one body, whatever kind the lone acronym was read as.
      if (e && ((e.kind === 'person') === person || k.startsWith(ACRONYM_KEY))) return e;
    }
    if (person) return undefined;
    // Organizations and media: one name inside the other, the rest only generic head words (Tass,
    // TASS news agency). Candidates are the entities sharing a word with the name, found by index.
    for (const k of keys) {
      const words = keyWords(k);
      const candidates = new Set<Entity>();
      for (const w of words) for (const e of this.byWord.get(w) ?? []) if (e.kind === m.kind) candidates.add(e);
      // The most recent first, as a reader would link a name.
      for (const e of [...candidates].sort((x, y) => y.index - x.index)) {
        {
          for (const ek of e.keys) {
            const ew = keyWords(ek);
            const [short, long] = words.length <= ew.length ? [words, ew] : [ew, words];
            if (short.every((x) => long.includes(x)) && long.every((x) => short.includes(x) || this.heads.has(x))) return e;
          }
        }
      }
    }
    return undefined;
  }

  create(kind: SpeakerKind): Entity {
    const e: Entity = { index: this.entities.length, kind, names: [], titles: [], titleSet: new Set(), aliases: [], aliasSet: new Set(), mentions: [], keys: new Set(), stems: new Set(), quoted: false, confirmed: false, gender: null };
    this.entities.push(e);
    return e;
  }

  addTitle(e: Entity, title: string): void {
    if (e.titleSet.has(title)) return;
    e.titleSet.add(title);
    e.titles.push(title);
    for (const st of stemsOf(title, true)) e.stems.add(st);
  }

  /** How many stems of `words` the entity shares. */
  static overlap(e: Entity, words: readonly string[]): number {
    let n = 0;
    for (const w of words) if (!GENERIC.has(fold(w)) && e.stems.has(stem(w))) n++;
    return n;
  }

  /** True when `title` and `words` share a word (by stem), generic words aside. */
  static titleShares(title: string, words: readonly string[]): boolean {
    const stems = stemsOf(title, true);
    return words.some((w) => !GENERIC.has(fold(w)) && stems.includes(stem(w)));
  }

  /** The entity's canonical name: the fullest base-form name seen. */
  static canonical(e: Entity): string {
    let best: string | null = null;
    let bestScore = -1;
    const nominative = e.names.some((n) => n.nominative);
    for (const n of e.names) {
      if (nominative && !n.nominative) continue;
      const s = nominative ? n.text : n.base;
      const score = splitOnSpace(s).length * 1000 + s.length;
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (best === null) return e.titles[0] ?? 'unknown';
    // `The Kremlin`, `the Miami Herald`: a medium keeps its article.
    if (e.kind === 'media' || !(best.startsWith('the') || best.startsWith('The'))) return best;
    return best.replace(LEADING_THE, '');
  }

  /** The speakers to report: entities with at least one quote, in order of first mention. */
  speakers(): { list: Speaker[]; ids: Map<Entity, string> } {
    const quoted = this.entities.filter((e) => e.quoted);
    quoted.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || a.index - b.index);
    const ids = new Map<Entity, string>();
    const list = quoted.map((e, i) => {
      const id = `s${i + 1}`;
      ids.set(e, id);
      const mentions = [...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
      const unique = mentions.filter((m, j) => j === 0 || m.start !== mentions[j - 1]!.start || m.end !== mentions[j - 1]!.end);
      return { id, name: EntityStore.canonical(e), kind: e.kind, titles: [...e.titles], aliases: [...e.aliases], mentions: unique };
    });
    return { list, ids };
  }
}
