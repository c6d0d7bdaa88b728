import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { getLocale } from '../../src/locales/registry.js';

const REF = { referenceDate: '2023-10-11' };

describe('German locale', () => {
  it('is registered and picked by language detection', () => {
    expect(getLocale('de')?.name).toBe('German');
    const a = analyze('Die Stadtverwaltung hat am Dienstag neue Regeln für den Verkehr in der Innenstadt beschlossen. Die Bürger sollen mehr Platz bekommen.');
    expect(a.language).toBe('de');
  });

  it('reads a direct quote in „…“ with the cue and an inverted subject after it', () => {
    const text = 'Angela Merkel besuchte am Montag ein Krankenhaus in Köln. „Die Pflegekräfte leisten jeden Tag Großartiges“, sagte Merkel.';
    const [q] = analyze(text, REF).quotes;
    expect(q).toMatchObject({ kind: 'direct', text: 'Die Pflegekräfte leisten jeden Tag Großartiges', cue: { text: 'sagte', lemma: 'sagen' } });
    expect(q!.speaker).toMatchObject({ name: 'Angela Merkel', mention: { text: 'Merkel' } });
  });

  it('reads a direct quote in »…« and resolves `sagte der Sprecher` to the named spokesman', () => {
    const text = 'Regierungssprecher Steffen Hebestreit äußerte sich am Mittwoch zu dem Treffen. »Das Gespräch war offen und konstruktiv«, sagte der Sprecher.';
    const [q] = analyze(text, REF).quotes;
    expect(q).toMatchObject({ kind: 'direct', text: 'Das Gespräch war offen und konstruktiv', cue: { lemma: 'sagen' } });
    expect(q!.speaker).toMatchObject({ name: 'Steffen Hebestreit', mention: { text: 'der Sprecher' } });
  });

  it('reads a cue before the quote, with a colon, and resolves the pronoun', () => {
    const text = 'Oberbürgermeisterin Henriette Reker besuchte die Baustelle. Sie sagte: „Wir bauen die Brücke bis zum Sommer wieder auf.“';
    const [q] = analyze(text, REF).quotes;
    expect(q).toMatchObject({ kind: 'direct', text: 'Wir bauen die Brücke bis zum Sommer wieder auf.', cue: { text: 'sagte' } });
    expect(q!.speaker).toMatchObject({ name: 'Henriette Reker', mention: { text: 'Sie' } });
  });

  it('reads indirect speech with `dass`', () => {
    const text = 'Die Gewerkschaft hat den Streik verlängert. Ihr Vorsitzender Frank Werneke erklärte, dass die Beschäftigten mehr Lohn verdienten.';
    const [q] = analyze(text, REF).quotes;
    expect(q).toMatchObject({ kind: 'indirect', text: 'dass die Beschäftigten mehr Lohn verdienten', cue: { lemma: 'erklären' } });
    expect(q!.speaker?.name).toBe('Frank Werneke');
  });

  it('reads Konjunktiv I reported speech after a comma, without `dass`', () => {
    const text = 'Der Trainer Jürgen Klopp lobte seine Mannschaft. Klopp sagte, das Team sei in der zweiten Halbzeit deutlich besser gewesen.';
    const [q] = analyze(text, REF).quotes;
    expect(q).toMatchObject({ kind: 'indirect', text: 'das Team sei in der zweiten Halbzeit deutlich besser gewesen', cue: { text: 'sagte' } });
    expect(q!.speaker?.name).toBe('Jürgen Klopp');
  });

  it('reads content before an inverted cue: `…, sagte der Sprecher des Ministeriums.`', () => {
    const text = 'Das Ministerium prüft den Vorfall. Die Ergebnisse würden bald veröffentlicht, sagte der Sprecher des Ministeriums.';
    const [q] = analyze(text, REF).quotes;
    expect(q).toMatchObject({ kind: 'indirect', text: 'Die Ergebnisse würden bald veröffentlicht' });
    expect(q!.speaker?.mention?.text).toBe('der Sprecher des Ministeriums');
  });

  it('reads `…, so X.` and `Wie X mitteilte, …`', () => {
    const so = analyze('Die Verhandlungen seien auf einem guten Weg, so Finanzminister Christian Lindner.', REF).quotes;
    expect(so[0]).toMatchObject({ text: 'Die Verhandlungen seien auf einem guten Weg', cue: { lemma: 'so' } });
    expect(so[0]!.speaker?.name).toMatch(/Lindner$/u);
    const wie = analyze('Wie die Polizei mitteilte, wurden bei dem Unfall zwei Menschen verletzt.', REF).quotes;
    expect(wie[0]).toMatchObject({ kind: 'indirect', text: 'wurden bei dem Unfall zwei Menschen verletzt', cue: { lemma: 'mitteilen' } });
    expect(wie[0]!.speaker?.mention?.text).toBe('die Polizei');
  });

  it('reads `laut X` with a claim inside', () => {
    const a = analyze('Laut Feuerwehr wurden bei dem Brand mindestens 20 Menschen verletzt.', REF);
    expect(a.quotes[0]).toMatchObject({ kind: 'indirect', text: 'wurden bei dem Brand mindestens 20 Menschen verletzt', cue: { text: 'Laut' } });
    expect(a.quotes[0]!.speaker?.name).toBe('Feuerwehr');
    expect(a.claims).toEqual([expect.objectContaining({ text: 'mindestens 20 Menschen', value: 20, qualifier: 'at_least', unit: 'mensch' })]);
  });

  it('reads numbers with a decimal comma and scale words', () => {
    const a = analyze('Der Umbau des Bahnhofs kostet rund 1,5 Millionen Euro.', REF);
    expect(a.claims[0]).toMatchObject({ value: 1_500_000, qualifier: 'approximately' });
  });

  it('reads weekdays, relative days and full dates', () => {
    const a = analyze('Die Abgeordneten stimmen am Montag über das Gesetz ab. Gestern gab es keine Sitzung. Das Parlament tagte zuletzt im September 2023.', REF);
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ['am Montag', '2023-10-09'],
      ['Gestern', '2023-10-10'],
      ['im September 2023', '2023-09'],
    ]);
  });

  it('reads a day with an ordinal dot: `am 3. Oktober 2023`', () => {
    const a = analyze('Der Vertrag wurde am 3. Oktober 2023 in Genf unterzeichnet.', REF);
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([['am 3. Oktober 2023', '2023-10-03']]);
  });

  it('reads a weekday of a named week and a month joined to its year by `im Jahr`', () => {
    // 2023-10-11 is a Wednesday: Tuesday of the week before is 2023-10-03.
    const a = analyze('Die Kommission tagte am Dienstag in der vergangenen Woche. Der Bau begann im Mai im Jahr 2019.', REF);
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ['am Dienstag in der vergangenen Woche', '2023-10-03'],
      ['im Mai im Jahr 2019', '2019-05'],
    ]);
    expect(analyze('Die Entscheidung fällt Ende des Jahres.', REF).dates.map((d) => [d.text, d.value])).toEqual([['Ende des Jahres', '2023']]);
  });

  it('reads a Konjunktiv sentence after reported speech as the same speaker’s', () => {
    const text = 'Innenministerin Nancy Faeser sagte, die Lage sei unter Kontrolle. Zur Panik bestehe keine Veranlassung.';
    const qs = analyze(text, REF).quotes;
    expect(qs.map((q) => [q.kind, q.text, q.speaker?.name, q.rule])).toEqual([
      ['indirect', 'die Lage sei unter Kontrolle', 'Nancy Faeser', 'de/quote-indirect-that'],
      ['indirect', 'Zur Panik bestehe keine Veranlassung', 'Nancy Faeser', 'de/quote-reported-mood'],
    ]);
  });
});
