import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { loadGoldDir, type GoldDoc } from '../helpers/gold.js';
import { emptyScore, f1, scoreDoc } from '../helpers/score.js';

/** Floors of a dev set: the article count and quote figures at Dice ≥ 0.5. Raise them, never lower them. */
export interface DevFloors {
  documents: number;
  f1: number;
  precision: number;
  recall: number;
  speaker: number;
}

/** The articles and gold files of a dev set under `test/fixtures/<name>` (`texts/`, `gold/`). */
export function loadDevSet(name: string): GoldDoc[] {
  return loadGoldDir(join(import.meta.dirname, '..', 'fixtures', name));
}

/** The quality tests of a dev set: every article read in `language`, and the quote figures above `floor`. */
export function describeDevSet(name: string, title: string, language: string, floor: DevFloors): void {
  describe(`quote quality on the ${title}`, () => {
    it(`has the articles and every one is read as ${language}`, () => {
      const docs = loadDevSet(name);
      expect(docs.length).toBeGreaterThanOrEqual(floor.documents);
      for (const g of docs) expect(analyze(g.text, { referenceDate: g.referenceDate }).language, g.doc).toBe(language);
    });

    it('quotes F1@0.5, precision, recall and speaker accuracy stay above their floors', () => {
      const s = emptyScore();
      for (const g of loadDevSet(name)) scoreDoc(g, analyze(g.text, { referenceDate: g.referenceDate }), s);
      const q = s.quotes;
      const precision = q.tp / (q.tp + q.fp || 1);
      const recall = q.tp / (q.tp + q.fn || 1);
      const speaker = q.speakerOk / (q.speakerN || 1);
      const report = s.errors.filter((e) => !/ (?:claim|date)|VALUE|QUAL|UNIT/u.test(e)).join('\n');
      expect.soft(f1(q), report).toBeGreaterThanOrEqual(floor.f1);
      expect.soft(precision, report).toBeGreaterThanOrEqual(floor.precision);
      expect.soft(recall, report).toBeGreaterThanOrEqual(floor.recall);
      expect.soft(speaker, report).toBeGreaterThanOrEqual(floor.speaker);
    });
  });
}
