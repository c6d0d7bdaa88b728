import { describe, expect, it } from 'vitest';
import { quotesOf, summary } from './helpers.js';

describe('direct quotes', () => {
  it('cue after the quote, subject first', () => {
    expect(summary('“We will not back down,” Senator Jane Smith said.')).toEqual([
      ['direct', 'We will not back down,', 'Jane Smith', 'Senator Jane Smith'],
    ]);
  });

  it('cue after the quote, verb first', () => {
    expect(summary('"The plan is dead," said Mr. Peskov.')).toEqual([['direct', 'The plan is dead,', 'Peskov', 'Mr. Peskov']]);
  });

  it('cue before the quote with a colon', () => {
    expect(summary('Dmitry Peskov told reporters: “We have contacts with Venezuela.”')).toEqual([
      ['direct', 'We have contacts with Venezuela.', 'Dmitry Peskov', 'Dmitry Peskov'],
    ]);
  });

  it('a quoted sentence after a colon closing a clause with no speech verb: the clause’s subject speaks', () => {
    expect(summary('Trump was blunt: "We will not pay for the wall." Reporters left.')).toEqual([
      ['direct', 'We will not pay for the wall.', 'Trump', 'Trump'],
    ]);
    const q = quotesOf('Senator Ann Lee put it simply: “I am done with this fight.”');
    expect(q.map((x) => [x.speaker?.name, x.cue, x.rule])).toEqual([['Ann Lee', null, 'en/quote-direct-colon']]);
    // No one speaks: a thing as the subject, a short slogan, a subject far from the colon or past a comma.
    expect(quotesOf('The message was clear: “We will not back down now.”')).toEqual([]);
    expect(quotesOf('A lesson from Loretta Lynch: “Be the voice that people hear.”')).toEqual([]);
    expect(quotesOf('Trump was blunt: “No way.”')).toEqual([]);
    expect(quotesOf('Smith, who ran the agency for a decade before the merger, had a motto: “Always check the numbers twice.”')).toEqual([]);
  });

  it('closes a straight quote after a nested quote’s closing mark and a space', () => {
    expect(summary(`"I have always been insulted by the term 'outreach,' " Mr. Scott told the group.`)).toEqual([
      ['direct', "I have always been insulted by the term 'outreach,' ", 'Scott', 'Mr. Scott'],
    ]);
  });

  it('reads a right double mark that opens a quote after white space, before a word', () => {
    expect(summary('”Fear. I am truly afraid that he will win.” ― Edwin G. Monroy')).toEqual([
      ['direct', 'Fear. I am truly afraid that he will win.', 'Edwin G. Monroy', 'Edwin G. Monroy'],
    ]);
    // Closing a quote it stays a closer: one quote, not a second one opening after it.
    expect(quotesOf('“We won,”said Ms. Lee, smiling.')).toHaveLength(1);
  });

  it('an interrupted quote is one quote from its first to its last word', () => {
    const q = quotesOf('“We are ready,” he said, “and we will win.”');
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('We are ready,” he said, “and we will win.');
    expect(q[0]!.cue?.lemma).toBe('say');
  });

  it('a quote continued in the next sentence after the attribution', () => {
    const q = quotesOf('“Here he is,” she said. “Donald is here.”');
    expect(q).toHaveLength(1);
    expect(q[0]!.text.endsWith('Donald is here.')).toBe(true);
  });

  it('a quoting verb makes its object the speaker', () => {
    expect(summary('"We have constant working contacts," TASS news agency quoted Peskov as telling reporters.')).toEqual([
      ['direct', 'We have constant working contacts,', 'Peskov', 'Peskov'],
    ]);
  });

  it('a dash and a name after the quote', () => {
    expect(summary('“This is the end of an era.” – Maria Lopez')).toEqual([
      ['direct', 'This is the end of an era.', 'Maria Lopez', 'Maria Lopez'],
    ]);
  });

  it('a dash, a name and an apposition after the quote', () => {
    expect(summary('“This is the end of an era.” — Maria Lopez, a voter in Phoenix')).toEqual([
      ['direct', 'This is the end of an era.', 'Maria Lopez', 'Maria Lopez'],
    ]);
  });

  it('quotes each followed by a dash and a name, one after another, are each their own', () => {
    expect(summary('“He represents our greatest shame.” ― Sonya Herridge “He is ignorant of our culture.”― Pamela Padilla “Mostly he is wrong.” ― Esther Tapia')).toEqual([
      ['direct', 'He represents our greatest shame.', 'Sonya Herridge', 'Sonya Herridge'],
      ['direct', 'He is ignorant of our culture.', 'Pamela Padilla', 'Pamela Padilla'],
      ['direct', 'Mostly he is wrong.', 'Esther Tapia', 'Esther Tapia'],
    ]);
    // An interrupted quote whose first half leaves the sentence open is still one quote.
    expect(summary('“We will win,” he said “and we will do it soon.”').map((q) => q[1])).toEqual(['We will win,” he said “and we will do it soon.']);
  });

  it('a quote that runs over paragraphs is one quote', () => {
    const text = 'The minister Anna Kowalski said:\n“We will build the road.\n“We will also build the bridge.”';
    const q = quotesOf(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('We will build the road.\n“We will also build the bridge.');
    expect(q[0]!.speaker?.name).toBe('Anna Kowalski');
  });

  it('a floating quote after an attributed one has the same speaker', () => {
    const text = '“We need more time,” the mayor, John Price, said.\n“Nobody expected a storm like this one.”';
    const q = quotesOf(text);
    expect(q.map((x) => x.rule)).toEqual(['en/quote-direct-subject-verb', 'en/quote-floating']);
    expect(q[1]!.speaker?.id).toBe(q[0]!.speaker?.id);
    expect(q[1]!.speaker?.mention).toBeNull();
  });

  it('New York Times double apostrophes', () => {
    expect(summary("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.")).toEqual([
      ['direct', "This isn't tax reform,", 'Douglas Holtz-Eakin', 'Douglas Holtz-Eakin'],
    ]);
  });

  it('a question with its attribution after ?” in a sentence of its own', () => {
    expect(summary('“Why is this not proof?” Vitter demanded.')).toEqual([['direct', 'Why is this not proof?', 'Vitter', 'Vitter']]);
  });
});

describe('not quotes', () => {
  it('scare quotes and titles without a speaker', () => {
    expect(quotesOf('The so-called “war on drugs” was the subject of a film called “Traffic”.')).toEqual([]);
  });

  it('a stray quote mark does not swallow the article', () => {
    const text = 'He is 6" tall.\nThe council met on Monday. It approved the budget.\n“We are pleased,” Mayor Ann Lee said.';
    const q = quotesOf(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('We are pleased,');
  });

  it('quotes in boilerplate are dropped', () => {
    const text = [
      'The court ruled on Monday.',
      'The ruling can be appealed within a month.',
      'A Message from The Moscow Times:',
      'The authorities claim our work "discredits the decisions of the leadership."',
    ].join('\n');
    expect(quotesOf(text)).toEqual([]);
  });

  it('a show or work title after a cue is not a quote; a described quality is', () => {
    expect(quotesOf('Gary Johnson told MSNBC’s “Morning Joe” about his plans on Monday.')).toEqual([]);
    const q = quotesOf('Arteta criticized the penalty, which he described as ‘very soft’.');
    expect(q.map((x) => [x.kind, x.text])).toEqual([['mixed', 'very soft']]);
  });

  it('an apostrophe is not a quote mark', () => {
    expect(quotesOf("Trump's team said they don't know the boys' names.").every((q) => !q.text.startsWith('s team'))).toBe(true);
  });
});

describe('British style single quotes', () => {
  it('reads a paragraph ending in a closing single mark as prose, not as a headline', () => {
    const qs = quotesOf("The minister has insisted the plans will go ahead.\n\nSpeaking to the BBC's Today programme, Sir John Hale said: 'We were elected to deliver change.'\n\nHe added that the plans were 'fair'.");
    expect(qs.map((q) => [q.kind, q.text, q.speaker?.name])).toContainEqual(['direct', 'We were elected to deliver change.', 'John Hale']);
  });

  it('continues a single-quoted quote over paragraphs that reopen the mark', () => {
    const [q] = quotesOf("Labour MP Rachel Moss told the Guardian: 'This is not what people voted for.\n\n'Families are being asked to pay the price.'");
    expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Rachel Moss' } });
    expect(q!.text).toMatch(/^This is not what people voted for\.[\s\S]*pay the price\.$/u);
  });
});

describe('according to after a quote', () => {
  it('gives a quote closing right before `according to X` to X', () => {
    const qs = quotesOf('The fire started at noon. "We will rebuild. We always do," according to Mayor Karen Bass.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', text: 'We will rebuild. We always do,', cue: { text: 'according to' }, speaker: { name: 'Karen Bass' } });
    const [q] = quotesOf('"We will rebuild," according to a statement from the mayor\'s office.');
    expect(q!.speaker?.mention?.text).toBe("a statement from the mayor's office");
  });
});
