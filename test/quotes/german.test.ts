import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

const speakerOf = (text: string, i = 0): string | null => quotesOf(text, 'de')[i]?.speaker?.name ?? null;

describe('German quotes: speakers', () => {
  it('never takes a phrase governed by a preposition as the subject of the cue', () => {
    // The object of `mit`, `bei`, `in` stands where an English subject would.
    expect(speakerOf('Die Ministerin Katharina Wendt trat am Montag zurück. Sie wird mit den Worten zitiert: „Ich gehe ohne Groll.“')).toBe('Katharina Wendt');
    expect(speakerOf('Der Bürgermeister Tobias Renner besuchte das Hochwassergebiet. Bei einem Rundgang durch Oberhausen versprach er: „Niemand wird allein gelassen.“')).toBe('Tobias Renner');
    // The subject before the preposition's phrase: a name with its affiliation.
    expect(speakerOf('Jana Keller vom Institut für Meeresforschung in Kiel erklärte, die Wassertemperatur sei so hoch wie nie.')).toBe('Jana Keller');
    // Determiners and adjectives between the preposition and its noun (`Bei ihrem heutigen Auftritt`).
    expect(speakerOf('Bei ihrem heutigen Auftritt in Brüssel sagte Ministerin Petra Lang, die Verhandlungen seien gescheitert.')).toBe('Petra Lang');
    // A relative `dem` after a preposition governs nothing after it: `von dem die Polizei glaubt`.
    expect(quotesOf('Es geht um einen Mann, von dem die Polizei glaubt, er sei für einen Anschlag angeworben worden.', 'de')[0]?.speaker?.mention?.text).toBe('die Polizei');
  });
});

describe('German quotes: the addressee first', () => {
  it('takes a medium or body in a dative phrase before the verb as the addressee, the person after it as the speaker', () => {
    expect(speakerOf('Der Zeitung sagte der Minister, die Reform komme im Herbst.')).toBe('Minister');
    expect(speakerOf('Dem Sender sagte Angela Merkel: „Wir schaffen das.“')).toBe('Angela Merkel');
    // Adjectives after the determiner, and an addressee not known as a medium: a full name after the verb speaks.
    expect(speakerOf('Der englischsprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten.“')).toBe('Filep Karma');
    expect(quotesOf('Der Süddeutschen Zeitung sagte ein Sprecher des Ministeriums, das Gesetz sei verfassungsgemäß.', 'de')[0]!.speaker?.mention?.text).toBe('ein Sprecher des Ministeriums');
    // The subject first: the dative phrase after the verb stays the addressee.
    expect(speakerOf('Der Minister sagte der Zeitung, die Reform komme im Herbst.')).toBe('Der Minister');
    // A medium in the nominative (`Der Spiegel`) before a body in the dative stays the subject.
    expect(speakerOf('Der Spiegel sagte der Regierung, sie müsse handeln.')).toBe('Der Spiegel');
  });
});

describe('German quotes: sources inside the sentence', () => {
  it('reads `laut X` and `nach Angaben X` inside a sentence, without commas', () => {
    const [q] = quotesOf('Die Brücke bleibt laut Stadtverwaltung noch bis zum Herbst gesperrt.', 'de');
    expect(q).toMatchObject({ kind: 'indirect', text: 'Die Brücke bleibt laut Stadtverwaltung noch bis zum Herbst gesperrt', cue: { text: 'laut' } });
    expect(q!.speaker?.name).toBe('Stadtverwaltung');
    const [r] = quotesOf('Der Zug war nach Angaben der Bahngesellschaft mit fast 300 Fahrgästen besetzt.', 'de');
    expect(r!.speaker?.mention?.text).toBe('der Bahngesellschaft');
    expect(r!.speaker?.name).toMatch(/Bahngesellschaft$/u);
  });

  it('reads an account noun after `nach` (`nach Polizeiangaben`) but not any `nach` phrase', () => {
    const [q] = quotesOf('Nach Polizeiangaben wurden bei dem Brand drei Menschen leicht verletzt.', 'de');
    expect(q).toMatchObject({ text: 'wurden bei dem Brand drei Menschen leicht verletzt' });
    expect(q!.speaker?.name).toBe('Polizeiangaben');
    expect(quotesOf('Nach dem Spiel fuhren die Fans mit dem Sonderzug zurück nach Hause.', 'de')).toEqual([]);
  });

  it('reads impersonal `heißt es` with the document it names as the source, else no one', () => {
    const [q] = quotesOf('In einem Bericht der Stadtwerke heißt es, die Leitungen seien seit Jahren marode.', 'de');
    expect(q).toMatchObject({ kind: 'indirect', text: 'die Leitungen seien seit Jahren marode', cue: { text: 'heißt' } });
    expect(q!.speaker?.mention?.text).toBe('einem Bericht der Stadtwerke');
    const [d] = quotesOf('So heißt es in dem Brief wörtlich: „Wir zahlen keinen Cent mehr.“', 'de');
    expect(d).toMatchObject({ kind: 'direct', text: 'Wir zahlen keinen Cent mehr.', cue: { text: 'heißt' } });
    expect(d!.speaker?.mention?.text).toBe('dem Brief');
    // No document named: the report is no one's, not the pronoun `es`.
    const [n] = quotesOf('Aus der Stadt hieß es am Abend, der Zug sei wieder pünktlich.', 'de');
    expect(n).toMatchObject({ text: 'der Zug sei wieder pünktlich', speaker: null });
    // Without the impersonal subject the verb only names: `Der Mann heißt Peter`.
    expect(quotesOf('Der Mann heißt Peter und wohnt in Köln, sein Bruder heißt Paul.', 'de')).toEqual([]);
  });

  it('gives a sentence with `demnach` to the source just quoted, the adverb as its mention', () => {
    const text = 'Bei dem Angriff starben mehr als hundert Menschen, teilte das Rote Kreuz mit. Demnach hatten sich viele in eine Schule geflüchtet. Im Detail sollen demnach vor allem Kinder betroffen sein.';
    const qs = quotesOf(text, 'de');
    const first = qs.find((q) => q.text.startsWith('hatten'));
    expect(first).toMatchObject({ kind: 'indirect', text: 'hatten sich viele in eine Schule geflüchtet', cue: { text: 'Demnach' } });
    expect(first!.speaker).toMatchObject({ name: 'Rote Kreuz', mention: { text: 'Demnach' } });
    const second = qs.find((q) => q.text.startsWith('Im Detail'));
    expect(second).toMatchObject({ text: 'Im Detail sollen demnach vor allem Kinder betroffen sein', cue: { text: 'demnach' } });
    expect(second!.speaker?.name).toBe('Rote Kreuz');
    // A sentence with its own cue or source is left to it.
    expect(quotesOf('Die Polizei sagte, demnach sei niemand verletzt worden.', 'de').map((q) => q.cue?.text)).toEqual(['sagte']);
    expect(quotesOf('Der Zug war voll. Laut Polizei blieb er stehen; demnach kam niemand zu Schaden.', 'de').map((q) => q.cue?.text)).toEqual(['Laut']);
  });

  it('reads the clause of an inline source: after a semicolon, past a parenthesis, a listed phrase as its own source', () => {
    const [a] = quotesOf('Der Angriff sei gegen den Rektor gerichtet gewesen; nach Behördenangaben stecke keine Terrorgruppe dahinter.', 'de');
    expect(a).toMatchObject({ text: 'stecke keine Terrorgruppe dahinter', speaker: { mention: { text: 'Behördenangaben' } } });
    const [b] = quotesOf('Das Epizentrum lag nach Angaben des Geologischen Dienstes (USGS) etwa 160 Kilometer vor der Küste.', 'de');
    expect(b!.text).toBe('Das Epizentrum lag nach Angaben des Geologischen Dienstes (USGS) etwa 160 Kilometer vor der Küste');
    const [c] = quotesOf('Die Angreifer sollen nach ersten Angaben neun Wachleute getötet haben.', 'de');
    expect(c!.speaker?.mention?.text).toBe('ersten Angaben');
  });

  it('reads `X zufolge` with its source before it', () => {
    const [q] = quotesOf('Offiziellen Angaben zufolge sind die Vorräte an Trinkwasser fast erschöpft.', 'de');
    expect(q).toMatchObject({ text: 'sind die Vorräte an Trinkwasser fast erschöpft', cue: { text: 'zufolge' } });
    expect(q!.speaker?.mention?.text).toBe('Offiziellen Angaben');
  });
});

describe('German quotes: sentence openers and inverted subjects', () => {
  it('does not take a sentence-opening adverb for a name (`Unterdessen verlangen die Grünen, …`)', () => {
    const [q] = quotesOf('Unterdessen verlangen die Gewerkschaften, dass der Landtag sich mit dem Thema befasst.', 'de');
    expect(q!.speaker?.mention?.text).toBe('die Gewerkschaften');
  });

  it('reads `…, schreibt der Verein` after content with commas of its own, and `so` before a verb as no source', () => {
    const [q] = quotesOf('Sollten die Mieter davon erfahren, so gebe es kaum einen Weg, sich dagegen zu wehren, schreibt der Mieterverein auf seiner Website.', 'de');
    expect(q).toMatchObject({ kind: 'indirect', text: 'Sollten die Mieter davon erfahren, so gebe es kaum einen Weg, sich dagegen zu wehren', cue: { text: 'schreibt' } });
    expect(q!.speaker?.mention?.text).toBe('der Mieterverein');
  });
});

describe('German quotes: speech carried on by the Konjunktiv', () => {
  it('continues a direct quote with the next sentence in the reported mood', () => {
    const qs = quotesOf('Die Ministerin Petra Lang sagte: „Wir haben alles versucht.“ Ein Rücktritt komme für sie nicht in Frage.', 'de');
    expect(qs.map((q) => [q.kind, q.text, q.speaker?.name ?? null])).toEqual([
      ['direct', 'Wir haben alles versucht.', 'Petra Lang'],
      ['indirect', 'Ein Rücktritt komme für sie nicht in Frage', 'Petra Lang'],
    ]);
  });

  it('gives a reported-mood sentence to the subject of the position taken just before it', () => {
    const qs = quotesOf('Der Verkehrsverband Nord verteidigte die neuen Preise. Die Kosten für Energie könnten anders nicht gedeckt werden.', 'de');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: 'Die Kosten für Energie könnten anders nicht gedeckt werden' });
    expect(qs[0]!.speaker?.mention?.text).toBe('Der Verkehrsverband Nord');
    // With the subject after the verb (`Davon geht der Minister aus.`).
    const [r] = quotesOf('Davon geht der Innenminister Karl Brandt aus. Die Lage sei unter Kontrolle.', 'de');
    expect(r).toMatchObject({ kind: 'indirect', text: 'Die Lage sei unter Kontrolle' });
    expect(r!.speaker?.name).toBe('Karl Brandt');
  });

  it('reads only verb forms written in lowercase, and needs someone who spoke or took a position', () => {
    // `Stelle` is a noun; a Konjunktiv sentence after a plain report of events is no one's speech.
    expect(quotesOf('Die Ministerin Petra Lang sagte: „Wir haben alles versucht.“ Eine Stelle im Ministerium bleibt frei.', 'de')).toHaveLength(1);
    expect(quotesOf('Der Zug fuhr um acht Uhr ab. Er hätte um neun Uhr ankommen sollen.', 'de')).toHaveLength(0);
  });
});

describe('German quotes: separable speech verbs', () => {
  it('reads `gab … bekannt`, `geht davon aus` and `fuhr fort` as cues when the particle closes the clause', () => {
    const [q] = quotesOf('Die Stadtverwaltung gab am Montag bekannt, dass die Brücke gesperrt bleibt.', 'de');
    expect(q).toMatchObject({ kind: 'indirect', cue: { text: 'gab', lemma: 'bekanntgeben' } });
    expect(q!.text).toContain('die Brücke gesperrt bleibt');
    expect(q!.speaker?.name).toMatch(/Stadtverwaltung/u);
    const [r] = quotesOf('Der Minister Karl Brandt geht davon aus, dass die Lage sich beruhigt.', 'de');
    expect(r).toMatchObject({ kind: 'indirect', cue: { lemma: 'ausgehen' } });
    expect(r!.speaker?.name).toBe('Karl Brandt');
    const [d] = quotesOf('Die Trainerin Anna Vogt fuhr fort: „Wir geben nicht auf.“', 'de');
    expect(d).toMatchObject({ kind: 'direct', text: 'Wir geben nicht auf.', cue: { lemma: 'fortfahren' } });
    expect(d!.speaker?.name).toBe('Anna Vogt');
  });

  it('does not read the base verb alone, nor a particle inside the clause, as a cue', () => {
    expect(quotesOf('Am Montag gab es in der Stadt keine Unfälle, die Straßen waren frei.', 'de')).toHaveLength(0);
    // The object of `wies … zurück` is no content.
    expect(quotesOf('Der Sprecher wies die Vorwürfe entschieden zurück.', 'de')).toHaveLength(0);
  });
});

describe('German quotes: sources after the noun and naming verbs', () => {
  it('reads `Berichten zufolge` and `ihrer Meinung nach`, and keeps a verb out of the source', () => {
    const [q] = quotesOf('Im Flugzeug saßen Berichten zufolge etwa 75 Schulkinder.', 'de');
    expect(q!.speaker?.mention?.text).toBe('Berichten');
    const [r] = quotesOf('Die Maßnahmen seien ihrer Meinung nach nicht mehr verhältnismäßig.', 'de');
    expect(r).toMatchObject({ kind: 'indirect', cue: { text: 'nach' } });
    expect(r!.speaker?.mention?.text).toBe('ihrer Meinung');
  });

  it('reads a quoted fragment after a naming verb and `als`, capitalized as German nouns are', () => {
    const [q] = quotesOf('Der Minister Binali Yildirim bezeichnete das Verhalten als „Beispiel taktloser Gier“.', 'de');
    expect(q).toMatchObject({ kind: 'mixed', text: 'Beispiel taktloser Gier', cue: { text: 'bezeichnete' } });
    expect(q!.speaker?.name).toBe('Binali Yildirim');
  });
});

describe('German quotes: content before an inverted cue', () => {
  it('reads a statement that opens with a prepositional phrase before `…, teilte X mit`', () => {
    const [q] = quotesOf('Im Landkreis Nord wurden etwa 300 Häuser beschädigt, teilte Landrat Peter Hahn mit.', 'de');
    expect(q).toMatchObject({ kind: 'indirect', text: 'Im Landkreis Nord wurden etwa 300 Häuser beschädigt', cue: { text: 'teilte' } });
    expect(q!.speaker?.name).toBe('Peter Hahn');
    // A short opening phrase alone is no statement.
    expect(quotesOf('Bei dem Treffen in Bonn, sagte er, herrschte Einigkeit.', 'de').map((x) => x.text)).not.toContain('Bei dem Treffen in Bonn');
  });

  it('takes the sentence before as what `Das teilte X mit` and `Dies gab X bekannt` report', () => {
    const qs = quotesOf('Bei dem Brand wurden vier Menschen verletzt. Das teilte Feuerwehrsprecher Axel Brandt mit.', 'de');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: 'Bei dem Brand wurden vier Menschen verletzt' });
    expect(qs[0]!.speaker?.name).toBe('Axel Brandt');
  });
});

describe('German quotes: verb-final attributions and colons', () => {
  it('reads an auxiliary, the subject and a speech verb closing the clause after a quote', () => {
    const q = quotesOf('„Wir wollen unsere Werke enger verzahnen“, hatte VW-Chef Martin Winterkorn in einem Interview erklärt.', 'de');
    expect(q.map((x) => [x.kind, x.speaker?.name, x.cue?.text])).toEqual([['direct', 'Martin Winterkorn', 'erklärt']]);
    // No speech verb closing the clause: no attribution.
    expect(quotesOf('„Die Lage ist ernst“, hatte der Minister in einem Interview betont gesehen.', 'de').map((x) => x.speaker)).toEqual([]);
  });

  it('reads a quoted sentence after a colon closing the subject’s clause, not after a pronominal adverb', () => {
    expect(speakerOf('Staatssekretär Harald Stegemann bestreitet jede Kenntnis von den Vorgängen: „Wenn ich davon gewusst hätte, hätte ich gehandelt.“')).toBe('Harald Stegemann');
    expect(quotesOf('Darin steht unter anderem: „Besonders betroffen sind wir von diesem Fall.“', 'de')).toEqual([]);
  });
});

describe('German quotes: what a comma and `so` introduce', () => {
  const summary = (text: string) => quotesOf(text, 'de').map((q) => [q.kind, q.text, q.speaker?.name ?? null]);

  it('takes a main clause after a bare comma as content, not a relative or subordinate clause or another verb', () => {
    expect(summary('Zwölf Todesopfer forderte ein Taifun, der am Sonntag den Norden heimsuchte.')).toEqual([]);
    expect(summary('Diese Stoffe wurden auch in der Luft festgestellt, was ein Hinweis auf ihren Gebrauch ist.')).toEqual([]);
    expect(summary('Die Polizei wurde durch Anwohner informiert, nachdem Schüsse gefallen waren.')).toEqual([]);
    expect(summary('Insgesamt spricht die Polizei von weniger Gewalt, dennoch ist der Schaden hoch.')).toEqual([]);
    // An article before its noun opens a main clause; so does a subordinate clause before a reported verb form.
    expect(summary('Die Ministerin Anna Berg sagte, die neue Regierung sei schwach.')).toEqual([['indirect', 'die neue Regierung sei schwach', 'Anna Berg']]);
    expect(summary('Die Polizei sagte, nachdem es dunkel war, sei alles ruhig gewesen.')).toEqual([
      ['indirect', 'nachdem es dunkel war, sei alles ruhig gewesen', 'Polizei'],
    ]);
  });

  it('reads `so` as a source only before a noun’s phrase', () => {
    expect(summary('So stieg der Absatz an Schuhen um 15 Prozent. Der Lkw prallte gegen die Wand, so dass Öl austrat.')).toEqual([]);
    expect(summary('Die Preise seien gestiegen, so der Sprecher Jan Weber.')).toEqual([['indirect', 'Die Preise seien gestiegen', 'Jan Weber']]);
  });

  it('reads `So berichtete X …, dass …` as X’s own content, not the sentence before', () => {
    expect(summary('Die Tagung brachte gute Ergebnisse. So berichtete der Journalist Dirk Lorenzen dem Sender, dass die ESA das Projekt nicht angehen werde.')).toEqual([
      ['indirect', 'dass die ESA das Projekt nicht angehen werde', 'Dirk Lorenzen'],
    ]);
  });

  it('reads `„…“, so X` and `„…“, so charakterisierte ihn X` as direct quotes', () => {
    expect(summary('„Er ist die eiserne Hand im eisernen Handschuh“, so charakterisierte ihn der Gewerkschafter Bernard Aubin.')).toEqual([
      ['direct', 'Er ist die eiserne Hand im eisernen Handschuh', 'Bernard Aubin'],
    ]);
    expect(summary('„Das ist ein Skandal“, so Gewerkschaftschef Uwe Foullong.')).toEqual([['direct', 'Das ist ein Skandal', 'Uwe Foullong']]);
  });
});

describe('German quotes: the subject of a clause with its auxiliary second', () => {
  const speakers = (text: string) => quotesOf(text, 'de').map((q) => q.speaker?.mention?.text ?? null);

  it('takes the phrase before the auxiliary, or the one after it, never the object before the participle', () => {
    expect(speakers('Der Präsident hat bereits sein Veto gegen den Entwurf angekündigt, falls dieser nicht abgeschwächt werde.')).toEqual(['Der Präsident']);
    expect(speakers('Die Regierung hatte den Bürgern versprochen, die Steuern zu senken.')).toEqual(['Die Regierung']);
    expect(speakers('Am Montag hat der Sprecher Jan Weber erklärt, man prüfe alles.')).toEqual(['der Sprecher Jan Weber']);
  });
});

describe('German quotes: reported mood under a stating main clause', () => {
  it('gives a subordinate clause in Konjunktiv to the main clause’s subject, not to the last speaker', () => {
    const q = quotesOf('Der Minister sagte, die Lage sei ernst. Die Kanzlerin hat den Vorschlag am Dienstag abgelehnt, weil er zu teuer sei.', 'de');
    expect(q.map((x) => [x.text, x.speaker?.mention?.text ?? null, x.rule])).toEqual([
      ['die Lage sei ernst', 'Der Minister', 'de/quote-indirect-that'],
      ['weil er zu teuer sei', 'Die Kanzlerin', 'de/quote-reported-mood'],
    ]);
    // A thing opening the main clause is no one: `Im Vorfeld war nicht klar, ob …`.
    expect(quotesOf('Der Minister sagte, die Lage sei ernst. Im Vorfeld war nicht klar, ob das Gericht zuständig sei.', 'de')).toHaveLength(1);
  });
});
