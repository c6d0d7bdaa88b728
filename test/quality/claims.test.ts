import { describe, expect, it } from 'vitest';
import { f1 } from '../helpers/score.js';
import { scoreSeeds } from './seeds.js';

// Quality floors: raise them as the extractors improve, never lower them.
const FLOOR = { f1: 1, qualifier: 1, unit: 1 };

describe('claim quality on the seeds', () => {
  it('claims F1, qualifier and unit accuracy stay above their floors', () => {
    const s = scoreSeeds(['en', 'pl']);
    const c = s.claims;
    expect.soft(f1(c), s.errors.join('\n')).toBeGreaterThanOrEqual(FLOOR.f1);
    expect.soft(c.qualifierOk / (c.tp || 1)).toBeGreaterThanOrEqual(FLOOR.qualifier);
    expect.soft(c.unitOk / (c.unitN || 1)).toBeGreaterThanOrEqual(FLOOR.unit);
  });
});
