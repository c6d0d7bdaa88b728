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
  });
});
