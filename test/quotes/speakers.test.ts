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

  it('a pronoun agrees in gender with a first name', () => {
    const text = 'Senator Mary Jones met Governor Tom Baker on Monday.\n“It went well,” she said.';
    expect(quotesOf(text)[0]!.speaker?.name).toBe('Mary Jones');
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
