import { describe, expect, it } from 'vitest';
import { extractSpeakers } from '../../src/index.js';
import { quotesOf, summary } from './helpers.js';

describe('Polish quotes', () => {
  it('„…” - napisał X', () => {
    expect(summary('„Wspieramy Wenezuelę” - napisał Siergiej Riabkow w komunikacie.', 'pl')).toEqual([
      ['direct', 'Wspieramy Wenezuelę', 'Siergiej Riabkow', 'Siergiej Riabkow'],
    ]);
  });

  it('dialogue dash closed by a subject-less verb, with an editorial note in parentheses', () => {
    const text = 'Prezydent Andrzej Duda odwiedził Gdańsk.\n- Wiemy, gdzie oni (przemytnicy - red.) mieszkają. Wkrótce zaczniemy działać - powiedział.';
    const q = quotesOf(text, 'pl');
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('Wiemy, gdzie oni (przemytnicy - red.) mieszkają. Wkrótce zaczniemy działać');
    expect(q[0]!.speaker?.name).toBe('Andrzej Duda');
    expect(q[0]!.speaker?.mention).toBeNull();
    expect(q[0]!.cue?.lemma).toBe('powiedzieć');
  });

  it('indirect: stwierdził, że … and zdaniem X', () => {
    const text = 'Minister Jan Nowak stwierdził, że rząd nie zmieni planów. Zdaniem Nowaka, opozycja nie ma racji.';
    expect(summary(text, 'pl').map(([k, t, s]) => [k, t, s])).toEqual([
      ['indirect', 'rząd nie zmieni planów', 'Jan Nowak'],
      ['indirect', 'opozycja nie ma racji', 'Jan Nowak'],
    ]);
  });

  it('a medium named in quote marks after its verb reports; its title is not a quoted fragment', () => {
    const text = 'Prezydent Wołodymyr Zełenski spotkał się z partnerami. Jak relacjonuje „Rzeczpospolita”, ukraiński przywódca podziękował partnerom za wsparcie, ale ostrzegł, że Rosja się zbroi.';
    const qs = quotesOf(text, 'pl');
    expect(qs.map((q) => q.kind)).not.toContain('mixed');
    expect(qs.find((q) => q.text.startsWith('ukraiński'))!.speaker?.mention?.text).toBe('„Rzeczpospolita”');
    // The coordinated cue's subject is the main clause's, past the opening attribution.
    expect(qs.find((q) => q.text === 'Rosja się zbroi')!.speaker).toMatchObject({ name: 'Wołodymyr Zełenski', mention: { text: 'ukraiński przywódca' } });
  });

  it('a declined name gets its base form', () => {
    const text = 'Trump rozmawiał z Nicolasem Maduro.\nPrzywódca Wenezueli stwierdził, że rozmowa była "serdeczna".';
    const q = quotesOf(text, 'pl');
    expect(q[0]!.kind).toBe('mixed');
    expect(q[0]!.speaker?.name).toBe('Nicolas Maduro');
  });

  it('a nominal sharing a title word resolves to its person', () => {
    const text = [
      '„Stoimy ramię w ramię z Caracas” - napisał Siergiej Riabkow.',
      'Wiceminister wskazał, że Kreml dostrzega napięcie.',
      '„Okazujemy solidarność” - przypomniał rosyjski dyplomata.',
    ].join('\n');
    const names = quotesOf(text, 'pl').map((q) => q.speaker?.name);
    expect(names).toEqual(['Siergiej Riabkow', 'Siergiej Riabkow', 'Siergiej Riabkow']);
    expect(extractSpeakers(text, { language: 'pl' })[0]!.titles).toEqual(['Wiceminister', 'rosyjski dyplomata']);
  });

  it('verb gender picks the matching earlier speaker', () => {
    const text = [
      '„Budżet jest gotowy” - powiedziała minister finansów Anna Wiśniewska.',
      '„Nie zgadzamy się” - odpowiedział poseł Piotr Zieliński.',
      '- To nieprawda - dodała.',
    ].join('\n');
    expect(quotesOf(text, 'pl').map((q) => q.speaker?.name)).toEqual(['Anna Wiśniewska', 'Piotr Zieliński', 'Anna Wiśniewska']);
  });

  it('a subject after the verb and prepositional phrases, and oblique pronouns after według', () => {
    const text = [
      'Posłowie debatowali nad ustawą.',
      '– To jest skandal – ocenił w rozmowie z PAP poseł Lewicy Jan Kowalski.',
      '„Nie ma na to zgody” – podkreśliła rzeczniczka PiS Anna Nowak. Według niej rząd „łamie konstytucję”.',
    ].join('\n');
    expect(quotesOf(text, 'pl').map((q) => [q.speaker?.name, q.speaker?.mention?.text])).toEqual([
      ['Jan Kowalski', 'poseł Lewicy Jan Kowalski'],
      ['Anna Nowak', 'rzeczniczka PiS Anna Nowak'],
      ['Anna Nowak', 'niej'],
    ]);
  });
});
