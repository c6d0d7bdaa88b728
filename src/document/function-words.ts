// A fast path for language detection: a news article in English, Polish or German says so in its
// function words (`the`, `of`, `said`; `w`, `się`, `że`; `der`, `und`, `nicht`) as surely as franc
// does from 600 characters of trigrams, at a fraction of the cost (the words are already tokens).
// The tally counts, over the words of the language sample, the function words of each supported
// language, those of them no other language lists (its own), and the function words of other
// Latin-script languages only (foreign). A language is decided only when all of these hold:
//   - its function words are a large share of all the words (MIN_SHARE);
//   - foreign function words are rare beside them (MAX_FOREIGN);
//   - some of them are its own (MIN_OWN): `w`, `się`, `że` for Polish, not `na`, `do`, `to`, which
//     Czech, Slovak and Croatian share;
// and anything less certain is left to franc, whose answer it never overrides otherwise.
//
// Why that is safe for other languages: running text in any language is a third to a half function
// words, its own. Dutch, Czech, Slovak, Spanish, French, Swedish, … text has its own listed below, so
// it fails the second test, and it has next to none of the supported languages' own words, so it
// fails the third; a language without a list here cannot have its words be English, Polish or German
// function words at the rate the first test asks (a word shared by languages, like `in`, counts for
// each of them). test/document/function-words.test.ts checks this on sentences in those languages
// and on mixtures of languages, and agreement with franc on the seed and fixture articles.

/** Function words per language, lowercase; a word listed for several languages counts for each. */
const LISTS: Record<string, string> = {
  en:
    'the of and to a an in is was for on that with said he she it at by from has have had are were will would not this ' +
    'as be been his her they who which its their but or after also we i over no do so if up out about more all one there ' +
    'when what can into than other could them him our you new two last first',
  pl:
    'i w na się że z do nie to jest o jak po od przez dla oraz był była było być są już ale tym także we ze za co jego jej ' +
    'ich czy który która które którzy tak tego tej lub został została może jednak tylko pod a u go mu jako tych przy bo ' +
    'gdy też ma mają będzie nad przed',
  de:
    'der die das und ist nicht mit zu den von sich des auf für im dem ein eine einen einem einer eines auch es wird hat ' +
    'sagte werden wurde wurden nach in an bei aus sie er wie dass war als am um über noch nur vor sind oder aber worden ' +
    'will da also was ich wir so wenn man zum zur hatte haben sei seine seiner ihre ihr durch gegen kann',
  nl:
    'de het een van en niet zijn op dat voor met ook maar naar bij om er werd wordt heeft hij zij ze deze dit als aan uit ' +
    'door tot over nog worden kan geen haar werden in is was die te zich al wel had',
  lb: 'an ass net mat fir ze vun déi dat och huet sinn gëtt den de en dem',
  cs:
    'a v se na je že s z do ne to o jak po od pro ale už tím byl byla bylo jsou který která které i k ve za by jako také ' +
    'podle při této tento jeho jejich či jen není',
  sk:
    'a v sa na je že s z do nie to o ako po od pre ale už tým bol bola bolo sú ktorý ktorá ktoré aj k vo za by tiež podľa ' +
    'pri jeho ich len',
  hr: 'i u je na se da za od do su s o koji koja koje a kao ali iz to po što bi će biti sa nije samo bio bila',
  sl: 'in je na se da za od do so s z o ki a kot ali iz to po bi bo biti pa tudi še ni',
  es:
    'el la los las de que y en a por con para una un del al se no es su lo como más pero sus le ha fue este esta sobre ' +
    'entre también muy ya hay sin dijo',
  ca: 'el la els les de i que a en un una per amb no es del al va',
  fr:
    'le la les de des et est un une du que qui pour dans sur par au aux en a il elle ne pas ce cette se sont été plus avec ' +
    'son sa ses à nous vous ils leur mais ou où dit',
  it: 'il di che e la le per un una del della dei non sono con in è da al alla si lo gli ha anche come più ma nel nella già ci questo',
  pt: 'o a os as de que e do da dos das em um uma para com não no na por se mais foi ao é seu sua pelo pela também disse',
  ro: 'și în de la a cu care să din pe o nu un este mai au fost pentru ca ce',
  sv: 'och att det som en på är av för med till den har de inte om ett var jag han hon men sig från vid efter också kan ska',
  da: 'og at det som en på er af for med til den har de ikke om et var han hun men sig fra ved efter også kan skal jeg der i',
  no: 'og at det som en på er av for med til den har de ikke om et var han hun men seg fra ved etter også kan skal jeg der i',
  hu: 'a az és hogy nem is egy meg van volt ez de csak már mint azt ki el',
  fi: 'ja on että ei se hän oli ovat mutta kun myös tai kuin joka',
  et: 'ja on et ei see ka oli',
  lt: 'ir kad su ne tai į yra iš o bet jis ji buvo',
  lv: 'un ir ka ar no uz par kas bet tas arī',
  tr: 've bir bu da de için ile olarak daha çok gibi',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke',
};

/** The languages the tally can decide. */
const DECIDABLE = ['en', 'pl', 'de'] as const;

/** Fewer words than this in the sample: franc decides. */
export const MIN_WORDS = 30;
/** Fewer letters than this in the function words counted: franc decides (it needs 20 letters in the sample). */
const MIN_LETTERS = 20;
/** The share of the words that must be the language's function words (Polish, inflected, has fewer). */
const MIN_SHARE: Record<(typeof DECIDABLE)[number], number> = { en: 0.25, pl: 0.14, de: 0.22 };
/** At least this many of the language's function words counted must be its own (listed for no other language). */
const MIN_OWN: Record<(typeof DECIDABLE)[number], number> = { en: 0.25, pl: 0.15, de: 0.25 };
/** At most this many function words of other languages only, per function word of the language. */
const MAX_FOREIGN = 0.12;

/** Word → bitmask of the languages (index in DECIDABLE for the first bits) listing it. */
let masks: Map<string, number> | null = null;
/** The length of the longest word listed: a longer word is no function word, and is not looked up. */
let longest = 0;

function buildMasks(): Map<string, number> {
  const codes = [...DECIDABLE, ...Object.keys(LISTS).filter((c) => !(DECIDABLE as readonly string[]).includes(c))];
  if (codes.length > 31) throw new Error('hearsay: too many function-word lists for a bitmask');
  const out = new Map<string, number>();
  codes.forEach((code, bit) => {
    for (const w of LISTS[code]!.split(' ')) {
      out.set(w, (out.get(w) ?? 0) | (1 << bit));
      longest = Math.max(longest, w.length);
    }
  });
  return out;
}

/** Counts the words of a sample, then names its language when the function words leave no doubt. */
export class FunctionWordTally {
  /** Words counted. */
  words = 0;
  /** Per decidable language: its function words counted. */
  private readonly hits = new Int32Array(DECIDABLE.length);
  /** Per decidable language: function words of other languages only. */
  private readonly foreign = new Int32Array(DECIDABLE.length);
  /** Per decidable language: its function words counted that no other language lists. */
  private readonly own = new Int32Array(DECIDABLE.length);
  /** Per decidable language: the letters of its function words counted. */
  private readonly letters = new Int32Array(DECIDABLE.length);
  private readonly masks = (masks ??= buildMasks());

  /** Counts one word, given in lowercase. */
  add(lower: string): void {
    this.words++;
    if (lower.length > longest) return;
    const mask = this.masks.get(lower);
    if (mask === undefined) return;
    for (let l = 0; l < DECIDABLE.length; l++) {
      if (mask & (1 << l)) {
        this.hits[l]!++;
        if (mask === 1 << l) this.own[l]!++;
        this.letters[l]! += lower.length;
      } else this.foreign[l]!++;
    }
  }

  /** 'en', 'pl' or 'de' when the words counted leave no doubt, else null. */
  decide(): string | null {
    if (this.words < MIN_WORDS) return null;
    let best = 0;
    for (let l = 1; l < DECIDABLE.length; l++) if (this.hits[l]! > this.hits[best]!) best = l;
    const code = DECIDABLE[best]!;
    const hits = this.hits[best]!;
    if (hits < MIN_SHARE[code] * this.words || this.letters[best]! < MIN_LETTERS) return null;
    if (this.foreign[best]! > MAX_FOREIGN * hits || this.own[best]! < MIN_OWN[code] * hits) return null;
    return code;
  }
}
