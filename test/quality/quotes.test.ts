import { describe, expect, it } from 'vitest';
import { f1 } from '../helpers/score.js';
import { scoreSeeds } from './seeds.js';

// Quality floors: raise them as the extractors improve, never lower them.
const FLOORS = {
  en: { f1: 0.98, speaker: 1 },
  pl: { f1: 1, speaker: 1 },
};

describe('quote quality on the seeds', () => {
  for (const [lang, floor] of Object.entries(FLOORS)) {
    it(`${lang}: quotes F1@0.5 and speaker accuracy stay above their floors`, () => {
      const s = scoreSeeds([lang]);
      const speaker = s.quotes.speakerOk / (s.quotes.speakerN || 1);
      expect.soft(f1(s.quotes), s.errors.join('\n')).toBeGreaterThanOrEqual(floor.f1);
      expect.soft(speaker, s.errors.join('\n')).toBeGreaterThanOrEqual(floor.speaker);
    });
  }
});
