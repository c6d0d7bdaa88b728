import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { GoldDoc } from '../helpers/gold.js';
import { emptyScore, f1, scoreDoc, type Score } from '../helpers/score.js';

/** The Polish development set: articles written in the styles of Polish outlets, with gold to ANNOTATION.md. */
const DEV = join(import.meta.dirname, '..', 'fixtures', 'pl-dev');

function loadDev(): GoldDoc[] {
  const goldDir = join(DEV, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Omit<GoldDoc, 'text'>;
      return { ...g, text: readFileSync(join(DEV, 'texts', g.doc), 'utf8') };
    });
}

function scoreDev(): Score {
  const score = emptyScore();
  for (const g of loadDev()) scoreDoc(g, analyze(g.text, { referenceDate: g.referenceDate }), score);
  return score;
}

// Quality floors on the Polish dev set: raise them as the extractors improve, never lower them.
// Measured: F1 0.972, P 0.966, R 0.977, speaker 0.901.
const FLOOR = { documents: 20, f1: 0.97, precision: 0.96, recall: 0.97, speaker: 0.9 };

describe('quote quality on the Polish dev set', () => {
  it('has the articles and every one is read as Polish', () => {
    const docs = loadDev();
    expect(docs.length).toBeGreaterThanOrEqual(FLOOR.documents);
    for (const g of docs) expect(analyze(g.text, { referenceDate: g.referenceDate }).language, g.doc).toBe('pl');
  });

  it('quotes F1@0.5, precision, recall and speaker accuracy stay above their floors', () => {
    const s = scoreDev();
    const q = s.quotes;
    const precision = q.tp / (q.tp + q.fp || 1);
    const recall = q.tp / (q.tp + q.fn || 1);
    const speaker = q.speakerOk / (q.speakerN || 1);
    const report = s.errors.filter((e) => !/ (?:claim|date)|VALUE|QUAL|UNIT/u.test(e)).join('\n');
    expect.soft(f1(q), report).toBeGreaterThanOrEqual(FLOOR.f1);
    expect.soft(precision, report).toBeGreaterThanOrEqual(FLOOR.precision);
    expect.soft(recall, report).toBeGreaterThanOrEqual(FLOOR.recall);
    expect.soft(speaker, report).toBeGreaterThanOrEqual(FLOOR.speaker);
  });
});
