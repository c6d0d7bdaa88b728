import { describe, expect, it } from 'vitest';
import { extractSpeakers } from '../../src/index.js';
import { quotesOf } from './helpers.js';

describe('speaker resolution', () => {
  it('clusters aliases and reports the fullest name with titles', () => {
    const text = [
      'Kremlin spokesman Dmitry Peskov said on Tuesday that talks would continue.',
      '“We are in contact,” Mr. Peskov said.',
      '“Nothing has changed,” Peskov added.',
    ].join('\n');
    const speakers = extractSpeakers(text, { language: 'en' });
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({ name: 'Dmitry Peskov', kind: 'person', titles: ['Kremlin spokesman'] });
    expect(speakers[0]!.aliases).toEqual(['Dmitry Peskov', 'Peskov']);
    expect(speakers[0]!.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('a pronoun takes the last person named outside quotes', () => {
    const text = 'Russia wants peace, Kremlin Spokesman Dmitry Peskov told TASS.\n"The world is full of conflicts," he said.';
    const q = quotesOf(text);
    expect(q[1]!.speaker).toMatchObject({ name: 'Dmitry Peskov', mention: { text: 'he' } });
  });

  it('a title resolves to the last speaker only when that speaker is named or shares the title', () => {
    const q = quotesOf('The minister said the situation was serious. The president said the plan was good. The minister added that talks would go on.');
    expect(q.map((x) => x.speaker?.name)).toEqual(['The minister', 'The president', 'The minister']);
  });

  it('a pronoun agrees in gender with a first name', () => {
    const text = 'Senator Mary Jones met Governor Tom Baker on Monday.\n“It went well,” she said.';
    expect(quotesOf(text)[0]!.speaker?.name).toBe('Mary Jones');
  });

  it('an indefinite title is a new source, unless the article gives someone that role', () => {
    const text = [
      'Deputy Foreign Minister Sergei Ryabkov said on Monday that Moscow was ready for talks.',
      'The Kremlin appeared to be playing for time, a Western diplomat said.',
      'Press Secretary of the Russian President Dmitry Peskov said the summit was off.',
      'According to a Kremlin representative, contacts with Washington continue.',
      '“Nothing has changed,” the Kremlin spokesman said.',
    ].join('\n');
    const q = quotesOf(text);
    const by = (fragment: string): string | undefined => q.find((x) => x.text.includes(fragment))?.speaker?.name;
    expect(by('playing for time')).toBe('Western diplomat');
    expect(by('contacts with Washington')).toBe('Dmitry Peskov');
    expect(by('Nothing has changed')).toBe('Dmitry Peskov');
    const peskov = extractSpeakers(text, { language: 'en' }).find((s) => s.name === 'Dmitry Peskov');
    expect(peskov?.titles).toContain('Kremlin representative');
  });

  it('an indefinite title is not someone else sharing only its head word', () => {
    const text = [
      "Qatar's foreign ministry spokesman Majed al-Ansari said talks were continuing.",
      'The United Nations warned that hospitals could shut down. "The situation is beyond catastrophic," a UN spokesperson said.',
    ].join('\n');
    expect(quotesOf(text).find((q) => q.text.includes('catastrophic'))?.speaker?.name).toBe('UN spokesperson');
  });

  it('a participle after a name is that name\'s (not the main clause\'s subject)', () => {
    const text = 'Clinton attacked his record. The spot concludes with footage of Trump saying during the debate, “That makes me smart,” when Clinton blasted him.';
    expect(quotesOf(text).find((q) => q.text.includes('smart'))?.speaker?.name).toBe('Trump');
  });

  it('an apposition after a name does not replace it as the source', () => {
    const text = 'Dr. Anne Zink, a former chief medical officer for Alaska, said the outbreaks would grow.';
    expect(quotesOf(text)[0]!.speaker?.name).toBe('Anne Zink');
  });

  it('a title resolves to the person who holds it', () => {
    const text = [
      'Venezuelan President Nicolas Maduro met Russian President Vladimir Putin.',
      'The Venezuelan leader has repeatedly stated that his country faces a threat.',
    ].join('\n');
    expect(quotesOf(text)[0]!.speaker?.name).toBe('Nicolas Maduro');
  });

  it('a medium nominal resolves to the last medium', () => {
    const text = 'Earlier, the Miami Herald reported the administration had decided to strike.\nAccording to the newspaper, strikes could come within hours.';
    const q = quotesOf(text);
    expect(q.map((x) => x.speaker?.name)).toEqual(['Miami Herald', 'Miami Herald']);
    expect(q[1]!.speaker?.mention?.text).toBe('the newspaper');
  });

  it('a group speaker stands for itself and answers to they', () => {
    const q = quotesOf('Russian officials on Thursday warned against what they called a “fatal mistake”.');
    expect(q[0]!.speaker?.name).toBe('Russian officials');
    expect(q[0]!.speaker?.mention?.text).toBe('they');
  });

  it('a connector complement belongs to the title, not the name', () => {
    expect(quotesOf('“Talks go on,” Secretary of State John Kerry said.')[0]!.speaker?.name).toBe('John Kerry');
    expect(quotesOf('“We will see,” Press Secretary of the Russian President Dmitry Peskov said.')[0]!.speaker?.name).toBe('Dmitry Peskov');
  });

  it('a spokesperson with no name of their own speaks for the organization named after the title', () => {
    const q = quotesOf('“We are in contact,” a spokesperson for the Chinese Embassy in Washington said.')[0]!;
    expect(q.speaker).toMatchObject({ name: 'Chinese Embassy in Washington', mention: { text: 'a spokesperson for the Chinese Embassy in Washington' } });
    expect(quotesOf('“It is over,” Dmitry Peskov in Moscow said.')[0]!.speaker?.name).toBe('Dmitry Peskov');
  });
});

describe('organization nominals', () => {
  it('never takes a place named in passing for `the company`, and keeps one entity for the company', () => {
    const qs = quotesOf('Lopez, a Democrat from Ohio, told reporters that she had spoken with the White House.\n\nIn a statement, the company said it would cut 1,200 jobs.\n\nThe company said in a statement that the cuts were necessary.');
    const company = qs.filter((q) => /company/iu.test(q.speaker?.mention?.text ?? ''));
    expect(company).toHaveLength(2);
    expect(company.map((q) => q.speaker?.name)).toEqual(['company', 'company']);
    expect(company[0]!.speaker?.id).toBe(company[1]!.speaker?.id);
  });
});

describe('acronyms', () => {
  it('clusters an organization with its acronym, either way round', () => {
    const a = extractSpeakers('The Office for National Statistics said output rose 0.5%.\n\nAccording to the ONS, services grew by 0.6%.', { language: 'en' });
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ name: 'Office for National Statistics', kind: 'organization' });
    expect(a[0]!.aliases).toContain('ONS');
    const b = extractSpeakers('The WHO said the outbreak was contained.\n\nThe World Health Organization said it would send experts.', { language: 'en' });
    expect(b).toHaveLength(1);
    expect(b[0]!.aliases).toEqual(expect.arrayContaining(['WHO', 'World Health Organization']));
    // Different initials stay apart.
    expect(extractSpeakers('The ONS said output rose by 0.5% in the quarter.\n\nThe Bank of England said rates would hold.', { language: 'en' })).toHaveLength(2);
  });
});

describe('plural bodies', () => {
  it('reads `news agencies` and `companies` as the source of what they reported', () => {
    const [q] = quotesOf('The minister will resign next week, Russian news agencies reported.');
    expect(q).toMatchObject({ kind: 'indirect', text: 'The minister will resign next week', speaker: { name: 'Russian news agencies' } });
    const speakers = extractSpeakers('Both companies said the merger would close in March.', { language: 'en' });
    expect(speakers).toHaveLength(1);
    expect(speakers[0]!.kind).toBe('organization');
  });
});

describe('titles with lowercase modifiers', () => {
  it('keeps `EU foreign policy chief` whole as the title', () => {
    const speakers = extractSpeakers('EU foreign policy chief Kaja Kallas told reporters: "We must keep up the pressure."', { language: 'en' });
    expect(speakers[0]).toMatchObject({ name: 'Kaja Kallas', titles: ['EU foreign policy chief'] });
  });
});

describe('pronouns', () => {
  it('take a full name the gazetteer does not know as a person when no known person is near', () => {
    const qs = quotesOf('The company\'s chief executive, Satya Nadella, struck an optimistic tone. "We are seeing real demand," he said.');
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: { name: 'Satya Nadella', mention: { text: 'he' } } });
  });
});
