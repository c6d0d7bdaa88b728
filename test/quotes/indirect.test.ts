import { describe, expect, it } from 'vitest';
import { quotesOf, summary } from './helpers.js';

describe('indirect and mixed quotes', () => {
  it('X said that …', () => {
    expect(summary('US Defense Secretary Pete Hegseth said that the army is ready for operations.')).toEqual([
      ['indirect', 'the army is ready for operations', 'Pete Hegseth', 'US Defense Secretary Pete Hegseth'],
    ]);
  });

  it('reads a subject closed by an abbreviation\'s dot (`The S.E.C. said`)', () => {
    const [q] = quotesOf('The S.E.C. said it would increase oversight of the program.');
    expect(q).toMatchObject({ text: 'it would increase oversight of the program', speaker: { name: 'S.E.C', mention: { text: 'The S.E.C.' } } });
  });

  it('reads a month or an auxiliary after a first name as a surname (`Theresa May said`)', () => {
    const [q] = quotesOf('British Prime Minister Theresa May said this week that the country would leave the bloc.');
    expect(q!.speaker).toMatchObject({ name: 'Theresa May', mention: { text: 'British Prime Minister Theresa May' } });
    // After a word that is no first name, a month stays a time word: `Peskov May said` is Peskov speaking in May.
    expect(quotesOf('Minister Peskov in May said the talks had failed.')[0]!.speaker?.mention?.text).toBe('Minister Peskov');
  });

  it('gives a cue coordinated with the main verb its subject (`Police arrested two men and said …`)', () => {
    const [q] = quotesOf('Police arrested two men on Sunday and said they were investigating the attack as terrorism.');
    expect(q).toMatchObject({ text: 'they were investigating the attack as terrorism', speaker: { name: 'Police' } });
    // An opening prepositional phrase with its comma is not the subject either.
    const [a] = quotesOf('At a news conference at City Hall, Mr. Adams praised his aide but said he had not been told about the inquiry.');
    expect(a!.speaker?.mention?.text).toBe('Mr. Adams');
    // An opening attribution is not the main clause's subject: the verb's own reading stands (here: no one before).
    const [p] = quotesOf('Jak relacjonuje „Rzeczpospolita”, przywódca podziękował partnerom, ale ostrzegł, że Rosja się zbroi.', 'pl');
    expect(p!.speaker?.mention?.text).not.toBe('Jak');
  });

  it('X said … without that', () => {
    expect(summary('Tass said Peskov declined to give any further details.')).toEqual([
      ['indirect', 'Peskov declined to give any further details', 'Tass', 'Tass'],
    ]);
  });

  it('…, X told TASS.', () => {
    expect(summary('Russia is interested in a peaceful outcome, Kremlin Spokesman Dmitry Peskov told TASS.')).toEqual([
      ['indirect', 'Russia is interested in a peaceful outcome', 'Dmitry Peskov', 'Kremlin Spokesman Dmitry Peskov'],
    ]);
  });

  it('according to X, … and …, according to X', () => {
    expect(summary('According to The New York Times, Trump ordered an end to all talks.')).toEqual([
      ['indirect', 'Trump ordered an end to all talks', 'The New York Times', 'The New York Times'],
    ]);
    expect(summary('The strikes could start within days, according to the Miami Herald.')).toEqual([
      ['indirect', 'The strikes could start within days', 'Miami Herald', 'the Miami Herald'],
    ]);
  });

  it('according to a source named at the end of the sentence: the whole source', () => {
    expect(summary('Margins narrowed to 15.3%, according to a preliminary report by the National Transportation Safety Board.')).toEqual([
      ['indirect', 'Margins narrowed to 15.3%', 'National Transportation Safety Board', 'a preliminary report by the National Transportation Safety Board'],
    ]);
  });

  it('a relative pronoun: the mention is the pronoun, the speaker its antecedent', () => {
    const q = quotesOf('He commented on a report by The Washington Post, which claimed that Maduro asked for missiles.');
    expect(q[0]!.speaker?.name).toBe('The Washington Post');
    expect(q[0]!.speaker?.mention?.text).toBe('which');
  });

  it('a participle after a cue takes that cue’s speaker', () => {
    const q = quotesOf('“We urge restraint,” Mr. Peskov said, adding that Putin had spoken with Maduro.');
    expect(q.map((x) => [x.kind, x.speaker?.name])).toEqual([
      ['direct', 'Peskov'],
      ['indirect', 'Peskov'],
    ]);
  });

  it('a parenthetical cue', () => {
    expect(summary('The museum, Mr. Obama said, would make visitors face hard truths.')).toEqual([
      ['indirect', 'The museum, Mr. Obama said, would make visitors face hard truths', 'Obama', 'Mr. Obama'],
    ]);
  });

  it('a parenthetical cue after an opening phrase: the content runs on both sides of the cue', () => {
    expect(summary('To avoid a repeat of the outage, Mayor Linda Ortiz said, every district needs a backup generator.')).toEqual([
      ['indirect', 'To avoid a repeat of the outage, Mayor Linda Ortiz said, every district needs a backup generator', 'Linda Ortiz', 'Mayor Linda Ortiz'],
    ]);
    expect(summary('The volunteers, Ortiz explained at the meeting, were trained over two weekends.').map((q) => q[1])).toEqual([
      'The volunteers, Ortiz explained at the meeting, were trained over two weekends',
    ]);
    // A full statement before the cue is the content; the clause after the adjunct's comma is not.
    expect(summary('Sales rose 5% in March, the retailer said in a statement Wednesday, compared with a year earlier.').map((q) => q[1])).toEqual([
      'Sales rose 5% in March',
    ]);
  });

  it('a quote inside the sentence, then `said X, an apposition`: the sentence up to the quote is the content', () => {
    expect(summary('For rural districts, the new formula "will mean fewer buses and longer rides," said Maria Santos, who chairs the school board.')).toEqual([
      ['mixed', 'the new formula "will mean fewer buses and longer rides', 'Maria Santos', 'Maria Santos'],
    ]);
    // Not the subject and its apposition as the content.
    expect(summary('In the end, "nobody wanted a strike," said Tom Reyes, a union steward.').map((q) => q[1])).not.toContain('Tom Reyes, a union steward');
  });

  it('lowercase modifiers before the name after the comma: `…, retired general X said`', () => {
    expect(summary('The base will stay open through the winter, retired general Paul Hart said.')).toEqual([
      ['indirect', 'The base will stay open through the winter', 'Paul Hart', 'general Paul Hart'],
    ]);
  });

  it('`…, said X.` after a sentence with commas of its own: the subject after the verb, not a phrase before', () => {
    expect(summary('The county would widen the road next year, but for Elm Street, the detour would stay in place, said Morales.')).toEqual([
      ['indirect', 'The county would widen the road next year, but for Elm Street, the detour would stay in place', 'Morales', 'Morales'],
    ]);
    // `X, an apposition, said …` keeps its subject before the verb.
    expect(summary('Peskov, quoted by TASS, said the talks would continue.')).toEqual([['indirect', 'the talks would continue', 'Peskov', 'Peskov']]);
  });

  it('a quoted show title between the cue and `that` is passed over', () => {
    expect(summary('Senator Ruth Alder told CNN’s “State of the Union” on Sunday that the bill would pass next week.')).toEqual([
      ['indirect', 'the bill would pass next week', 'Ruth Alder', 'Senator Ruth Alder'],
    ]);
    // Quoted words with punctuation are words said, not a title: the search stops there.
    expect(summary('Alder told reporters “we are close, very close” and that talks went on.').map((q) => q[1])).not.toContain('talks went on');
  });

  it('mixed: reported speech carrying quoted fragments', () => {
    const q = quotesOf('Spokesman Dmitry Peskov told reporters that Moscow was in “constant contact” with its “ally” Venezuela.');
    expect(q).toHaveLength(1);
    expect(q[0]!.kind).toBe('mixed');
    expect(q[0]!.text).toBe('Moscow was in “constant contact” with its “ally” Venezuela');
  });

  it('mixed: a quoted fragment governed by a speech verb', () => {
    const q = quotesOf('The Russian foreign ministry at the weekend denounced “excessive military force” by the United States.');
    expect(q.map((x) => [x.kind, x.text, x.speaker?.name])).toEqual([['mixed', 'excessive military force', 'Russian foreign ministry']]);
  });

  it('a cue in an opening phrase is not a quote', () => {
    expect(quotesOf('At a fundraiser in New York, Clinton called the plan a disaster.')).toEqual([]);
  });

  it('a verb form used as a noun is not a cue', () => {
    expect(quotesOf('Twenty-seven states and local leaders are challenging the rules in court.')).toEqual([]);
    expect(quotesOf('Russian state media carried the statement on Sunday.')).toEqual([]);
  });
});

describe('declared objects', () => {
  it('reads what follows `declared that` as content, not the object of `declared`', () => {
    expect(quotesOf('Gov. Ron Hayes declared a state of emergency on Sunday.')).toHaveLength(0);
    const [q] = quotesOf('Gov. Ron Hayes declared that the state would seek federal aid.');
    expect(q).toMatchObject({ kind: 'indirect', text: 'the state would seek federal aid' });
  });
});

describe('appositions after an anonymous source', () => {
  it('takes the source before a participle apposition, and reads no content before the participle', () => {
    const qs = quotesOf('A senior government source, speaking on condition of anonymity, said ministers were confident of winning the vote.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: 'ministers were confident of winning the vote' });
    expect(qs[0]!.speaker?.mention?.text).toBe('A senior government source');
  });
});

describe('documents as sources', () => {
  it('takes `The report` itself as the source, not its determiner', () => {
    const [q] = quotesOf('The report said emergency crews had been understaffed for years.');
    expect(q).toMatchObject({ kind: 'indirect', text: 'emergency crews had been understaffed for years' });
    expect(q!.speaker?.mention?.text).toBe('The report');
  });
  it('takes a plural noun of people alone as the source after the content', () => {
    for (const who of ['lawyers', 'attorneys', 'journalists', 'judges']) {
      const q = quotesOf(`The plan will fail, ${who} said.`);
      expect(q.map((x) => [x.text, x.speaker?.mention?.text])).toEqual([['The plan will fail', who]]);
    }
  });
  it('leaves content that opens with its own attribution to that attribution’s cue', () => {
    const q = quotesOf('She said fathers who adopt would not be eligible for the leave, and when pressed, she declined.');
    expect(q.map((x) => [x.cue?.text, x.text.slice(0, 7)])).toEqual([['said', 'fathers']]);
  });
});
